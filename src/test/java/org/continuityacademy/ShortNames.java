package org.continuityacademy;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A short word that makes a test's name unique in the shared test database ("Payroll run k3f9"). Long unbreakable
 * words (a nanoTime of 15 digits) widen the evidence pack's table columns for every other test that reads a pack
 * made from the same database, and wrap their neighbours' cells ("Not ready" over two lines).
 */
public final class ShortNames {

    private static final AtomicLong NEXT = new AtomicLong(System.nanoTime() % 1_000_000L);

    private ShortNames() {
    }

    /** Five base-36 characters or fewer, different on each call within a run. */
    public static String suffix() {
        return Long.toString(NEXT.incrementAndGet() % 60_466_176L, 36);
    }
}
