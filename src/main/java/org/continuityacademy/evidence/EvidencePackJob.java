package org.continuityacademy.evidence;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/**
 * Thin: hands the pack id to the generator, which does nothing for a pack already finished, so a
 * recovered firing (the node died mid-way) simply generates the pack again. One pack at a time across
 * the cluster: generation is heavy, and a queue of packs is fine.
 */
@DisallowConcurrentExecution
class EvidencePackJob implements Job {

    static final String PACK_ID = "packId";

    private final EvidencePackGenerator generator;

    EvidencePackJob(EvidencePackGenerator generator) {
        this.generator = generator;
    }

    @Override
    public void execute(JobExecutionContext context) {
        generator.generate(Long.parseLong(context.getMergedJobDataMap().getString(PACK_ID)));
    }
}
