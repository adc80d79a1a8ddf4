package org.continuityacademy.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.continuityacademy.base.time.AwkwardDates;
import org.continuityacademy.evidence.ValidityGaps.Days;
import org.continuityacademy.evidence.ValidityGaps.Gap;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The interval arithmetic of validity gaps, on cases worked out by hand. Ranges are [from, until): a
 * completion passed on day 1 that expires on day 10 covers days 1–9.
 * <p>
 * The cases are laid out from the day of each awkward moment ({@link AwkwardDates}) in each of three zones: UTC,
 * Europe/Berlin (whose clocks change on two of those days) and Pacific/Auckland (half a day ahead, so that its day
 * is often not UTC's). "Held" is a period of 31 days starting on that day, so that periods cross a leap day, the
 * turn of the year and daylight-saving changes; the instants of completions fall at 23:30 and 00:30 local time,
 * either side of the organisation's midnight.
 */
@ParameterizedClass(name = "{argumentSetName}")
@MethodSource("momentsAndZones")
class ValidityGapsTest {

    @Parameter(0)
    @Nullable
    Instant moment;

    @Parameter(1)
    ZoneId zone;

    /** The first day of the 31-day holding every case uses. */
    LocalDate start;
    Days held;

    static Stream<Arguments> momentsAndZones() {
        return AwkwardDates.moments().flatMap(m -> Stream.of(ZoneOffset.UTC, AwkwardDates.EUROPE, ZoneId.of("Pacific/Auckland"))
                .map(zone -> Arguments.argumentSet(((Arguments.ArgumentSet) m).getName() + ", " + zone.getId(), m.get()[0], zone)));
    }

    @BeforeEach
    void layOutTheDays() {
        start = LocalDate.now(moment == null ? Clock.system(zone) : Clock.fixed(moment, zone));
        held = Days.inclusive(day(1), day(31));
    }

    @Test
    void never_completed_is_one_gap_over_the_whole_holding() {
        assertThat(ValidityGaps.uncovered(held, List.of()))
                .containsExactly(new Gap(day(1), day(32), false));
        assertThat(ValidityGaps.uncovered(held, List.of()).getFirst().days()).isEqualTo(31);
        assertThat(ValidityGaps.uncovered(held, List.of()).getFirst().to()).isEqualTo(day(31));
    }

    @Test
    void a_completion_covering_the_whole_holding_leaves_no_gap() {
        assertThat(ValidityGaps.uncovered(held, List.of(Days.of(day(-50), day(90))))).isEmpty();
    }

    @Test
    void expiry_and_a_later_renewal_leave_the_days_in_between() {
        // valid until day 10 (expires that day), renewed on day 20: days 10–19 uncovered = 10 days
        var gaps = ValidityGaps.uncovered(held, List.of(Days.of(day(-60), day(10)), Days.of(day(20), day(300))));

        assertThat(gaps).containsExactly(new Gap(day(10), day(20), true));
        assertThat(gaps.getFirst().to()).isEqualTo(day(19));
        assertThat(gaps.getFirst().days()).isEqualTo(10);
    }

    @Test
    void a_renewal_on_the_expiry_day_leaves_no_gap() {
        assertThat(ValidityGaps.uncovered(held, List.of(Days.of(day(-60), day(10)), Days.of(day(10), day(200))))).isEmpty();
    }

    @Test
    void a_renewal_before_expiry_overlaps_and_leaves_no_gap() {
        assertThat(ValidityGaps.uncovered(held, List.of(Days.of(day(5), day(60)), Days.of(day(-60), day(12))))).isEmpty();
    }

    @Test
    void not_yet_completed_when_the_role_began_then_covered() {
        // role from day 1, first completion on day 8: days 1–7 = 7 days, never completed before
        assertThat(ValidityGaps.uncovered(held, List.of(Days.of(day(8), day(300)))))
                .containsExactly(new Gap(day(1), day(8), false));
    }

    @Test
    void expired_and_not_renewed_runs_to_the_end_of_the_holding() {
        // expired on day 25: days 25–31 = 7 days, still open at the end
        var gaps = ValidityGaps.uncovered(held, List.of(Days.of(day(-30), day(25))));
        assertThat(gaps).containsExactly(new Gap(day(25), day(32), true));
        assertThat(gaps.getFirst().days()).isEqualTo(7);
    }

    @Test
    void several_gaps_come_in_date_order_and_ranges_outside_the_holding_are_ignored() {
        var gaps = ValidityGaps.uncovered(held, List.of(
                Days.of(day(40), day(150)),  // after the holding
                Days.of(day(20), day(25)),
                Days.of(day(-60), day(-30)), // before the holding
                Days.of(day(3), day(10))));

        assertThat(gaps).containsExactly(
                new Gap(day(1), day(3), true),   // the earlier completion had lapsed: 2 days
                new Gap(day(10), day(20), true), // 10 days
                new Gap(day(25), day(32), true)); // 7 days
        assertThat(gaps.stream().mapToLong(Gap::days).sum()).isEqualTo(19);
    }

    @Test
    void empty_or_backwards_ranges_cover_nothing() {
        assertThat(Days.of(day(10), day(1)).isEmpty()).isTrue();
        assertThat(ValidityGaps.uncovered(held, List.of(Days.of(day(10), day(10)), Days.of(day(10), day(1)))))
                .containsExactly(new Gap(day(1), day(32), false));
        assertThat(ValidityGaps.uncovered(Days.of(day(5), day(5)), List.of())).isEmpty();
    }

    @Test
    void the_holding_is_cut_to_the_period() {
        // role held from 14 days before the period up to day 10 (ended that day): days 1–9 = 9 days
        Days cut = Days.of(day(-14), day(10)).intersect(held);
        assertThat(cut).isEqualTo(Days.of(day(1), day(10)));
        assertThat(ValidityGaps.uncovered(cut, List.of()).getFirst().days()).isEqualTo(9);
        assertThat(Days.of(day(-60), day(-30)).intersect(held).isEmpty()).isTrue();
    }

    @Test
    void leap_days_count() {
        Days february2028 = Days.inclusive(LocalDate.of(2028, 2, 1), LocalDate.of(2028, 2, 29));
        assertThat(ValidityGaps.uncovered(february2028, List.of()).getFirst().days()).isEqualTo(29);
    }

    @Test
    void a_completion_counts_from_the_local_day_it_was_passed_whatever_the_day_in_utc() {
        // passed at 23:30 local time on day 4: current at the end of day 4, so the gap is days 1–3
        Instant lateEvening = at(day(4), 23, 30);
        var gaps = ValidityGaps.uncovered(held, List.of(Days.between(lateEvening, at(day(200), 12, 0), zone)));
        assertThat(gaps).containsExactly(new Gap(day(1), day(4), false));
        assertThat(ValidityGaps.dayOf(lateEvening, zone)).isEqualTo(day(4));

        // half an hour after midnight local time: day 5, even where UTC still has day 4
        Instant justAfterMidnight = at(day(5), 0, 30);
        assertThat(ValidityGaps.uncovered(held, List.of(Days.between(justAfterMidnight, at(day(200), 12, 0), zone))))
                .containsExactly(new Gap(day(1), day(5), false));
    }

    @Test
    void a_renewal_at_the_instant_of_expiry_leaves_no_gap_in_any_zone() {
        Instant expiry = at(day(12), 0, 30);
        var gaps = ValidityGaps.uncovered(held, List.of(Days.between(at(day(-100), 9, 0), expiry, zone),
                Days.between(expiry, at(day(300), 9, 0), zone)));
        assertThat(gaps).isEmpty();
    }

    @Test
    void an_expiry_late_in_the_evening_leaves_that_whole_day_uncovered() {
        // expired at 23:30 on day 12 and renewed at 00:30 on day 13: day 12 was not covered at its end, day 13 was
        var gaps = ValidityGaps.uncovered(held, List.of(Days.between(at(day(-100), 9, 0), at(day(12), 23, 30), zone),
                Days.between(at(day(13), 0, 30), at(day(300), 9, 0), zone)));
        assertThat(gaps).containsExactly(new Gap(day(12), day(13), true));
        assertThat(gaps.getFirst().days()).isEqualTo(1);
    }

    @Test
    void a_day_of_twenty_three_or_twenty_five_hours_is_one_day() {
        // a completion passed at noon and expiring at noon 31 days later covers 31 local days, DST change or not
        Instant passed = at(day(1), 12, 0);
        Instant expires = at(day(32), 12, 0);
        assertThat(Days.between(passed, expires, zone).length()).isEqualTo(31);
        assertThat(ValidityGaps.uncovered(held, List.of(Days.between(passed, expires, zone)))).isEmpty();
        assertThat(Duration.between(passed, expires).toHours()).isBetween(31L * 24 - 1, 31L * 24 + 1);
    }

    /** Day {@code n} of the holding (1 is its first day). */
    private LocalDate day(int n) {
        return start.plusDays(n - 1);
    }

    /** The instant of a local time on a day in the zone. */
    private Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(zone).toInstant();
    }
}
