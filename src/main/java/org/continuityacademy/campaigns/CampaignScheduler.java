package org.continuityacademy.campaigns;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.TimeZone;
import org.jspecify.annotations.Nullable;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps one Quartz trigger per active campaign in the database (the job itself is a bean of {@link CampaignJobs}). A firing missed while every node was
 * down runs once when the scheduler starts again, not once per missed period (misfire: fire once now,
 * then carry on with the schedule).
 */
@Component
class CampaignScheduler {

    static final String GROUP = "campaigns";
    static final JobKey JOB = JobKey.jobKey("campaign-launch", GROUP);
    static final JobKey LATE_ENROLMENT = JobKey.jobKey("campaign-late-enrolment", GROUP);

    private static final Logger log = LoggerFactory.getLogger(CampaignScheduler.class);

    private final Scheduler scheduler;
    private final Clock clock;

    CampaignScheduler(Scheduler scheduler, Clock clock) {
        this.scheduler = scheduler;
        this.clock = clock;
    }

    /** Creates or replaces the campaign's trigger. */
    void schedule(long campaignId, ScheduleKind kind, Instant startsAt, @Nullable String cron, String zone) {
        TriggerBuilder<Trigger> builder = TriggerBuilder.newTrigger().withIdentity(key(campaignId)).forJob(JOB)
                .usingJobData(CampaignJob.CAMPAIGN_ID, String.valueOf(campaignId));
        Trigger trigger = kind == ScheduleKind.ONE_OFF
                ? builder.startAt(Date.from(startsAt))
                        .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow()).build()
                : builder.startAt(Date.from(startsAt.minusSeconds(1)))
                        .withSchedule(CronScheduleBuilder.cronSchedule(cron).inTimeZone(TimeZone.getTimeZone(ZoneId.of(zone)))
                                .withMisfireHandlingInstructionFireAndProceed()).build();
        try {
            if (scheduler.checkExists(key(campaignId))) {
                scheduler.rescheduleJob(key(campaignId), trigger);
            } else {
                scheduler.scheduleJob(trigger);
            }
        } catch (SchedulerException e) {
            throw new IllegalStateException("Could not schedule campaign " + campaignId, e);
        }
    }

    void unschedule(long campaignId) {
        try {
            scheduler.unscheduleJob(key(campaignId));
        } catch (SchedulerException e) {
            throw new IllegalStateException("Could not unschedule campaign " + campaignId, e);
        }
    }

    /**
     * Fires the campaign once now, in the background; the click that asks returns at once. The run is for the
     * application clock's "now" (its identity and the due dates follow it); Quartz fires it at once by its own
     * clock.
     */
    Instant runNow(long campaignId, String by) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Trigger trigger = TriggerBuilder.newTrigger()
                .withIdentity(TriggerKey.triggerKey("campaign-" + campaignId + "-now-" + now.toEpochMilli(), GROUP)).forJob(JOB)
                .usingJobData(CampaignJob.CAMPAIGN_ID, String.valueOf(campaignId))
                .usingJobData(CampaignJob.TRIGGERED_BY, by)
                .usingJobData(CampaignJob.FIRE_TIME, now.toString())
                .startNow()
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow()).build();
        try {
            scheduler.scheduleJob(trigger);
        } catch (SchedulerException e) {
            throw new IllegalStateException("Could not start campaign " + campaignId, e);
        }
        return now;
    }

    /**
     * The launch job stored by a version whose launches did not ask for recovery is stored again with the request (its
     * triggers stay): Spring's scheduler factory only adds jobs that are missing.
     */
    @EventListener(ApplicationReadyEvent.class)
    void launchesAreRecovered() {
        try {
            JobDetail stored = scheduler.getJobDetail(JOB);
            if (stored != null && !stored.requestsRecovery()) {
                scheduler.addJob(stored.getJobBuilder().requestRecovery().build(), true);
                log.info("Campaign launches cut short by a stopped node are now run again by the cluster (the stored job asks for recovery)");
            }
        } catch (SchedulerException e) {
            throw new IllegalStateException("Could not update the campaign launch job", e);
        }
    }

    @Nullable Instant nextFireTime(long campaignId) {
        try {
            Trigger trigger = scheduler.getTrigger(key(campaignId));
            return trigger == null || trigger.getNextFireTime() == null ? null : trigger.getNextFireTime().toInstant();
        } catch (SchedulerException e) {
            return null;
        }
    }

    private static TriggerKey key(long campaignId) {
        return TriggerKey.triggerKey("campaign-" + campaignId, GROUP);
    }
}
