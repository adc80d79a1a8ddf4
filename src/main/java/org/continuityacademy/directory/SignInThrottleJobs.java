package org.continuityacademy.directory;

import org.quartz.DateBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The daily purge of failed sign-ins that no longer count and ended locks, in the clustered job store (one node runs it).
 * The tables stay small between runs too: a lock forgets the failures that led to it, a sign-in that works forgets the
 * account's.
 */
@Configuration(proxyBeanMethods = false)
class SignInThrottleJobs {

    static final JobKey PURGE = JobKey.jobKey("sign-in-failures-purge", "directory");

    @Bean
    JobDetail signInFailuresPurgeJob() {
        return JobBuilder.newJob(SignInPurgeJob.class).withIdentity(PURGE).storeDurably()
                .withDescription("Deletes failed sign-ins older than the throttle's window and ended locks").build();
    }

    @Bean
    Trigger signInFailuresPurgeTrigger() {
        return TriggerBuilder.newTrigger().forJob(PURGE).withIdentity(PURGE.getName(), PURGE.getGroup())
                .withSchedule(SimpleScheduleBuilder.repeatHourlyForever(24).withMisfireHandlingInstructionNextWithRemainingCount())
                .startAt(DateBuilder.futureDate(1, DateBuilder.IntervalUnit.HOUR)).build();
    }
}
