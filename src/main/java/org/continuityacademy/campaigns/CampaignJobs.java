package org.continuityacademy.campaigns;

import java.time.Clock;
import org.continuityacademy.base.time.ReminderTime;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The campaigns' jobs in the clustered job store, registered like the notification dispatcher's: Spring's
 * scheduler factory adds them at start-up when absent, so every node starts with the same beans. The
 * per-campaign triggers are made by {@link CampaignScheduler}.
 */
@Configuration(proxyBeanMethods = false)
class CampaignJobs {

    @Bean
    JobDetail campaignLaunchJob() {
        // recovery: a launch cut short by a node that stopped is fired again (for its own fire time) once the cluster
        // notices, or when the node starts again; the launcher carries on where it was
        return JobBuilder.newJob(CampaignJob.class).withIdentity(CampaignScheduler.JOB).storeDurably().requestRecovery()
                .withDescription("Launches a refresher campaign for a fire time").build();
    }

    @Bean
    JobDetail campaignLateEnrolmentJob() {
        return JobBuilder.newJob(LateEnrolmentJob.class).withIdentity(CampaignScheduler.LATE_ENROLMENT).storeDurably()
                .withDescription("Enrols people who joined an active campaign's audience later").build();
    }

    /** Every hour; after downtime one run catches up. */
    @Bean
    Trigger campaignLateEnrolmentTrigger() {
        return TriggerBuilder.newTrigger().forJob(CampaignScheduler.LATE_ENROLMENT)
                .withIdentity(CampaignScheduler.LATE_ENROLMENT.getName(), CampaignScheduler.GROUP)
                .withSchedule(SimpleScheduleBuilder.repeatHourlyForever().withMisfireHandlingInstructionNextWithRemainingCount())
                .startNow().build();
    }

    @Bean
    JobDetail reminderSweepJob() {
        return JobBuilder.newJob(ReminderJob.class).withIdentity(ReminderSchedule.JOB).storeDurably()
                .withDescription("Reminders, overdue notices and escalation digests").build();
    }

    /**
     * Every morning at {@code REMINDER_TIME} (default 07:00) in the organisation's time zone; a missed morning runs
     * once. A trigger stored with other settings is brought in line at start-up by {@link ReminderSchedule}.
     */
    @Bean
    Trigger reminderSweepTrigger(Clock clock, ReminderTime reminderTime) {
        return ReminderSchedule.trigger(clock.getZone(), reminderTime.time());
    }
}
