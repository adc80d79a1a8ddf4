package org.continuityacademy.coverage;

import org.continuityacademy.base.i18n.Labelled;

/** Where one person stands with one required module (its text: {@code PairStatus.*} in the coverage bundle). */
public enum PairStatus implements Labelled {
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
