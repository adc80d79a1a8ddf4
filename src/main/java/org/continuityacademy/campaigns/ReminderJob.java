package org.continuityacademy.campaigns;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** The reminder sweep (scheduled in {@link CampaignJobs}), on one node of the cluster at a time. */
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
}
