package org.continuityacademy.coverage;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.context.ApplicationContext;

/** For benchmarks outside this package: one day's coverage snapshot, as the hourly job takes it. */
public final class CoverageBench {

    private CoverageBench() {
    }

    public static boolean takeSnapshot(ApplicationContext context, LocalDate day, Instant at) {
        return context.getBean(CoverageSnapshots.class).take(day, at);
    }
}
