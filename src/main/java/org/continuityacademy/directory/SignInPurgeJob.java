package org.continuityacademy.directory;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Purges the sign-in throttle's old rows (scheduled in {@link SignInThrottleJobs}). */
@DisallowConcurrentExecution
class SignInPurgeJob implements Job {

    private static final Logger log = LoggerFactory.getLogger(SignInPurgeJob.class);

    private final SignInThrottling throttling;

    SignInPurgeJob(SignInThrottling throttling) {
        this.throttling = throttling;
    }

    @Override
    public void execute(JobExecutionContext context) {
        int purged = throttling.purge();
        log.debug("Purged {} old failed sign-ins and ended locks", purged);
    }
}
