package org.continuityacademy.notifications;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/**
 * Sends the outbox's due e-mails ({@link DispatchSchedule} fires it every 30 seconds). Quartz runs it on
 * one node of the cluster at a time; the dispatcher's row claims make an overlap harmless anyway.
 */
@DisallowConcurrentExecution
class DispatchJob implements Job {

    private final Dispatcher dispatcher;

    DispatchJob(Dispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Override
    public void execute(JobExecutionContext context) {
        dispatcher.dispatchNow();
    }
}
