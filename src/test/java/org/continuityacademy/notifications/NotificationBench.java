package org.continuityacademy.notifications;

import org.springframework.context.ApplicationContext;

/** For benchmarks outside this package: one run of the outbox dispatcher, as its Quartz job calls it. */
public final class NotificationBench {

    private NotificationBench() {
    }

    public static int dispatchNow(ApplicationContext context) {
        return context.getBean(Dispatcher.class).dispatchNow();
    }

    public static String messageId(long notificationId) {
        return Dispatcher.messageId(notificationId);
    }
}
