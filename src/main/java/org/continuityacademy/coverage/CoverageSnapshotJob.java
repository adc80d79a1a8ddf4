package org.continuityacademy.coverage;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** Takes the day's coverage snapshot if nobody has yet (scheduled in {@link CoverageJobs}), on one node at a time. */
@DisallowConcurrentExecution
class CoverageSnapshotJob implements Job {

    private final CoverageSnapshots snapshots;

    CoverageSnapshotJob(CoverageSnapshots snapshots) {
        this.snapshots = snapshots;
    }

    @Override
    public void execute(JobExecutionContext context) {
        snapshots.takeToday();
    }
}
