package org.continuityacademy.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.continuityacademy.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * V21's data statements (accounts for everyone already in HR's list) over the {@link ScaleData} organisation: 100,000
 * active employees without an account. Prints the time of each statement; runs in a transaction it rolls back, so the
 * scale data stays as it was. Asserts only the counts, never a time.
 * <pre>
 * ./mvn.sh verify -Pbenchmark -Dtest=AccountsMigrationBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
@IntegrationTest
@Tag("benchmark")
class AccountsMigrationBenchmark {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    org.quartz.Scheduler scheduler;

    @Test
    void opens_accounts_for_100000_employees() throws Exception {
        ScaleBenchmark.prepare(jdbc, scheduler);
        String text = new ClassPathResource("db/migration/V21__accounts_follow_the_directory.sql").getContentAsString(StandardCharsets.UTF_8);
        String data = String.join("\n", text.substring(text.indexOf("-- Data from here on")).lines()
                .filter(line -> !line.strip().startsWith("--")).toList());
        var statements = Arrays.stream(data.split(";\\s*\\n")).map(String::strip)
                .map(s -> s.endsWith(";") ? s.substring(0, s.length() - 1) : s).filter(s -> !s.isEmpty()).toList();

        transaction.executeWithoutResult(status -> {
            long total = System.nanoTime();
            for (String sql : statements) {
                long start = System.nanoTime();
                int rows = jdbc.update(sql);
                System.out.printf(Locale.ROOT, "[V21] %,8d ms %,9d rows  %s%n", (System.nanoTime() - start) / 1_000_000, rows,
                        sql.lines().findFirst().orElse(""));
            }
            System.out.printf(Locale.ROOT, "[V21] %,8d ms in all%n", (System.nanoTime() - total) / 1_000_000);
            assertThat(jdbc.queryForObject("""
                    select count(*) from account a join employee e on e.id = a.employee_id where e.employee_number like 'S%'
                    """, Long.class)).isGreaterThanOrEqualTo(100_000L);
            status.setRollbackOnly();
        });
    }
}
