package org.continuityacademy.notifications;

import java.time.Duration;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.SimpleTrigger;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Registers the dispatch job and its trigger (every 30 seconds; {@code academy.notifications.dispatch-every}) in the
 * clustered job store. Spring's scheduler factory adds them at start-up only if absent (another node may have added
 * them: it copes with that race), so every node can start with the same beans; a trigger stored with another interval
 * is brought in line once the app has started.
 */
@Configuration(proxyBeanMethods = false)
class DispatchSchedule {

    static final JobKey JOB = JobKey.jobKey("notification-dispatch", "notifications");
    static final TriggerKey TRIGGER = TriggerKey.triggerKey(JOB.getName(), JOB.getGroup());
    static final String EVERY = "${academy.notifications.dispatch-every:30s}";

    @Bean
    JobDetail notificationDispatchJob() {
        return JobBuilder.newJob(DispatchJob.class).withIdentity(JOB)
                .withDescription("Sends pending notification e-mails")
                .storeDurably()
                .build();
    }

    @Bean
    Trigger notificationDispatchTrigger(@Value(EVERY) Duration every) {
        return trigger(every);
    }

    static SimpleTrigger trigger(Duration every) {
        return TriggerBuilder.newTrigger().forJob(JOB).withIdentity(TRIGGER)
                // after downtime: one run catches up, missed firings are not replayed
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withIntervalInMilliseconds(every.toMillis()).repeatForever()
                        .withMisfireHandlingInstructionNextWithRemainingCount())
                .startNow()
                .build();
    }

    /** Every node must have the same setting; the one that starts last with another one wins. */
    @Component
    static class FollowTheSetting {

        private static final Logger log = LoggerFactory.getLogger(FollowTheSetting.class);

        private final Scheduler scheduler;
        private final Duration every;

        FollowTheSetting(Scheduler scheduler, @Value(EVERY) Duration every) {
            this.scheduler = scheduler;
            this.every = every;
        }

        @EventListener(ApplicationReadyEvent.class)
        void onStart() {
            matchTheSetting();
        }

        /** @return whether the stored trigger was replaced (or added, when missing) */
        boolean matchTheSetting() {
            try {
                Trigger stored = scheduler.getTrigger(TRIGGER);
                if (stored instanceof SimpleTrigger simple && simple.getRepeatInterval() == every.toMillis()) {
                    return false;
                }
                if (stored == null) {
                    try {
                        scheduler.scheduleJob(trigger(every));
                    } catch (ObjectAlreadyExistsException anotherNodeWasFirst) {
                        return matchTheSetting();
                    }
                } else {
                    scheduler.rescheduleJob(TRIGGER, trigger(every));
                }
                log.info("The e-mail outbox is sent every {}", every);
                return true;
            } catch (SchedulerException e) {
                throw new IllegalStateException("Could not schedule the e-mail outbox", e);
            }
        }
    }
}
