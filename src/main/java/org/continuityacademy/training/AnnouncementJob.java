package org.continuityacademy.training;

import java.time.Duration;
import org.quartz.DateBuilder;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
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
 * Announces newly assigned training ({@link AssignmentAnnouncements}) every few minutes
 * ({@code NEW_TRAINING_EMAIL_EVERY}, default 5 minutes), on one node of the cluster at a time.
 * <p>
 * Why every few minutes rather than once a day: a person assigned at 09:00 hears of it that morning, while whoever
 * assigned it is still at hand, and never a day late; yet a burst (a campaign's modules, a role's, a launch reaching
 * 100,000 people in batches) still comes as one e-mail, since everything pending for a person goes into one. Someone
 * assigned three times in a day gets up to three short e-mails, not one per module. After downtime one run catches up.
 */
@DisallowConcurrentExecution
class AnnouncementJob implements Job {

    static final JobKey KEY = JobKey.jobKey("assignment-announcements", "training");
    static final TriggerKey TRIGGER = TriggerKey.triggerKey(KEY.getName(), KEY.getGroup());

    private final AssignmentAnnouncements announcements;

    AnnouncementJob(AssignmentAnnouncements announcements) {
        this.announcements = announcements;
    }

    @Override
    public void execute(JobExecutionContext context) {
        announcements.announce();
    }

    /** The trigger: every {@code every}, the first one interval after it is stored; a missed run is caught up once. */
    static SimpleTrigger trigger(Duration every) {
        if (every.compareTo(Duration.ofMinutes(1)) < 0 || every.compareTo(Duration.ofDays(1)) > 0) {
            throw new IllegalStateException("NEW_TRAINING_EMAIL_EVERY is " + every + ": choose from 1 minute to 1 day, such as 5m");
        }
        return TriggerBuilder.newTrigger().forJob(KEY).withIdentity(TRIGGER)
                .withDescription("Every " + every)
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withIntervalInMilliseconds(every.toMillis()).repeatForever()
                        .withMisfireHandlingInstructionNextWithRemainingCount())
                // Quartz's own time (the system's), as for all its firings
                .startAt(DateBuilder.futureDate((int) every.toSeconds(), DateBuilder.IntervalUnit.SECOND))
                .build();
    }

    /** Added to the clustered job store at start-up when absent, like the other jobs. */
    @Configuration(proxyBeanMethods = false)
    static class Schedule {

        @Bean
        JobDetail assignmentAnnouncementJob() {
            return JobBuilder.newJob(AnnouncementJob.class).withIdentity(KEY).storeDurably()
                    .withDescription("E-mails people the training newly assigned to them").build();
        }

        @Bean
        Trigger assignmentAnnouncementTrigger(@Value("${academy.training.announce-every:5m}") Duration every) {
            return trigger(every);
        }
    }

    /**
     * A trigger stored with another interval (the setting changed, or another node stored it) is brought in line at
     * start-up: Spring adds the bean's trigger only when none is stored. Every node must have the same setting.
     */
    @Component
    static class FollowTheSetting {

        private static final Logger log = LoggerFactory.getLogger(FollowTheSetting.class);

        private final Scheduler scheduler;
        private final Duration every;

        FollowTheSetting(Scheduler scheduler, @Value("${academy.training.announce-every:5m}") Duration every) {
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
                log.info("New training is announced every {}", every);
                return true;
            } catch (SchedulerException e) {
                throw new IllegalStateException("Could not schedule the announcements of new training", e);
            }
        }
    }
}
