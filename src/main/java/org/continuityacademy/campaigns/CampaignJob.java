package org.continuityacademy.campaigns;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/**
 * Thin: hands the campaign id and the scheduled fire time (not "now") to the idempotent launcher, so
 * a retried or misfired firing launches the same run. Quartz's clustered JDBC store makes one node fire it.
 */
@DisallowConcurrentExecution
class CampaignJob implements Job {

    static final String CAMPAIGN_ID = "campaignId";
    static final String TRIGGERED_BY = "triggeredBy";

    private final CampaignLauncher launcher;

    CampaignJob(CampaignLauncher launcher) {
        this.launcher = launcher;
    }

    @Override
    public void execute(JobExecutionContext context) {
        var data = context.getMergedJobDataMap();
        long campaignId = Long.parseLong(data.getString(CAMPAIGN_ID));
        String by = data.containsKey(TRIGGERED_BY) ? data.getString(TRIGGERED_BY) : "schedule";
        launcher.launch(campaignId, context.getScheduledFireTime().toInstant(), by);
    }
}
