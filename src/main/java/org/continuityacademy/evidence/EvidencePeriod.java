package org.continuityacademy.evidence;

import java.time.LocalDate;

/** The period an evidence pack's gaps and campaign history cover, ending at the as-at date. */
public final class EvidencePeriod {

    /** The longest period a pack covers: gaps are worked out day by day for every role holder. */
    public static final int MAX_YEARS = 3;

    private EvidencePeriod() {
    }

    /** The default start: twelve months before the as-at date. */
    public static LocalDate defaultFrom(LocalDate asOf) {
        return asOf.minusMonths(12);
    }
}
