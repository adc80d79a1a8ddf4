package org.continuityacademy.api;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.LocalDate;
import java.util.EnumSet;
import org.continuityacademy.IntegrationTest;
import org.continuityacademy.RawHttp;
import org.continuityacademy.SignedIn;
import org.continuityacademy.base.time.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the HTTP probe of issue #16 found under {@code /api}, over real HTTP: every error is a problem detail
 * ({@code application/problem+json}) with the right status, whether Spring MVC, Spring Security's firewall or Tomcat
 * itself answers, and a client's mistake is never logged as an error. The OpenAPI document names {@code BASE_URL} as its
 * server, whatever Host header the request had.
 */
@IntegrationTest
class ApiProblemsIT {

    @LocalServerPort
    int port;
    @Value("${academy.base-url}")
    String baseUrl;
    @Autowired
    ApiTokens tokens;
    @Autowired
    UserDetailsService users;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;

    RawHttp http;
    String bearer;
    final ListAppender<ILoggingEvent> log = new ListAppender<>();

    @BeforeEach
    void setUp() {
        http = new RawHttp(port);
        bearer = "Authorization: Bearer " + SignedIn.as(users, "admin", () -> tokens.create("Probe " + System.nanoTime(),
                EnumSet.allOf(ApiScope.class), LocalDate.now(clock).plusDays(30))).token();
        log.start();
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(log);
    }

    @AfterEach
    void nothingLoggedAsAnError() {
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(log);
        assertThat(log.list).filteredOn(e -> e.getLevel().isGreaterOrEqual(Level.ERROR))
                .as("a client's mistake is not logged as an error").isEmpty();
    }

    @Test
    void a_page_beyond_what_the_database_counts_is_400_naming_the_parameter() {
        long employee = jdbc.sql("select min(id) from employee").query(Long.class).single();
        for (String list : new String[] {"assignments", "completions"}) {
            var answer = http.get("/api/v1/employees/" + employee + "/" + list + "?page=2147483647", bearer);

            JsonNode problem = problem(answer, 400);
            assertThat(problem.get("detail").asString()).contains("'page'").contains("2147483647");
            assertThat(problem.get("invalid-params").get(0).get("name").asString()).isEqualTo("page");
        }
        // the last page that fits is simply empty
        var last = http.get("/api/v1/employees/" + employee + "/assignments?page=" + (Integer.MAX_VALUE / 500) + "&size=500",
                bearer);
        assertThat(last.status()).isEqualTo(200);
        assertThat(json.readTree(last.body()).get("items").size()).isZero();
        // as is a page far out on a list counted in longs
        assertThat(http.get("/api/v1/services/readiness?page=2147483647", bearer).status()).isIn(200, 400);
    }

    @Test
    void an_accept_header_the_api_cannot_answer_is_406() {
        for (String accept : new String[] {"text/html", "application/xml", "image/png"}) {
            var answer = http.get("/api/v1/services/readiness", bearer, "Accept: " + accept);

            assertThat(answer.status()).as(accept).isEqualTo(406);
            assertThat(answer.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(answer.body()).contains("application/json");
        }
        // JSON, problem+json and anything are answered
        assertThat(http.get("/api/v1/services/readiness", bearer, "Accept: application/json").status()).isEqualTo(200);
        assertThat(http.get("/api/v1/services/readiness", bearer, "Accept: */*").status()).isEqualTo(200);
    }

    @Test
    void addresses_the_server_refuses_are_problem_details_not_html_or_the_sign_in_page() {
        String longQuery = "/api/v1/services/readiness?q=" + "x".repeat(9 * 1024);
        problem(http.get(longQuery, bearer), 400);
        problem(http.get("/api/v1/services/readiness%00", bearer), 400);
        problem(http.get("/api/v1/services/readiness?size=%00", bearer), 400);
        problem(http.get("/api/v1/../v1/services/readiness", bearer), 400);
        problem(http.get("/api/v1//services/readiness", bearer), 400);
        problem(http.get("/api/v1/services;x=1/readiness", bearer), 400);
        problem(http.get("/api/v1/services/%2e%2e/readiness", bearer), 400);
        problem(http.get("/api/v1/services/readiness?size=abc", bearer), 400);
        // without a token, too: the firewall answers before anyone is asked for one
        problem(http.get("/api/v1//services/readiness"), 400);
    }

    @Test
    void trace_and_writes_are_405_problem_details() {
        var trace = http.send("TRACE", "/api/v1/services/readiness", bearer);
        problem(trace, 405);
        assertThat(trace.body()).doesNotContain(bearer.substring("Authorization: Bearer ".length()));
        problem(http.send("POST", "/api/v1/services/readiness", bearer, "Content-Length: 0"), 405);
        problem(http.send("DELETE", "/api/v1/services/readiness", bearer), 405);
    }

    @Test
    void the_openapi_document_names_base_url_as_its_server_whatever_the_host_header() {
        var answer = http.get("/v3/api-docs", "Host: evil.example", "Accept: application/json");

        assertThat(answer.status()).isEqualTo(200);
        JsonNode servers = json.readTree(answer.body()).get("servers");
        assertThat(servers.size()).isEqualTo(1);
        assertThat(servers.get(0).get("url").asString()).isEqualTo(baseUrl);
        assertThat(answer.body()).doesNotContain("evil.example");
    }

    private JsonNode problem(RawHttp.Answer answer, int status) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(answer.header("Location")).isEmpty();
        JsonNode problem = json.readTree(answer.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("detail").asString()).isNotBlank();
        return problem;
    }
}
