package org.continuityacademy.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import org.continuityacademy.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Only makes the {@link ScaleData} organisation (and prints its row counts and the time of each step): into the
 * embedded test database by default (new for each Maven run), or into the MariaDB server in {@code DB_URL}, where
 * it stays for the app or later benchmark runs.
 * <pre>
 * ./mvn.sh verify -Pbenchmark -Dtest=GenerateScaleDataBenchmark -Dsurefire.failIfNoSpecifiedTests=false [-Dscale.seed=…]
 * DB_URL=jdbc:mariadb://localhost:3307/academy DB_USER=… DB_PASSWORD=… ./mvn.sh verify -Pbenchmark -Dtest=GenerateScaleDataBenchmark …
 * </pre>
 */
@IntegrationTest
@Tag("benchmark")
class GenerateScaleDataBenchmark {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.quartz.Scheduler scheduler;

    @Test
    void generate() throws Exception {
        ScaleData data = ScaleBenchmark.prepare(jdbc, scheduler);
        var counts = data.counts();
        assertThat(counts.get("employee")).isGreaterThanOrEqualTo(ScaleData.EMPLOYEES);
        assertThat(counts.get("training_assignment") + counts.get("training_completion")).isGreaterThanOrEqualTo(1_000_000);
    }
}
