package org.continuityacademy.campaigns;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One launch of a campaign and its counts; while running, {@code processed} of {@code audienceSize} people are done. */
public record RunRow(long id, long campaignId, Instant fireTime, String triggeredBy, String status, Instant startedAt,
                     @Nullable Instant finishedAt, int audienceSize, int processed, int assigned, int skippedCurrent,
                     int alreadyOpen, int failed, @Nullable String error) {

    public boolean running() {
        return "RUNNING".equals(status);
    }
}
