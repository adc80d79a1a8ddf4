package org.continuityacademy.coverage;

import org.quartz.DateBuilder;
import org.quartz.JobBuilder;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.context.annotation.Configuration;

/**
 * The snapshot job in the clustered job store. It runs every hour and when a node starts, and takes
 * the day's snapshot only when it is missing: the first run after midnight in the organisation's time
 * zone takes it, and a day that began while every node was down is caught up when the first one starts.
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
                .startAt(DateBuilder.futureDate(1, DateBuilder.IntervalUnit.HOUR)).build();
    }

    /**
     * Once a node has started (after the catalogue load and the demo's data), the job runs at once on
     * some node: today's snapshot then does not wait up to an hour, and a first start fills in the past.
     */
    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    void snapshotOnStart(ApplicationReadyEvent event) throws SchedulerException {
        event.getApplicationContext().getBean(Scheduler.class).triggerJob(SNAPSHOT);
    }
}
