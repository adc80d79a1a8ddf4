package org.continuityacademy.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.continuityacademy.evidence.ValidityGaps.Days;
import org.continuityacademy.evidence.ValidityGaps.Gap;
import org.junit.jupiter.api.Test;

/**
 * The interval arithmetic of validity gaps, on cases worked out by hand. Ranges are [from, until): a
 * completion passed on 1 March that expires on 10 March covers 1–9 March.
 */
class ValidityGapsTest {

    static final Days MARCH = Days.inclusive(day(3, 1), day(3, 31)); // 31 days

    @Test
    void never_completed_is_one_gap_over_the_whole_holding() {
        assertThat(ValidityGaps.uncovered(MARCH, List.of()))
                .containsExactly(new Gap(day(3, 1), day(4, 1), false));
        assertThat(ValidityGaps.uncovered(MARCH, List.of()).getFirst().days()).isEqualTo(31);
        assertThat(ValidityGaps.uncovered(MARCH, List.of()).getFirst().to()).isEqualTo(day(3, 31));
    }

    @Test
    void a_completion_covering_the_whole_holding_leaves_no_gap() {
        assertThat(ValidityGaps.uncovered(MARCH, List.of(Days.of(day(1, 5), day(6, 1))))).isEmpty();
    }

    @Test
    void expiry_and_a_later_renewal_leave_the_days_in_between() {
        // valid until 10 March (expires that day), renewed on 20 March: 10–19 March uncovered = 10 days
        var gaps = ValidityGaps.uncovered(MARCH, List.of(Days.of(day(1, 1), day(3, 10)), Days.of(day(3, 20), day(12, 31))));

        assertThat(gaps).containsExactly(new Gap(day(3, 10), day(3, 20), true));
        assertThat(gaps.getFirst().to()).isEqualTo(day(3, 19));
        assertThat(gaps.getFirst().days()).isEqualTo(10);
    }

    @Test
    void a_renewal_on_the_expiry_day_leaves_no_gap() {
        assertThat(ValidityGaps.uncovered(MARCH, List.of(Days.of(day(1, 1), day(3, 10)), Days.of(day(3, 10), day(9, 1)))))
                .isEmpty();
    }

    @Test
    void a_renewal_before_expiry_overlaps_and_leaves_no_gap() {
        assertThat(ValidityGaps.uncovered(MARCH, List.of(Days.of(day(3, 5), day(5, 1)), Days.of(day(1, 1), day(3, 12)))))
                .isEmpty();
    }

    @Test
    void not_yet_completed_when_the_role_began_then_covered() {
        // role from 1 March, first completion on 8 March: 1–7 March = 7 days, never completed before
        assertThat(ValidityGaps.uncovered(MARCH, List.of(Days.of(day(3, 8), day(12, 1)))))
                .containsExactly(new Gap(day(3, 1), day(3, 8), false));
    }

    @Test
    void expired_and_not_renewed_runs_to_the_end_of_the_holding() {
        // expired on 25 March: 25–31 March = 7 days, still open at the end
        var gaps = ValidityGaps.uncovered(MARCH, List.of(Days.of(day(2, 1), day(3, 25))));
        assertThat(gaps).containsExactly(new Gap(day(3, 25), day(4, 1), true));
        assertThat(gaps.getFirst().days()).isEqualTo(7);
    }

    @Test
    void several_gaps_come_in_date_order_and_ranges_outside_the_holding_are_ignored() {
        var gaps = ValidityGaps.uncovered(MARCH, List.of(
                Days.of(day(4, 10), day(8, 1)),  // after the holding
                Days.of(day(3, 20), day(3, 25)),
                Days.of(day(1, 1), day(2, 1)),   // before the holding
                Days.of(day(3, 3), day(3, 10))));

        assertThat(gaps).containsExactly(
                new Gap(day(3, 1), day(3, 3), true),   // the January completion had lapsed: 2 days
                new Gap(day(3, 10), day(3, 20), true), // 10 days
                new Gap(day(3, 25), day(4, 1), true)); // 7 days
        assertThat(gaps.stream().mapToLong(Gap::days).sum()).isEqualTo(19);
    }

    @Test
    void empty_or_backwards_ranges_cover_nothing() {
        assertThat(Days.of(day(3, 10), day(3, 1)).isEmpty()).isTrue();
        assertThat(ValidityGaps.uncovered(MARCH, List.of(Days.of(day(3, 10), day(3, 10)), Days.of(day(3, 10), day(3, 1)))))
                .containsExactly(new Gap(day(3, 1), day(4, 1), false));
        assertThat(ValidityGaps.uncovered(Days.of(day(3, 5), day(3, 5)), List.of())).isEmpty();
    }

    @Test
    void the_holding_is_cut_to_the_period() {
        // role held 15 Feb – 9 March (ended on 10 March); period is March: 1–9 March = 9 days
        Days held = Days.of(day(2, 15), day(3, 10)).intersect(MARCH);
        assertThat(held).isEqualTo(Days.of(day(3, 1), day(3, 10)));
        assertThat(ValidityGaps.uncovered(held, List.of()).getFirst().days()).isEqualTo(9);
        assertThat(Days.of(day(1, 1), day(2, 1)).intersect(MARCH).isEmpty()).isTrue();
    }

    @Test
    void leap_days_count() {
        Days february2028 = Days.inclusive(LocalDate.of(2028, 2, 1), LocalDate.of(2028, 2, 29));
        assertThat(ValidityGaps.uncovered(february2028, List.of()).getFirst().days()).isEqualTo(29);
    }

    private static LocalDate day(int month, int dayOfMonth) {
        return LocalDate.of(2026, month, dayOfMonth);
    }
}
