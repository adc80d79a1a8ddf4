package org.continuityacademy.campaigns;

import java.time.Instant;
import java.util.Date;
import java.util.Set;
import java.util.TimeZone;
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

/** The reminder sweep every morning at 07:00 UTC on one node of the cluster; a missed morning runs once. */
@DisallowConcurrentExecution
class ReminderJob implements Job {

    private final Reminders reminders;

    ReminderJob(Reminders reminders) {
        this.reminders = reminders;
    }

    @Override
    public void execute(JobExecutionContext context) {
        reminders.sweep();
    }

    @Component
    static class Registration {

        private final Scheduler scheduler;

        Registration(Scheduler scheduler) {
            this.scheduler = scheduler;
        }

        @EventListener(ApplicationReadyEvent.class)
        void register() throws SchedulerException {
            var key = TriggerKey.triggerKey("reminder-sweep", CampaignScheduler.GROUP);
            if (scheduler.checkExists(key)) {
                return;
            }
            var job = JobBuilder.newJob(ReminderJob.class).withIdentity("reminder-sweep", CampaignScheduler.GROUP).storeDurably()
                    .withDescription("Reminders, overdue notices and escalation digests").build();
            var trigger = TriggerBuilder.newTrigger().withIdentity(key).forJob(job).startAt(Date.from(Instant.now()))
                    .withSchedule(CronScheduleBuilder.dailyAtHourAndMinute(7, 0).inTimeZone(TimeZone.getTimeZone("UTC"))
                            .withMisfireHandlingInstructionFireAndProceed()).build();
            try {
                scheduler.scheduleJob(job, Set.of(trigger), true);
            } catch (ObjectAlreadyExistsException anotherNodeWasFaster) {
                // clustered: another node registered it at the same moment
            }
        }
    }
}
