package org.continuityacademy.evidence;

import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * The evidence pack job in the clustered job store, and a one-shot trigger per requested pack. The
 * trigger is stored in the requester's transaction (Spring's job store joins it), so a pack row and
 * its trigger exist together or not at all, survive a restart, and fire on exactly one node.
 */
@Configuration(proxyBeanMethods = false)
class EvidencePackJobs {

    static final String GROUP = "evidence";
    static final JobKey JOB = JobKey.jobKey("evidence-pack", GROUP);

    /** Recovery requested: if a node dies while generating, another node runs the pack again. */
    @Bean
    JobDetail evidencePackJob() {
        return JobBuilder.newJob(EvidencePackJob.class).withIdentity(JOB).storeDurably().requestRecovery()
                .withDescription("Generates a requested ISO 22301 evidence pack").build();
    }

    @Component
    static class Trigger {

        private final Scheduler scheduler;

        Trigger(Scheduler scheduler) {
            this.scheduler = scheduler;
        }

        /** Generates the pack in the background as soon as a node is free; a firing missed while all were down runs at start. */
        void generate(long packId) {
            var trigger = TriggerBuilder.newTrigger().withIdentity(TriggerKey.triggerKey("evidence-pack-" + packId, GROUP)).forJob(JOB)
                    .usingJobData(EvidencePackJob.PACK_ID, String.valueOf(packId))
                    // the scheduler's own "now" (Quartz fires by the system's time, not the application clock)
                    .startNow()
                    .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow()).build();
            try {
                scheduler.scheduleJob(trigger);
            } catch (SchedulerException e) {
                throw new IllegalStateException("Could not queue evidence pack " + packId, e);
            }
        }
    }
}
