package org.continuityacademy.campaigns;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A campaign in the list: its state, when it fires next and how its last run went. */
public record CampaignRow(long id, String name, CampaignState state, ScheduleKind scheduleKind, String zone,
                         @Nullable Instant nextFireTime, @Nullable RunRow lastRun) {
}
