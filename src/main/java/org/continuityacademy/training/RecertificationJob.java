package org.continuityacademy.training;

import java.time.Instant;
import java.util.Date;
import java.util.Set;
import org.quartz.CronScheduleBuilder;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobExecutionContext;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The daily recertification sweep at 02:30 UTC, one node of the cluster at a time; a missed day runs once. */
@DisallowConcurrentExecution
class RecertificationJob implements Job {

    private final Recertification recertification;

    RecertificationJob(Recertification recertification) {
        this.recertification = recertification;
    }

    @Override
    public void execute(JobExecutionContext context) {
        recertification.sweep();
    }

    @Component
    static class Registration {

        private final Scheduler scheduler;

        Registration(Scheduler scheduler) {
            this.scheduler = scheduler;
        }

        @EventListener(ApplicationReadyEvent.class)
        void register() throws SchedulerException {
            var key = TriggerKey.triggerKey("recertification-sweep", "training");
            if (scheduler.checkExists(key)) {
                return;
            }
            var job = JobBuilder.newJob(RecertificationJob.class).withIdentity("recertification-sweep", "training").storeDurably()
                    .withDescription("Refresher assignments for completions about to expire").build();
            var trigger = TriggerBuilder.newTrigger().withIdentity(key).forJob(job).startAt(Date.from(Instant.now()))
                    .withSchedule(CronScheduleBuilder.dailyAtHourAndMinute(2, 30).inTimeZone(java.util.TimeZone.getTimeZone("UTC"))
                            .withMisfireHandlingInstructionFireAndProceed()).build();
            try {
                scheduler.scheduleJob(job, Set.of(trigger), true);
            } catch (ObjectAlreadyExistsException anotherNodeWasFaster) {
                // clustered: another node registered it at the same moment
            }
        }
    }
}
