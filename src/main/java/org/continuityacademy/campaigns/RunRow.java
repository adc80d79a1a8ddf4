package org.continuityacademy.campaigns;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One launch of a campaign and its counts; while running, {@code processed} of {@code audienceSize} people are done. */
public record RunRow(long id, long campaignId, Instant fireTime, String triggeredBy, String status, Instant startedAt,
                     @Nullable Instant finishedAt, int audienceSize, int processed, int assigned, int skippedCurrent,
                     int alreadyOpen, int failed, @Nullable String error) {

    /** {@code triggeredBy} of a run its schedule started (otherwise the user name of who started it). */
    static final String SCHEDULE = "schedule";

    public boolean running() {
        return "RUNNING".equals(status);
    }

    /** Stopped by an error; it carries on when launched again. */
    public boolean stopped() {
        return "FAILED".equals(status);
    }

    /** Started by its schedule, not by a person's "Run now". */
    public boolean scheduled() {
        return SCHEDULE.equals(triggeredBy);
    }
}
