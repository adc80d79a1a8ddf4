package org.continuityacademy.notifications;

import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the dispatch job and its 30-second trigger in the clustered job store. Spring's scheduler
 * factory adds them at start-up only if absent (another node may have added them: it copes with that
 * race), so every node can start with the same beans.
 */
@Configuration(proxyBeanMethods = false)
class DispatchSchedule {

    static final JobKey JOB = JobKey.jobKey("notification-dispatch", "notifications");
    static final int EVERY_SECONDS = 30;

    @Bean
    JobDetail notificationDispatchJob() {
        return JobBuilder.newJob(DispatchJob.class).withIdentity(JOB)
                .withDescription("Sends pending notification e-mails")
                .storeDurably()
                .build();
    }

    @Bean
    Trigger notificationDispatchTrigger() {
        return TriggerBuilder.newTrigger().forJob(JOB).withIdentity(JOB.getName(), JOB.getGroup())
                // after downtime: one run catches up, missed firings are not replayed
                .withSchedule(SimpleScheduleBuilder.repeatSecondlyForever(EVERY_SECONDS)
                        .withMisfireHandlingInstructionNextWithRemainingCount())
                .startNow()
                .build();
    }
}
