package org.continuityacademy.faults;

import java.time.Instant;
import java.util.Properties;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.StdSchedulerFactory;

/**
 * Asks the app's cluster for work the way the app itself does, through the shared Quartz job store: a scheduler in the
 * test JVM that is never started (it runs no jobs and never joins the cluster), so its triggers are fired by the app
 * nodes. "Run now" of a campaign is the trigger {@code CampaignScheduler.runNow} makes.
 */
final class QuartzClient implements AutoCloseable {

    private final Scheduler scheduler;

    QuartzClient(MariaDbServer database) throws SchedulerException {
        var properties = new Properties();
        properties.put("org.quartz.scheduler.instanceName", "continuity-academy");
        properties.put("org.quartz.scheduler.instanceId", "faults-test-client");
        properties.put("org.quartz.threadPool.threadCount", "1");
        properties.put("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
        properties.put("org.quartz.jobStore.driverDelegateClass", "org.quartz.impl.jdbcjobstore.StdJDBCDelegate");
        properties.put("org.quartz.jobStore.tablePrefix", "QRTZ_");
        properties.put("org.quartz.jobStore.useProperties", "true");
        properties.put("org.quartz.jobStore.isClustered", "true");
        properties.put("org.quartz.jobStore.dataSource", "app");
        properties.put("org.quartz.dataSource.app.provider", "hikaricp");
        properties.put("org.quartz.dataSource.app.driver", "org.mariadb.jdbc.Driver");
        properties.put("org.quartz.dataSource.app.URL", database.jdbcUrl());
        properties.put("org.quartz.dataSource.app.user", database.user());
        properties.put("org.quartz.dataSource.app.password", database.password());
        properties.put("org.quartz.dataSource.app.maxConnections", "2");
        scheduler = new StdSchedulerFactory(properties).getScheduler();
    }

    /** What "Run now" on the campaign's page does: a launch for {@code fireTime}, fired at once by a node. */
    void runCampaignNow(long campaignId, Instant fireTime) throws SchedulerException {
        scheduler.scheduleJob(TriggerBuilder.newTrigger()
                .withIdentity(TriggerKey.triggerKey("campaign-" + campaignId + "-now-" + fireTime.toEpochMilli(), "campaigns"))
                .forJob(JobKey.jobKey("campaign-launch", "campaigns"))
                .usingJobData("campaignId", String.valueOf(campaignId))
                .usingJobData("triggeredBy", "fault test")
                .usingJobData("fireTime", fireTime.toString())
                .startNow()
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                .build());
    }

    /** Fires a stored job once now (the reminder sweep, say) on whichever node takes it. */
    void fireNow(String job, String group) throws SchedulerException {
        scheduler.triggerJob(JobKey.jobKey(job, group));
    }

    @Override
    public void close() throws SchedulerException {
        scheduler.shutdown(false);
    }
}
