package org.continuityacademy.campaigns;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.util.TimeZone;
import org.continuityacademy.base.time.ReminderTime;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When the daily reminder sweep (reminders, overdue notices, digests) runs: at {@code REMINDER_TIME} in the
 * organisation's time zone (the application clock's), as a Quartz cron trigger that carries the zone, so a
 * daylight-saving change neither skips nor doubles a morning. The trigger lives in the clustered job store
 * across restarts, and Spring adds the bean's trigger only when none is stored: so at start-up a stored trigger
 * whose time or zone differs from the settings is replaced, and the log says so. Every node must have the
 * same settings.
 * <p>
 * Quartz skips a day whose local time does not exist (the hour the clocks skip when they go forward, 02:00–03:00
 * in Europe): a reminder time in that hour is refused at start-up, since that morning's reminders would be lost.
 * When the clocks go back, a time in the repeated hour fires once.
 */
@Component
class ReminderSchedule {

    static final JobKey JOB = JobKey.jobKey("reminder-sweep", CampaignScheduler.GROUP);
    static final TriggerKey TRIGGER = TriggerKey.triggerKey("reminder-sweep", CampaignScheduler.GROUP);

    private static final Logger log = LoggerFactory.getLogger(ReminderSchedule.class);

    private final Scheduler scheduler;
    private final Clock clock;
    private final ReminderTime reminderTime;

    ReminderSchedule(Scheduler scheduler, Clock clock, ReminderTime reminderTime) {
        this.scheduler = scheduler;
        this.clock = clock;
        this.reminderTime = reminderTime;
    }

    /** The sweep's trigger: every day at {@code time} in {@code zone}; a missed morning runs once. */
    static CronTrigger trigger(ZoneId zone, LocalTime time) {
        requireEveryDayHas(time, zone);
        return TriggerBuilder.newTrigger().forJob(JOB).withIdentity(TRIGGER)
                .withDescription("Every day at " + time + " in " + zone.getId())
                .withSchedule(CronScheduleBuilder.dailyAtHourAndMinute(time.getHour(), time.getMinute())
                        .inTimeZone(TimeZone.getTimeZone(zone))
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
    }

    /**
     * Refuses a time of day that the zone's daylight-saving rules take out of some days (it falls into the gap when
     * the clocks go forward), as Quartz would skip that day.
     */
    static void requireEveryDayHas(LocalTime time, ZoneId zone) {
        LocalTime minute = time.withSecond(0).withNano(0);
        for (ZoneOffsetTransitionRule rule : zone.getRules().getTransitionRules()) {
            // the rule makes the same gap every year: any year shows it
            ZoneOffsetTransition change = rule.createTransition(2030);
            if (!change.isGap()) {
                continue;
            }
            OffsetDateTime from = change.getInstant().atOffset(change.getOffsetBefore());
            OffsetDateTime until = change.getInstant().atOffset(change.getOffsetAfter());
            for (LocalDate day = from.toLocalDate(); !day.isAfter(until.toLocalDate()); day = day.plusDays(1)) {
                // a local time in the gap does not exist: the zone moves it on
                if (!ZonedDateTime.of(day, minute, zone).toLocalTime().equals(minute)) {
                    throw new IllegalStateException("REMINDER_TIME " + minute + " does not exist in " + zone.getId()
                            + " on the day the clocks go forward (" + from.toLocalTime() + " to " + until.toLocalTime()
                            + "), so that day's reminders would be skipped: choose a time outside that hour, for example 07:00");
                }
            }
        }
    }

    /** The trigger the settings ask for: {@code REMINDER_TIME} in the organisation's zone. */
    CronTrigger wanted() {
        return trigger(clock.getZone(), reminderTime.time());
    }

    @EventListener(ApplicationReadyEvent.class)
    void followTheSettings() {
        matchTheSettings();
    }

    /**
     * Replaces the stored trigger when its cron expression or time zone is not what the settings ask for.
     *
     * @return whether it was replaced (or added, when missing)
     */
    boolean matchTheSettings() {
        CronTrigger wanted = wanted();
        try {
            Trigger stored = scheduler.getTrigger(TRIGGER);
            if (stored == null) {
                try {
                    scheduler.scheduleJob(wanted);
                } catch (ObjectAlreadyExistsException anotherNodeWasFirst) {
                    return matchTheSettings();
                }
                log.info("Reminder sweep scheduled: {} ({})", wanted.getCronExpression(), wanted.getTimeZone().getID());
                return true;
            }
            if (stored instanceof CronTrigger cron && cron.getCronExpression().equals(wanted.getCronExpression())
                    && cron.getTimeZone().getID().equals(wanted.getTimeZone().getID())) {
                return false;
            }
            scheduler.rescheduleJob(TRIGGER, wanted);
            log.info("Reminder sweep rescheduled to follow REMINDER_TIME and ORGANISATION_TIME_ZONE: was {}, now {} ({})",
                    describe(stored), wanted.getCronExpression(), wanted.getTimeZone().getID());
            return true;
        } catch (SchedulerException e) {
            throw new IllegalStateException("Could not schedule the reminder sweep", e);
        }
    }

    private static String describe(Trigger trigger) {
        return trigger instanceof CronTrigger cron ? cron.getCronExpression() + " (" + cron.getTimeZone().getID() + ")"
                : trigger.getClass().getSimpleName();
    }
}
