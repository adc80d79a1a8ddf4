package org.continuityacademy.coverage;

import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The snapshot job in the clustered job store. It runs every hour and takes the day's snapshot only
 * when it is missing: the first run after midnight UTC takes it, and a day that began while every
 * node was down is caught up within the hour of the first start.
 */
@Configuration(proxyBeanMethods = false)
class CoverageJobs {

    static final JobKey SNAPSHOT = JobKey.jobKey("coverage-snapshot", "coverage");

    @Bean
    JobDetail coverageSnapshotJob() {
        return JobBuilder.newJob(CoverageSnapshotJob.class).withIdentity(SNAPSHOT).storeDurably()
                .withDescription("Stores the day's coverage for the trends").build();
    }

    @Bean
    Trigger coverageSnapshotTrigger() {
        return TriggerBuilder.newTrigger().forJob(SNAPSHOT).withIdentity(SNAPSHOT.getName(), SNAPSHOT.getGroup())
                .withSchedule(SimpleScheduleBuilder.repeatHourlyForever().withMisfireHandlingInstructionNextWithRemainingCount())
                .startNow().build();
    }
}
