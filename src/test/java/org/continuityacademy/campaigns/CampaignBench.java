package org.continuityacademy.campaigns;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.context.ApplicationContext;

/** For benchmarks outside this package: the launcher and the reminder sweep, as the Quartz jobs call them. */
public final class CampaignBench {

    private CampaignBench() {
    }

    public static void launch(ApplicationContext context, long campaignId, Instant fireTime, String triggeredBy) {
        context.getBean(CampaignLauncher.class).launch(campaignId, fireTime, triggeredBy);
    }

    public static int sweep(ApplicationContext context, LocalDate today) {
        return context.getBean(Reminders.class).sweep(today);
    }
}
