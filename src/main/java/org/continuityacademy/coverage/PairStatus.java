package org.continuityacademy.coverage;

/** Where one person stands with one required module. */
public enum PairStatus {
    /** Never passed (or only a version that had expired before). */
    NEVER,
    /** Passed once, but the completion has expired. */
    EXPIRED,
    /** Current, but expiring within 30 days. */
    EXPIRING,
    /** Current for more than 30 days. */
    CURRENT;

    public boolean isCurrent() {
        return this == EXPIRING || this == CURRENT;
    }
}
