package org.continuityacademy.training;

import org.springframework.context.ApplicationContext;

/** For benchmarks outside this package: the daily refresher sweep, as its Quartz job calls it. */
public final class TrainingBench {

    private TrainingBench() {
    }

    public static int refresherSweep(ApplicationContext context) {
        return context.getBean(Recertification.class).sweep();
    }
}
