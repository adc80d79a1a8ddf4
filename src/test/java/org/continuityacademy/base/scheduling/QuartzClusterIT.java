package org.continuityacademy.base.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.continuityacademy.Application;
import org.continuityacademy.directory.TestOrganisation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobExecutionContext;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.TriggerBuilder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Two app nodes (two Spring contexts) on one database form a Quartz cluster: a one-shot job fires
 * exactly once, on whichever node takes it.
 */
@Order(Integer.MAX_VALUE)
class QuartzClusterIT {

    static final Map<String, List<String>> FIRINGS = new ConcurrentHashMap<>();

    static ConfigurableApplicationContext nodeA;
    static ConfigurableApplicationContext nodeB;
    static SecurityContextHolderStrategy securityStrategy;

    @BeforeAll
    static void startTwoNodes() {
        // each context installs its own JVM-wide strategy; the shared test context needs its own back
        securityStrategy = SecurityContextHolder.getContextHolderStrategy();
        nodeA = node("node-a");
        nodeB = node("node-b");
    }

    @AfterAll
    static void stopNodes() {
        if (nodeA != null) {
            nodeA.close();
        }
        if (nodeB != null) {
            nodeB.close();
        }
        SecurityContextHolder.setContextHolderStrategy(securityStrategy);
    }

    static ConfigurableApplicationContext node(String id) {
        // per-node settings go in as arguments: builder properties would only be defaults
        // with the demo company, like the other tests' context, whichever starts first on a new database
        return new SpringApplicationBuilder(Application.class, TestOrganisation.class).run(
                "--server.port=0",
                "--spring.quartz.properties.org.quartz.scheduler.instanceId=" + id,
                "--spring.quartz.properties.org.quartz.jobStore.clusterCheckinInterval=2000");
    }

    @Test
    void each_one_shot_job_fires_exactly_once_across_the_cluster() throws Exception {
        Scheduler a = nodeA.getBean(Scheduler.class);
        Scheduler b = nodeB.getBean(Scheduler.class);
        assertThat(a.getMetaData().isJobStoreClustered()).isTrue();
        assertThat(a.getSchedulerName()).isEqualTo(b.getSchedulerName());
        assertThat(a.getSchedulerInstanceId()).isNotEqualTo(b.getSchedulerInstanceId());

        String run = "cluster-probe-" + System.nanoTime();
        List<String> jobs = IntStream.range(0, 10).mapToObj(i -> run + "-" + i).toList();
        Date fireAt = Date.from(Instant.now().plusSeconds(3));
        for (int i = 0; i < jobs.size(); i++) {
            // scheduled from both nodes alike: the store is shared
            schedule(i % 2 == 0 ? a : b, jobs.get(i), fireAt);
        }

        await("every job fired").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> jobs.stream().allMatch(FIRINGS::containsKey));
        // and for 5 s more (two cluster check-ins and then some) no job fires a second time on either node
        await("no second firing").during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> {
                    for (String job : jobs) {
                        assertThat(FIRINGS.get(job)).as("firings of %s", job).hasSize(1);
                    }
                });
        assertThat(a.checkExists(org.quartz.JobKey.jobKey(jobs.getFirst(), "test"))).isFalse();
    }

    private static void schedule(Scheduler scheduler, String name, Date at) throws SchedulerException {
        var job = JobBuilder.newJob(ProbeJob.class).withIdentity(name, "test").usingJobData("name", name).build();
        var trigger = TriggerBuilder.newTrigger().withIdentity(name, "test").startAt(at).build();
        scheduler.scheduleJob(job, trigger);
    }

    /** Records which scheduler instance ran it. */
    public static class ProbeJob implements Job {

        @Override
        public void execute(JobExecutionContext context) {
            try {
                String name = context.getMergedJobDataMap().getString("name");
                FIRINGS.computeIfAbsent(name, n -> new CopyOnWriteArrayList<>())
                        .add(context.getScheduler().getSchedulerInstanceId());
            } catch (SchedulerException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
