package org.continuityacademy.campaigns;

import java.util.Map;

/** A campaign that cannot be saved as it is: a message per field ("cron", "modules" …); nothing was saved. */
public final class CampaignRejected extends RuntimeException {

    private final Map<String, String> problems;

    CampaignRejected(Map<String, String> problems) {
        super(String.join(" ", problems.values()));
        this.problems = Map.copyOf(problems);
    }

    public Map<String, String> problems() {
        return problems;
    }
}
