package org.continuityacademy.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** Fire times are wall-clock times in the campaign's zone, across daylight-saving changes. */
class SchedulesTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void a_monthly_campaign_at_nine_stays_at_nine_local_time_across_the_clock_change() {
        // 15 March 09:00 in London (GMT), then 15 April 09:00 (BST, since 29 March 2026)
        var start = ZonedDateTime.of(2026, 3, 15, 9, 0, 0, 0, LONDON);
        String cron = Schedules.cron(ScheduleKind.MONTHLY, start, null);
        assertThat(cron).isEqualTo("0 0 9 15 * ?");

        var times = Schedules.next(ScheduleKind.MONTHLY, start.toInstant(), cron, LONDON, Instant.parse("2026-03-01T00:00:00Z"), 3);

        assertThat(times).containsExactly(Instant.parse("2026-03-15T09:00:00Z"), Instant.parse("2026-04-15T08:00:00Z"),
                Instant.parse("2026-05-15T08:00:00Z"));
    }

    @Test
    void the_same_schedule_in_another_zone_fires_at_that_zones_nine_o_clock() {
        var start = ZonedDateTime.of(2026, 11, 2, 9, 0, 0, 0, NEW_YORK);
        String cron = Schedules.cron(ScheduleKind.YEARLY, start, null);
        assertThat(cron).isEqualTo("0 0 9 2 11 ?");

        var times = Schedules.next(ScheduleKind.YEARLY, start.toInstant(), cron, NEW_YORK, Instant.parse("2026-01-01T00:00:00Z"), 2);

        // 2 November 2026 is after the US clock change (EST, UTC-5); 2 November 2027 is before it (EDT, UTC-4)
        assertThat(times).containsExactly(Instant.parse("2026-11-02T14:00:00Z"), Instant.parse("2027-11-02T13:00:00Z"));
    }

    @Test
    void quarterly_runs_every_three_months_from_the_first_month() {
        var start = ZonedDateTime.of(2026, 2, 10, 7, 30, 0, 0, ZoneId.of("UTC"));
        String cron = Schedules.cron(ScheduleKind.QUARTERLY, start, null);
        assertThat(cron).isEqualTo("0 30 7 10 2/3 ?");
        assertThat(Schedules.next(ScheduleKind.QUARTERLY, start.toInstant(), cron, ZoneId.of("UTC"), Instant.parse("2026-01-01T00:00:00Z"), 4))
                .containsExactly(Instant.parse("2026-02-10T07:30:00Z"), Instant.parse("2026-05-10T07:30:00Z"),
                        Instant.parse("2026-08-10T07:30:00Z"), Instant.parse("2026-11-10T07:30:00Z"));
    }

    @Test
    void a_yearly_campaign_started_on_29_february_fires_every_year_on_28_february_in_common_years() {
        var start = ZonedDateTime.of(2028, 2, 29, 9, 0, 0, 0, LONDON);
        String cron = Schedules.cron(ScheduleKind.YEARLY, start, null);
        assertThat(cron).isEqualTo("0 0 9 L 2 ?");

        var times = Schedules.next(ScheduleKind.YEARLY, start.toInstant(), cron, LONDON, Instant.parse("2028-01-01T00:00:00Z"), 5);

        assertThat(times).containsExactly(Instant.parse("2028-02-29T09:00:00Z"), Instant.parse("2029-02-28T09:00:00Z"),
                Instant.parse("2030-02-28T09:00:00Z"), Instant.parse("2031-02-28T09:00:00Z"), Instant.parse("2032-02-29T09:00:00Z"));
    }

    @Test
    void the_quartz_trigger_of_a_leap_day_campaign_fires_as_its_preview_says() {
        var start = ZonedDateTime.of(2028, 2, 29, 9, 0, 0, 0, NEW_YORK);
        String cron = Schedules.cron(ScheduleKind.YEARLY, start, null);
        // built as CampaignScheduler builds it: the cron expression in the campaign's zone, starting just before the first run
        var trigger = org.quartz.TriggerBuilder.newTrigger().startAt(java.util.Date.from(start.toInstant().minusSeconds(1)))
                .withSchedule(org.quartz.CronScheduleBuilder.cronSchedule(cron).inTimeZone(java.util.TimeZone.getTimeZone(NEW_YORK)))
                .build();

        var preview = Schedules.next(ScheduleKind.YEARLY, start.toInstant(), cron, NEW_YORK, start.toInstant().minusSeconds(60), 3);
        var fired = new java.util.ArrayList<Instant>();
        var cursor = java.util.Date.from(start.toInstant().minusSeconds(60));
        for (int i = 0; i < 3; i++) {
            cursor = trigger.getFireTimeAfter(cursor);
            fired.add(cursor.toInstant());
        }

        assertThat(fired).isEqualTo(preview).extracting(t -> t.atZone(NEW_YORK).toLocalDate().toString())
                .containsExactly("2028-02-29", "2029-02-28", "2030-02-28");
    }

    @Test
    void a_yearly_campaign_on_another_day_keeps_its_day() {
        assertThat(Schedules.cron(ScheduleKind.YEARLY, ZonedDateTime.of(2027, 2, 28, 9, 0, 0, 0, LONDON), null)).isEqualTo("0 0 9 28 2 ?");
        assertThat(Schedules.cron(ScheduleKind.YEARLY, ZonedDateTime.of(2028, 3, 29, 9, 0, 0, 0, LONDON), null)).isEqualTo("0 0 9 29 3 ?");
    }

    @Test
    void a_one_off_fires_once_and_not_when_it_has_passed() {
        Instant at = Instant.parse("2026-12-01T09:00:00Z");
        assertThat(Schedules.next(ScheduleKind.ONE_OFF, at, null, LONDON, Instant.parse("2026-11-01T00:00:00Z"), 5)).containsExactly(at);
        assertThat(Schedules.next(ScheduleKind.ONE_OFF, at, null, LONDON, Instant.parse("2026-12-02T00:00:00Z"), 5)).isEmpty();
    }
}
