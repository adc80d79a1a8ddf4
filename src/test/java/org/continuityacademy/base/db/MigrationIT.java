package org.continuityacademy.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.util.UUID;
import javax.sql.DataSource;
import org.continuityacademy.IntegrationTest;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The migrations build the whole schema in an empty database of the same server. */
@IntegrationTest
class MigrationIT {

    @Autowired
    DataSource dataSource;

    @Test
    void flyway_migrates_an_empty_database() throws Exception {
        var jdbc = new JdbcTemplate(dataSource);
        String schema = "ca_empty_" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.execute("create database " + schema + " character set utf8mb4 collate utf8mb4_unicode_ci");
        try (var empty = new HikariDataSource()) {
            var hikari = (HikariDataSource) dataSource;
            empty.setJdbcUrl(hikari.getJdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + schema + "$1"));
            empty.setUsername(hikari.getUsername());
            empty.setPassword(hikari.getPassword());

            var result = Flyway.configure().dataSource(empty).locations("classpath:db/migration").load().migrate();

            assertThat(result.success).isTrue();
            assertThat(result.migrationsExecuted).isGreaterThanOrEqualTo(3);
            var tables = new JdbcTemplate(empty).queryForList(
                    "select table_name from information_schema.tables where table_schema = ?", String.class, schema);
            assertThat(tables).contains("employee", "department", "account", "account_role", "QRTZ_TRIGGERS",
                    "QRTZ_LOCKS", "event_publication");
        } finally {
            jdbc.execute("drop database " + schema);
        }
    }
}
