package org.continuityacademy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class ApplicationIT {

    @Autowired
    Flyway flyway;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Scheduler scheduler;
    @LocalServerPort
    int port;

    @Test
    void every_migration_is_applied_and_hibernate_accepted_the_schema() throws Exception {
        long migrationFiles;
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            migrationFiles = files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
        }
        assertThat(flyway.info().applied()).hasSize((int) migrationFiles);
        assertThat(flyway.info().pending()).isEmpty();
        // the context started with ddl-auto=validate, so every entity matched its table
        assertThat(jdbc.queryForObject("select count(*) from employee", Integer.class)).isGreaterThan(200);
    }

    @Test
    void the_database_is_mariadb() {
        assertThat(jdbc.queryForObject("select version()", String.class)).containsIgnoringCase("mariadb");
    }

    @Test
    void quartz_runs_on_the_clustered_jdbc_store() throws Exception {
        var metaData = scheduler.getMetaData();
        assertThat(metaData.isJobStoreSupportsPersistence()).isTrue();
        assertThat(metaData.isJobStoreClustered()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from QRTZ_SCHEDULER_STATE", Integer.class)).isPositive();
    }

    @Test
    void health_endpoint_is_open_and_reports_the_database() throws Exception {
        var response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"").contains("\"db\":{\"status\":\"UP\"");
    }

    @Test
    void module_images_are_not_served_to_anonymous_visitors() throws Exception {
        var response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/content-assets/1/recovery-timeline.svg")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isIn(302, 401, 403);
        assertThat(response.body()).doesNotContain("<svg");
    }

    @Test
    void session_cookie_is_http_only_and_same_site() throws Exception {
        var response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        var cookie = response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID")).findFirst().orElseThrow();
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
    }
}
