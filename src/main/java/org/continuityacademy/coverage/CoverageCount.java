package org.continuityacademy.coverage;

/**
 * Required training and how much of it is current: each required person × module pair counts once.
 *
 * @param required pairs a continuity role (or "all staff") requires
 * @param current  pairs with a completion that has not expired
 * @param expiring current pairs whose completion expires within the next 30 days
 */
public record CoverageCount(long required, long current, long expiring) {

    public static final CoverageCount NONE = new CoverageCount(0, 0, 0);

    /** The share current, 0–100, rounded down so that 99.6% is not shown as a complete 100%; 0 when nothing is required. */
    public int percent() {
        return required == 0 ? 0 : (int) (current * 100 / required);
    }

    public long notCurrent() {
        return required - current;
    }
}
