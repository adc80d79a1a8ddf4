package org.continuityacademy.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.awaitility.Awaitility;
import org.continuityacademy.IntegrationTest;
import org.continuityacademy.TestRecords;
import org.continuityacademy.base.time.ReminderTime;
import org.continuityacademy.base.time.TestClock;
import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
import org.quartz.Scheduler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The triggers in the clustered job store, as Quartz fires them by its own (the system's) clock: so these tests
 * run at today's time only, not on the awkward dates of {@link CampaignsIT}.
 */
@IntegrationTest
class CampaignTriggersIT {

    @Autowired
    Campaigns campaigns;
    @Autowired
    Scheduler scheduler;
    @Autowired
    ReminderSchedule reminderSchedule;
    @Autowired
    ReminderTime reminderTime;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock clock;

    @Test
    @WithUserDetails("continuity")
    void firings_missed_while_nothing_ran_are_launched_once_not_once_per_missed_period() {
        String location = "Missed town " + System.nanoTime();
        var records = new TestRecords(jdbc, clock);
        for (String name : new String[] {"Ann", "Ben", "Cal"}) {
            records.employee(name, "Missed", null, location, LocalDate.now(clock).minusYears(1));
        }
        // hourly, at a minute half an hour away from now, starting five hours ago: five firings were missed
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(ZoneOffset.UTC));
        int minute = (now.getMinute() + 30) % 60;
        var hourly = new CampaignDraft("Missed " + System.nanoTime(), "", CampaignsIT.MODULES, false, Set.of(), Set.of(), Set.of(location),
                null, ScheduleKind.CRON, now.minusHours(5).withMinute(minute).truncatedTo(ChronoUnit.MINUTES), "0 " + minute + " * * * ?",
                "UTC", 30, null, null, false, null, null, null);
        long id = campaigns.save(null, hourly);

        campaigns.activate(id);

        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).pollInSameThread()
                .until(() -> campaigns.runs(id).stream().anyMatch(r -> r.status().equals("DONE")));
        // and no second launch follows for the other missed hours
        Awaitility.await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).pollInSameThread()
                .until(() -> campaigns.runs(id).size() == 1);
        assertThat(campaigns.runs(id).getFirst().assigned()).isEqualTo(6);
        Instant next = campaigns.list().stream().filter(c -> c.id() == id).findFirst().orElseThrow().nextFireTime();
        assertThat(next).as("then back on schedule").isAfter(clock.instant().plus(Duration.ofMinutes(20)));
        campaigns.archive(id);
    }

    @Test
    void the_reminder_sweep_runs_every_day_at_the_reminder_time_in_the_organisations_zone() throws Exception {
        var stored = (CronTrigger) scheduler.getTrigger(ReminderSchedule.TRIGGER);

        assertThat(stored.getJobKey()).isEqualTo(ReminderSchedule.JOB);
        assertThat(stored.getTimeZone().getID()).as("the organisation's zone").isEqualTo(clock.getZone().getId());
        assertThat(stored.getCronExpression()).isEqualTo("0 " + reminderTime.time().getMinute() + " " + reminderTime.time().getHour() + " ? * *");
        assertThat(stored.getMisfireInstruction()).as("a missed morning runs once").isEqualTo(CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW);
        assertThat(reminderSchedule.matchTheSettings()).as("nothing to change").isFalse();
    }

    @Test
    void a_stored_reminder_trigger_with_another_time_or_zone_is_replaced_by_one_that_follows_the_settings() throws Exception {
        ZoneId auckland = ZoneId.of("Pacific/Auckland");
        // as a start with other settings would have left it; at a time of day far from now, so that it does not fire meanwhile
        LocalTime other = LocalTime.now(clock.withZone(auckland)).plusHours(12).truncatedTo(ChronoUnit.MINUTES);
        scheduler.rescheduleJob(ReminderSchedule.TRIGGER, ReminderSchedule.trigger(auckland, other));
        try {
            assertThat(((CronTrigger) scheduler.getTrigger(ReminderSchedule.TRIGGER)).getTimeZone().getID()).isEqualTo(auckland.getId());

            assertThat(reminderSchedule.matchTheSettings()).isTrue();

            var stored = (CronTrigger) scheduler.getTrigger(ReminderSchedule.TRIGGER);
            assertThat(stored.getTimeZone().getID()).isEqualTo(clock.getZone().getId());
            assertThat(stored.getCronExpression()).isEqualTo(reminderSchedule.wanted().getCronExpression());
            assertThat(reminderSchedule.matchTheSettings()).as("once in line, left alone").isFalse();
        } finally {
            reminderSchedule.matchTheSettings();
        }
    }
}
