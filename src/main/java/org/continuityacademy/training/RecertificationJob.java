package org.continuityacademy.training;

import java.time.Clock;
import java.util.TimeZone;
import org.quartz.CronScheduleBuilder;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.JobKey;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The daily recertification sweep at 04:30 in the organisation's time zone (after any daylight-saving change of
 * the night, before the 07:00 reminders), one node of the cluster at a time; a missed day runs once. A trigger
 * already in the job store keeps its schedule: Quartz triggers are added only when absent.
 */
@DisallowConcurrentExecution
class RecertificationJob implements Job {

    static final JobKey KEY = JobKey.jobKey("recertification-sweep", "training");

    private final Recertification recertification;

    RecertificationJob(Recertification recertification) {
        this.recertification = recertification;
    }

    @Override
    public void execute(JobExecutionContext context) {
        recertification.sweep();
    }

    /** Added to the clustered job store at start-up when absent, like the other jobs. */
    @Configuration(proxyBeanMethods = false)
    static class Schedule {

        @Bean
        JobDetail recertificationSweepJob() {
            return JobBuilder.newJob(RecertificationJob.class).withIdentity(KEY).storeDurably()
                    .withDescription("Refresher assignments for completions about to expire").build();
        }

        @Bean
        Trigger recertificationSweepTrigger(Clock clock) {
            return TriggerBuilder.newTrigger().forJob(KEY).withIdentity(KEY.getName(), KEY.getGroup())
                    .withSchedule(CronScheduleBuilder.dailyAtHourAndMinute(4, 30).inTimeZone(TimeZone.getTimeZone(clock.getZone()))
                            .withMisfireHandlingInstructionFireAndProceed()).build();
        }
    }
}
