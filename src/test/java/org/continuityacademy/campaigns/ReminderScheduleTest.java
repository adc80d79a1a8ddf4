package org.continuityacademy.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;

/**
 * The reminder sweep's trigger, built by the production method with the organisation's zone and REMINDER_TIME,
 * fires at that local time every day, through both daylight-saving changes of the year: no morning skipped, none
 * doubled. The year is next year (a new trigger starts now); the tests check that the changes fall on the days
 * they name.
 */
class ReminderScheduleTest {

    static final LocalTime SEVEN = LocalTime.of(7, 0);
    static final int YEAR = Year.now().getValue() + 1;

    @Test
    void with_the_organisation_in_auckland_reminders_go_out_at_seven_auckland_time_across_both_daylight_saving_changes() {
        ZoneId auckland = ZoneId.of("Pacific/Auckland");
        // first Sunday of April: 03:00 becomes 02:00 (the day has 25 hours); last Sunday of September: 02:00 becomes 03:00 (23 hours)
        LocalDate back = LocalDate.of(YEAR, 4, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.SUNDAY));
        LocalDate forward = LocalDate.of(YEAR, 9, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.SUNDAY));
        assertThat(hoursIn(back, auckland)).isEqualTo(25);
        assertThat(hoursIn(forward, auckland)).isEqualTo(23);

        CronTrigger trigger = ReminderSchedule.trigger(auckland, SEVEN);

        assertThat(trigger.getTimeZone().getID()).isEqualTo("Pacific/Auckland");
        assertEveryDayAtSevenLocal(trigger, auckland);
        assertThat(fireOn(trigger, back, auckland)).as("07:00 NZST is 19:00 UTC the day before")
                .isEqualTo(back.minusDays(1).atTime(19, 0).toInstant(ZoneOffset.UTC));
        assertThat(Duration.between(fireOn(trigger, back.minusDays(1), auckland), fireOn(trigger, back, auckland))).hasHours(25);
        assertThat(fireOn(trigger, forward, auckland)).as("07:00 NZDT is 18:00 UTC the day before")
                .isEqualTo(forward.minusDays(1).atTime(18, 0).toInstant(ZoneOffset.UTC));
        assertThat(Duration.between(fireOn(trigger, forward.minusDays(1), auckland), fireOn(trigger, forward, auckland))).hasHours(23);
    }

    @Test
    void with_the_organisation_in_berlin_reminders_go_out_at_seven_berlin_time_across_both_daylight_saving_changes() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        // last Sunday of March: 02:00 becomes 03:00; last Sunday of October: 03:00 becomes 02:00
        LocalDate forward = LocalDate.of(YEAR, 3, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.SUNDAY));
        LocalDate back = LocalDate.of(YEAR, 10, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.SUNDAY));
        assertThat(hoursIn(forward, berlin)).isEqualTo(23);
        assertThat(hoursIn(back, berlin)).isEqualTo(25);

        CronTrigger trigger = ReminderSchedule.trigger(berlin, SEVEN);

        assertEveryDayAtSevenLocal(trigger, berlin);
        assertThat(fireOn(trigger, forward, berlin)).isEqualTo(forward.atTime(5, 0).toInstant(ZoneOffset.UTC));
        assertThat(Duration.between(fireOn(trigger, forward.minusDays(1), berlin), fireOn(trigger, forward, berlin))).hasHours(23);
        assertThat(fireOn(trigger, back, berlin)).isEqualTo(back.atTime(6, 0).toInstant(ZoneOffset.UTC));
        assertThat(Duration.between(fireOn(trigger, back.minusDays(1), berlin), fireOn(trigger, back, berlin))).hasHours(25);
    }

    @Test
    void another_reminder_time_is_kept_in_the_same_way() {
        ZoneId auckland = ZoneId.of("Pacific/Auckland");
        CronTrigger trigger = ReminderSchedule.trigger(auckland, LocalTime.of(8, 30));

        assertThat(trigger.getCronExpression()).isEqualTo("0 30 8 ? * *");
        List<Instant> year = fireTimesOf(trigger, auckland);
        assertThat(year).allSatisfy(t -> assertThat(t.atZone(auckland).toLocalTime()).isEqualTo(LocalTime.of(8, 30)));
    }

    @Test
    void a_reminder_time_in_the_hour_the_clocks_skip_is_refused_since_quartz_would_skip_that_day() {
        assertThatThrownBy(() -> ReminderSchedule.trigger(ZoneId.of("Europe/Berlin"), LocalTime.of(2, 30)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("REMINDER_TIME 02:30")
                .hasMessageContaining("Europe/Berlin").hasMessageContaining("02:00 to 03:00");
        assertThatThrownBy(() -> ReminderSchedule.trigger(ZoneId.of("Pacific/Auckland"), LocalTime.of(2, 0)))
                .isInstanceOf(IllegalStateException.class);
        // a zone without daylight saving has every time; the end of the gap exists
        assertThat(ReminderSchedule.trigger(ZoneId.of("UTC"), LocalTime.of(2, 30)).getCronExpression()).isEqualTo("0 30 2 ? * *");
        assertThat(ReminderSchedule.trigger(ZoneId.of("Europe/Berlin"), LocalTime.of(3, 0)).getCronExpression()).isEqualTo("0 0 3 ? * *");
    }

    @Test
    void when_the_clocks_go_back_a_time_in_the_repeated_hour_fires_once() {
        // New York repeats 01:00-02:00 on the first Sunday of November (and skips 02:00-03:00 in March): 01:30 exists every day
        ZoneId newYork = ZoneId.of("America/New_York");
        LocalDate back = LocalDate.of(YEAR, 11, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.SUNDAY));
        assertThat(hoursIn(back, newYork)).isEqualTo(25);
        CronTrigger trigger = ReminderSchedule.trigger(newYork, LocalTime.of(1, 30));

        List<Instant> year = fireTimesOf(trigger, newYork);

        assertThat(year).filteredOn(t -> t.atZone(newYork).toLocalDate().equals(back)).hasSize(1);
        assertThat(year).hasSize(Year.of(YEAR).length())
                .allSatisfy(t -> assertThat(t.atZone(newYork).toLocalTime()).isEqualTo(LocalTime.of(1, 30)));
    }

    /** Every day of the year has exactly one fire time, at 07:00 on that day in the zone. */
    private static void assertEveryDayAtSevenLocal(CronTrigger trigger, ZoneId zone) {
        List<Instant> times = fireTimesOf(trigger, zone);
        assertThat(times).hasSize(Year.of(YEAR).length());
        LocalDate day = LocalDate.of(YEAR, 1, 1);
        for (Instant time : times) {
            var local = time.atZone(zone);
            assertThat(local.toLocalDate()).as("no day skipped or doubled").isEqualTo(day);
            assertThat(local.toLocalTime()).as("on %s", day).isEqualTo(SEVEN);
            day = day.plusDays(1);
        }
    }

    /** The trigger's fire times from the start of YEAR to its end, in the zone, as Quartz computes them. */
    private static List<Instant> fireTimesOf(CronTrigger trigger, ZoneId zone) {
        Instant end = LocalDate.of(YEAR + 1, 1, 1).atStartOfDay(zone).toInstant();
        Date cursor = Date.from(LocalDate.of(YEAR, 1, 1).atStartOfDay(zone).toInstant().minusMillis(1));
        var times = new ArrayList<Instant>();
        while (true) {
            cursor = trigger.getFireTimeAfter(cursor);
            if (cursor == null || !cursor.toInstant().isBefore(end)) {
                return times;
            }
            times.add(cursor.toInstant());
        }
    }

    private static Instant fireOn(CronTrigger trigger, LocalDate day, ZoneId zone) {
        Date after = Date.from(day.atStartOfDay(zone).toInstant().minusMillis(1));
        Instant fire = trigger.getFireTimeAfter(after).toInstant();
        assertThat(fire.atZone(zone).toLocalDate()).isEqualTo(day);
        return fire;
    }

    private static long hoursIn(LocalDate day, ZoneId zone) {
        return Duration.between(day.atStartOfDay(zone), day.plusDays(1).atStartOfDay(zone)).toHours();
    }
}
