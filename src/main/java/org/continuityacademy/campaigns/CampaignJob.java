package org.continuityacademy.campaigns;

import java.time.Instant;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.Scheduler;

/**
 * Thin: hands the campaign id and the scheduled fire time (not "now") to the idempotent launcher, so
 * a retried or misfired firing launches the same run ("run now" names its own fire time, see
 * {@link CampaignScheduler#runNow}). Quartz's clustered JDBC store makes one node fire it; when that node stops
 * in the middle (killed, crashed), another node (or the same one, restarted) runs it again for the same fire time.
 */
@DisallowConcurrentExecution
class CampaignJob implements Job {

    static final String CAMPAIGN_ID = "campaignId";
    static final String TRIGGERED_BY = "triggeredBy";
    /** For "run now": the application clock's instant the run is for (ISO-8601), in place of Quartz's fire time. */
    static final String FIRE_TIME = "fireTime";

    private final CampaignLauncher launcher;

    CampaignJob(CampaignLauncher launcher) {
        this.launcher = launcher;
    }

    @Override
    public void execute(JobExecutionContext context) {
        var data = context.getMergedJobDataMap();
        long campaignId = Long.parseLong(data.getString(CAMPAIGN_ID));
        String by = data.containsKey(TRIGGERED_BY) ? data.getString(TRIGGERED_BY) : CampaignLauncher.SCHEDULE;
        launcher.launch(campaignId, fireTime(context), by);
    }

    /**
     * The run's fire time: "run now" names it; a firing recovered after its node stopped (the job asks for recovery)
     * carries the original trigger's, so the launch the stopped node had begun is completed, not a new one started.
     */
    static Instant fireTime(JobExecutionContext context) {
        var data = context.getMergedJobDataMap();
        if (data.containsKey(FIRE_TIME)) {
            return Instant.parse(data.getString(FIRE_TIME));
        }
        if (context.isRecovering() && data.containsKey(Scheduler.FAILED_JOB_ORIGINAL_TRIGGER_SCHEDULED_FIRETIME_IN_MILLISECONDS)) {
            return Instant.ofEpochMilli(Long.parseLong(data.getString(Scheduler.FAILED_JOB_ORIGINAL_TRIGGER_SCHEDULED_FIRETIME_IN_MILLISECONDS)));
        }
        return context.getScheduledFireTime().toInstant();
    }
}
