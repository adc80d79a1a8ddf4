package org.continuityacademy.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import org.continuityacademy.base.time.AwkwardDates;
import org.junit.jupiter.api.Test;
import org.quartz.TriggerUtils;
import org.quartz.spi.OperableTrigger;

/** The daily sweep runs at 04:30 in the organisation's zone, once a day, across daylight-saving changes. */
class RecertificationJobTest {

    @Test
    void the_sweep_runs_once_a_day_at_04_30_organisation_time_on_both_daylight_saving_sundays() {
        for (String from : List.of("2027-03-25", "2027-10-28")) {
            List<ZonedDateTime> fires = fires(AwkwardDates.EUROPE, LocalDate.parse(from), 7);

            assertThat(fires).hasSize(7);
            assertThat(fires).allSatisfy(fire -> assertThat(fire.toLocalTime()).isEqualTo(LocalTime.of(4, 30)));
            assertThat(fires).extracting(ZonedDateTime::toLocalDate).doesNotHaveDuplicates();
        }
    }

    @Test
    void in_auckland_it_is_auckland_time() {
        ZoneId auckland = ZoneId.of("Pacific/Auckland");
        assertThat(fires(auckland, LocalDate.parse("2027-04-01"), 7))
                .allSatisfy(fire -> assertThat(fire.toLocalTime()).isEqualTo(LocalTime.of(4, 30)));
    }

    /** The trigger's fire times over {@code days} days from the start of {@code from}, in {@code zone}. */
    private static List<ZonedDateTime> fires(ZoneId zone, LocalDate from, int days) {
        Clock clock = Clock.fixed(Instant.parse("2027-01-01T00:00:00Z"), zone);
        var trigger = (OperableTrigger) new RecertificationJob.Schedule().recertificationSweepTrigger(clock);
        Date start = Date.from(from.atStartOfDay(zone).toInstant());
        Date end = Date.from(from.plusDays(days).atStartOfDay(zone).toInstant());
        trigger.setStartTime(start);
        return TriggerUtils.computeFireTimesBetween(trigger, null, start, end).stream()
                .map(date -> date.toInstant().atZone(zone)).toList();
    }
}
