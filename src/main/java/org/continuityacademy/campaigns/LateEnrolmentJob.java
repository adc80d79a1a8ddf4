package org.continuityacademy.campaigns;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** Every hour: people who entered an active campaign's audience since its last run are enrolled. */
@DisallowConcurrentExecution
class LateEnrolmentJob implements Job {

    private final CampaignRepository campaigns;
    private final CampaignLauncher launcher;

    LateEnrolmentJob(CampaignRepository campaigns, CampaignLauncher launcher) {
        this.campaigns = campaigns;
        this.launcher = launcher;
    }

    @Override
    public void execute(JobExecutionContext context) {
        campaigns.findAllByState(CampaignState.ACTIVE).forEach(c -> launcher.enrolLateJoiners(c.getId()));
    }
}
