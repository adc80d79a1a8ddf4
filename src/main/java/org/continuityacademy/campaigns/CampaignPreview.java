package org.continuityacademy.campaigns;

import java.time.Instant;
import java.util.List;

/** What a campaign would do: how many people it reaches now and its next five fire times. */
public record CampaignPreview(int audienceSize, List<Instant> nextFireTimes) {
}
