package org.continuityacademy.campaigns;

import java.time.Instant;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/**
 * Thin: hands the campaign id and the scheduled fire time (not "now") to the idempotent launcher, so
 * a retried or misfired firing launches the same run ("run now" names its own fire time, see
 * {@link CampaignScheduler#runNow}). Quartz's clustered JDBC store makes one node fire it.
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
        Instant fireTime = data.containsKey(FIRE_TIME) ? Instant.parse(data.getString(FIRE_TIME))
                : context.getScheduledFireTime().toInstant();
        launcher.launch(campaignId, fireTime, by);
    }
}
