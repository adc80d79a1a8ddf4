package org.continuityacademy.training;

import org.springframework.context.ApplicationContext;

/** For benchmarks outside this package: the daily refresher sweep and the announcements of new training, as their Quartz jobs call them. */
public final class TrainingBench {

    private TrainingBench() {
    }

    public static int refresherSweep(ApplicationContext context) {
        return context.getBean(Recertification.class).sweep();
    }

    /** @return how many people were told of their new training */
    public static int announce(ApplicationContext context) {
        return context.getBean(AssignmentAnnouncements.class).announce();
    }
}
