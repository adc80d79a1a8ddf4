package org.continuityacademy.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;
import java.util.TimeZone;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.continuityacademy.IntegrationTest;
import org.continuityacademy.base.time.TestClock;
import org.continuityacademy.LoginForm;
import org.continuityacademy.SignedIn;
import org.continuityacademy.TestRecords;
import org.continuityacademy.continuity.AssignRole;
import org.continuityacademy.continuity.ContinuityRoles;
import org.continuityacademy.continuity.Position;
import org.continuityacademy.services.RequiredRole;
import org.continuityacademy.services.ServiceDraft;
import org.continuityacademy.services.ServiceRegister;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The REST API over real HTTP on the random port, with tokens made by the administrator. The world is
 * small and fresh for each test: a department of two, Ann (trained for the IT Recovery Lead role: its five
 * modules current, "all staff"'s itscm-for-everyone only assigned, one failed quiz attempt of it) and Bob
 * (nothing); a service Ann makes ready, and a service nobody holds.
 * <pre>
 * coverage   required  current
 * Ann        1 + 5     0 + 5
 * Bob        1         0
 * total      7         5  (71 %)   all staff 2 / 0, IT Recovery Lead 5 / 5
 * </pre>
 */
@IntegrationTest
class ApiIT {

    static final List<String> RECOVERY_LEAD_MODULES = org.continuityacademy.RoleModules.RECOVERY_LEAD;

    @LocalServerPort
    int port;
    @Autowired
    ApiTokens tokens;
    @Autowired
    ServiceRegister services;
    @Autowired
    ContinuityRoles roles;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock clock;
    @Autowired
    JsonMapper json;

    final HttpClient http = HttpClient.newHttpClient();
    TestRecords records;
    long ann;
    long bob;
    long department;
    long openAssignment;
    long readyService;
    long unheldService;
    /**
     * When Ann's records begin: a minute of 2001–2002 that is hers alone (from her id, which is new in every
     * test), so the xAPI feed from t0 on starts with her statements, whatever other tests recorded.
     */
    Instant t0;

    @BeforeEach
    void aSmallWorld() {
        records = new TestRecords(jdbc, clock);
        ann = records.employee("Ann", "Api", null);
        bob = records.employee("Bob", "Api", null);
        department = jdbc.sql("select nextval(department_seq)").query(Long.class).single();
        jdbc.sql("insert into department (id, name) values (?, ?)").params(department, "API " + department).update();
        jdbc.sql("update employee set department_id = ? where id in (?, ?)").params(department, ann, bob).update();
        t0 = Instant.parse("2001-01-01T00:00:00Z").plus(Duration.ofMinutes(ann));
        Instant now = clock.instant();
        // the first completion at t0 + 1 s, the failed attempt at t0 + 2 s, the others later
        records.completion(ann, RECOVERY_LEAD_MODULES.get(0), t0.plusSeconds(1), now.plus(Duration.ofDays(300)));
        for (int i = 1; i < RECOVERY_LEAD_MODULES.size(); i++) {
            records.completion(ann, RECOVERY_LEAD_MODULES.get(i), t0.plusSeconds(2L + i), now.plus(Duration.ofDays(300)));
        }
        openAssignment = records.assignment(ann, "itscm-for-everyone", now.minus(Duration.ofDays(2)), LocalDate.now(clock).plusDays(12));
        records.failedAttempt(ann, "itscm-for-everyone", openAssignment, 40, t0.plusSeconds(2));
        SignedIn.as(users, "continuity", () -> {
            readyService = services.create(new ServiceDraft("API ready " + System.nanoTime(), "Fixture", null, 1, 60, 15,
                    2 * 24 * 60, Set.of(new RequiredRole("it-recovery-lead", false)), Set.of())).id();
            unheldService = services.create(new ServiceDraft("API unheld " + System.nanoTime(), "Fixture", null, 3, 480, 15,
                    2 * 24 * 60, Set.of(new RequiredRole("service-owner", false)), Set.of())).id();
            roles.assign(new AssignRole(ann, "it-recovery-lead", readyService, Position.PRIMARY, "fixture", LocalDate.now(clock), null,
                    false));
            return null;
        });
    }

    // --- who may call -------------------------------------------------------------------------------

    @Test
    void a_request_without_a_token_is_refused_with_401_and_told_to_send_a_bearer_token() throws Exception {
        var response = get("/api/v1/services/readiness", null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertProblem(response, 401);
        assertThat(body(response).get("detail").asString()).contains("Authorization: Bearer");
    }

    @Test
    void a_signed_in_browser_session_is_no_key_to_the_api() throws Exception {
        // HR signs in through the login form, as a browser does, and may read the same figures in the UI
        var browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        var loginPage = browser.send(request("/login").GET().build(), HttpResponse.BodyHandlers.ofString());
        var signIn = browser.send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(LoginForm.body(loginPage.body(), "hr", "demo"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        assertThat(browser.send(request("/").GET().build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);

        var api = browser.send(request("/api/v1/coverage").GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(api.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));
    }

    @Test
    void an_unknown_token_and_another_scheme_are_refused_with_401() throws Exception {
        var unknown = get("/api/v1/services/readiness", "ca_" + UUID.randomUUID().toString().replace("-", ""));
        var basic = send(request("/api/v1/services/readiness").header("Authorization", "Basic YWRtaW46YWRtaW4=").build());

        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(unknown.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).contains("invalid_token"));
        assertProblem(unknown, 401);
        assertThat(basic.statusCode()).isEqualTo(401);
        assertProblem(basic, 401);
    }

    @Test
    void a_revoked_token_is_refused_with_401() throws Exception {
        var token = token(ApiScope.REPORTS);
        assertThat(get("/api/v1/services/readiness", token.token()).statusCode()).isEqualTo(200);

        SignedIn.as(users, "admin", () -> tokens.revoke(token.row().id()));

        var response = get("/api/v1/services/readiness", token.token());
        assertThat(response.statusCode()).isEqualTo(401);
        assertProblem(response, 401);
    }

    @Test
    void an_expired_token_is_refused_with_401() throws Exception {
        var token = token(ApiScope.REPORTS);
        // the token was made to expire in 30 days: move past that
        clock.advance(Duration.ofDays(31));

        var response = get("/api/v1/services/readiness", token.token());

        assertThat(response.statusCode()).isEqualTo(401);
        assertProblem(response, 401);
    }

    @Test
    void a_token_without_the_scope_is_refused_with_403_for_every_other_address() throws Exception {
        var reports = token(ApiScope.REPORTS);

        var xapi = get("/api/v1/xapi/statements", reports.token());
        var assignments = get("/api/v1/employees/" + ann + "/assignments", reports.token());
        var others = token(ApiScope.XAPI, ApiScope.TRAINING_RECORDS).token();
        var readiness = get("/api/v1/services/readiness", others);
        var coverage = get("/api/v1/coverage", others);

        for (var response : List.of(xapi, assignments, readiness, coverage)) {
            assertThat(response.statusCode()).isEqualTo(403);
            assertProblem(response, 403);
            assertThat(body(response).get("detail").asString()).contains("scope");
        }
    }

    @Test
    void a_token_without_the_scope_cannot_tell_an_existing_employee_from_an_unknown_one() throws Exception {
        var reports = token(ApiScope.REPORTS);

        var existing = get("/api/v1/employees/" + ann + "/completions", reports.token());
        var unknown = get("/api/v1/employees/999999999/completions", reports.token());

        assertThat(existing.statusCode()).isEqualTo(403);
        assertThat(unknown.statusCode()).isEqualTo(403);
        assertThat(withoutInstance(body(existing))).isEqualTo(withoutInstance(body(unknown)));
    }

    @Test
    void each_use_of_a_token_is_noted_at_most_once_a_minute() throws Exception {
        var token = token(ApiScope.REPORTS);
        assertThat(lastUsed(token)).isNull();

        get("/api/v1/services/readiness", token.token());
        Instant first = lastUsed(token);
        get("/api/v1/services/readiness", token.token());

        assertThat(first).isNotNull().isCloseTo(clock.instant(), org.assertj.core.api.Assertions.within(1, ChronoUnit.MINUTES));
        assertThat(lastUsed(token)).isEqualTo(first);
    }

    // --- what it answers ----------------------------------------------------------------------------

    @Test
    void readiness_shows_the_service_ann_makes_ready_and_the_one_nobody_holds() throws Exception {
        var response = get("/api/v1/services/readiness?size=500", token(ApiScope.REPORTS).token());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode page = body(response);
        assertThat(page.get("page").get("totalElements").asLong()).isGreaterThanOrEqualTo(2);
        JsonNode ready = item(page, "serviceId", readyService);
        assertThat(ready.get("state").asString()).isEqualTo("READY");
        assertThat(ready.get("tier").asInt()).isEqualTo(1);
        assertThat(ready.get("rtoMinutes").asInt()).isEqualTo(60);
        JsonNode lead = ready.get("roles").get(0);
        assertThat(lead.get("roleKey").asString()).isEqualTo("it-recovery-lead");
        assertThat(lead.get("primaryReady").asBoolean()).isTrue();
        JsonNode holder = lead.get("primary").get(0);
        assertThat(holder.get("employeeId").asLong()).isEqualTo(ann);
        assertThat(holder.get("name").asString()).isEqualTo("Ann Api");
        assertThat(holder.get("requiredModules").asInt()).isEqualTo(RECOVERY_LEAD_MODULES.size());
        assertThat(holder.get("currentModules").asInt()).isEqualTo(RECOVERY_LEAD_MODULES.size());
        JsonNode unheld = item(page, "serviceId", unheldService);
        assertThat(unheld.get("state").asString()).isEqualTo("NOT_READY");
        assertThat(unheld.get("roles").get(0).get("primary").size()).isZero();
    }

    @Test
    void coverage_of_the_department_is_as_counted_by_hand() throws Exception {
        var response = get("/api/v1/coverage?departmentId=" + department, token(ApiScope.REPORTS).token());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode report = body(response);
        // Ann: all staff's 3 + the recovery lead's 8, those 8 current; Bob: all staff's 3
        assertThat(report.get("overall").get("required").asLong()).isEqualTo(14);
        assertThat(report.get("overall").get("current").asLong()).isEqualTo(8);
        assertThat(report.get("overall").get("expiring").asLong()).isZero();
        assertThat(report.get("overall").get("percent").asInt()).isEqualTo(57);
        assertThat(report.get("overdueAssignments").asLong()).isZero();
        assertThat(report.get("byDepartment")).singleElement().satisfies(d -> {
            assertThat(d.get("key").asString()).isEqualTo(String.valueOf(department));
            assertThat(d.get("name").asString()).isEqualTo("API " + department);
            assertThat(d.get("required").asLong()).isEqualTo(14);
        });
        assertThat(report.get("byRole")).extracting(r -> r.get("key").asString() + " " + r.get("required").asLong() + "/"
                + r.get("current").asLong()).containsExactlyInAnyOrder("all-staff 6/0", "it-recovery-lead 8/8");
    }

    @Test
    void an_employees_assignments_and_completions_name_the_employee_and_page_through_the_records() throws Exception {
        var token = token(ApiScope.TRAINING_RECORDS).token();
        String number = jdbc.sql("select employee_number from employee where id = ?").param(ann).query(String.class).single();

        JsonNode assignments = body(get("/api/v1/employees/" + ann + "/assignments", token));
        JsonNode completions = body(get("/api/v1/employees/" + ann + "/completions?page=1&size=2", token));

        assertThat(assignments.get("employee").get("id").asLong()).isEqualTo(ann);
        assertThat(assignments.get("employee").get("employeeNumber").asString()).isEqualTo(number);
        assertThat(assignments.get("employee").get("email").asString()).isEqualTo("ann.api." + ann + "@example.com");
        assertThat(assignments.get("items")).singleElement().satisfies(a -> {
            assertThat(a.get("id").asLong()).isEqualTo(openAssignment);
            assertThat(a.get("moduleId").asString()).isEqualTo("itscm-for-everyone");
            assertThat(a.get("state").asString()).isEqualTo("ASSIGNED");
            assertThat(a.get("dueOn").asString()).isEqualTo(LocalDate.now(clock).plusDays(12).toString());
        });
        // one completion per module, oldest first: page 1 of size 2 holds the third and fourth
        assertThat(completions.get("page").get("totalElements").asLong()).isEqualTo(RECOVERY_LEAD_MODULES.size());
        assertThat(completions.get("page").get("totalPages").asLong()).isEqualTo((RECOVERY_LEAD_MODULES.size() + 1) / 2);
        assertThat(completions.get("items")).extracting(c -> c.get("moduleId").asString())
                .containsExactly(RECOVERY_LEAD_MODULES.get(2), RECOVERY_LEAD_MODULES.get(3));
        assertThat(completions.get("items").get(0).get("score").asInt()).isEqualTo(90);
        assertThat(completions.get("items").get(0).get("current").asBoolean()).isTrue();
        assertThat(Instant.parse(completions.get("items").get(0).get("completedAt").asString())).isEqualTo(t0.plusSeconds(4));
    }

    @Test
    void a_page_size_above_500_is_cut_to_500() throws Exception {
        JsonNode page = body(get("/api/v1/employees/" + ann + "/completions?size=10000", token(ApiScope.TRAINING_RECORDS).token()));

        assertThat(page.get("page").get("size").asInt()).isEqualTo(500);
        assertThat(page.get("items").size()).isEqualTo(RECOVERY_LEAD_MODULES.size());
    }

    @Test
    void malformed_parameters_are_400_problems_naming_the_parameter() throws Exception {
        var training = token(ApiScope.TRAINING_RECORDS, ApiScope.XAPI).token();

        assertBadParameter(get("/api/v1/employees/" + ann + "/completions?page=-1", training), "page");
        assertBadParameter(get("/api/v1/employees/" + ann + "/completions?size=abc", training), "size");
        assertBadParameter(get("/api/v1/employees/" + ann + "/completions?size=0", training), "size");
        assertBadParameter(get("/api/v1/employees/abc/completions", training), "id");
        assertBadParameter(get("/api/v1/xapi/statements?since=yesterday", training), "since");
        assertBadParameter(get("/api/v1/coverage?departmentId=finance", token(ApiScope.REPORTS).token()), "departmentId");
    }

    @Test
    void an_unknown_employee_is_404_without_saying_more() throws Exception {
        var response = get("/api/v1/employees/999999999/assignments", token(ApiScope.TRAINING_RECORDS).token());

        assertThat(response.statusCode()).isEqualTo(404);
        assertProblem(response, 404);
        assertThat(body(response).get("detail").asString()).isEqualTo("There is no employee with this id.");
    }

    @Test
    void unknown_addresses_are_404_and_writes_are_405_as_problems() throws Exception {
        var token = token(ApiScope.REPORTS).token();

        var unknown = get("/api/v1/nothing-here", token);
        var post = send(request("/api/v1/services/readiness").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build());

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertProblem(unknown, 404);
        assertThat(post.statusCode()).isEqualTo(405);
        assertProblem(post, 405);
    }

    @Test
    void completions_and_failed_attempts_are_xapi_statements_in_time_order() throws Exception {
        String since = URLEncoder.encode(t0.toString(), StandardCharsets.UTF_8);
        var response = get("/api/v1/xapi/statements?size=3&since=" + since, token(ApiScope.XAPI).token());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("X-Experience-API-Version")).hasValue("1.0.3");
        JsonNode result = body(response);
        JsonNode statements = result.get("statements");
        assertThat(statements).extracting(s -> s.get("verb").get("id").asString()).containsExactly(
                "http://adlnet.gov/expapi/verbs/passed", "http://adlnet.gov/expapi/verbs/completed",
                "http://adlnet.gov/expapi/verbs/failed");

        JsonNode passed = statements.get(0);
        assertThat(UUID.fromString(passed.get("id").asString())).isNotNull();
        assertThat(passed.get("actor").get("objectType").asString()).isEqualTo("Agent");
        assertThat(passed.get("actor").get("name").asString()).isEqualTo("Ann Api");
        assertThat(passed.get("actor").get("mbox").asString()).isEqualTo("mailto:ann.api." + ann + "@example.com");
        assertThat(passed.get("verb").get("display").get("en-US").asString()).isEqualTo("passed");
        assertThat(passed.get("object").get("objectType").asString()).isEqualTo("Activity");
        assertThat(passed.get("object").get("id").asString()).endsWith("/learn/" + RECOVERY_LEAD_MODULES.get(0) + "/quiz")
                .startsWith("http");
        assertThat(passed.get("object").get("definition").get("type").asString())
                .isEqualTo("http://adlnet.gov/expapi/activities/assessment");
        assertThat(passed.get("object").get("definition").get("name").get("en-US").asString()).isNotBlank();
        assertThat(passed.get("result").get("score").get("raw").asInt()).isEqualTo(90);
        assertThat(passed.get("result").get("score").get("scaled").asDouble()).isEqualTo(0.9);
        assertThat(passed.get("result").get("score").get("min").asInt()).isZero();
        assertThat(passed.get("result").get("score").get("max").asInt()).isEqualTo(100);
        assertThat(passed.get("result").get("success").asBoolean()).isTrue();
        assertThat(passed.get("result").get("completion").asBoolean()).isTrue();
        assertThat(Instant.parse(passed.get("timestamp").asString())).isEqualTo(t0.plusSeconds(1));
        assertThat(passed.get("context").get("extensions").properties()).singleElement()
                .satisfies(e -> assertThat(e.getValue().asString()).matches("\\d+\\.\\d+\\.\\d+"));

        JsonNode completed = statements.get(1);
        assertThat(completed.get("object").get("id").asString()).endsWith("/learn/" + RECOVERY_LEAD_MODULES.get(0));
        assertThat(completed.get("object").get("definition").get("type").asString())
                .isEqualTo("http://adlnet.gov/expapi/activities/course");
        assertThat(completed.get("id").asString()).isNotEqualTo(passed.get("id").asString());

        JsonNode failed = statements.get(2);
        assertThat(failed.get("object").get("id").asString()).endsWith("/learn/itscm-for-everyone/quiz");
        assertThat(failed.get("result").get("success").asBoolean()).isFalse();
        assertThat(failed.get("result").get("score").get("raw").asInt()).isEqualTo(40);
        assertThat(failed.get("result").get("score").get("scaled").asDouble()).isEqualTo(0.4);
    }

    @Test
    void the_xapi_feed_pages_with_a_more_link_and_gives_the_same_ids_every_time() throws Exception {
        var token = token(ApiScope.XAPI).token();
        String first = "/api/v1/xapi/statements?size=2&since=" + URLEncoder.encode(t0.toString(), StandardCharsets.UTF_8);

        JsonNode page0 = body(get(first, token));
        String more = page0.get("more").asString();
        JsonNode page1 = body(get(more, token));
        JsonNode again = body(get(first, token));

        assertThat(more).startsWith("/api/v1/xapi/statements?page=1&size=2&since=");
        assertThat(page0.get("statements").size()).isEqualTo(2);
        // page 1: the failed attempt (t0 + 2 s), then the second completion's "passed" (t0 + 3 s)
        assertThat(page1.get("statements")).extracting(s -> s.get("verb").get("display").get("en-US").asString())
                .containsExactly("failed", "passed");
        assertThat(ids(again)).isEqualTo(ids(page0));
        assertThat(ids(page1)).doesNotContainAnyElementsOf(ids(page0));
    }

    @Test
    void the_openapi_document_is_public_and_lists_the_api() throws Exception {
        var response = get("/v3/api-docs", null);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode document = body(response);
        assertThat(document.get("openapi").asString()).startsWith("3.");
        assertThat(document.get("paths").propertyNames()).contains("/api/v1/coverage", "/api/v1/services/readiness",
                "/api/v1/employees/{id}/assignments", "/api/v1/employees/{id}/completions", "/api/v1/xapi/statements");
        assertThat(document.get("paths").propertyNames()).allMatch(path -> path.startsWith("/api/v1/"));
        assertThat(document.get("components").get("securitySchemes").get("api-token").get("scheme").asString())
                .isEqualTo("bearer");
        var yaml = get("/v3/api-docs.yaml", null);
        assertThat(yaml.statusCode()).isEqualTo(200);
        assertThat(yaml.body()).contains("/api/v1/xapi/statements:");
    }

    // --- helpers ------------------------------------------------------------------------------------

    private NewApiToken token(ApiScope... scopes) {
        return SignedIn.as(users, "admin", () -> tokens.create("API test " + System.nanoTime(),
                EnumSet.copyOf(List.of(scopes)), LocalDate.now(clock).plusDays(30)));
    }

    private Instant lastUsed(NewApiToken token) {
        return jdbc.sql("select last_used_at from api_token where id = ?").param(token.row().id())
                // the column holds UTC: read it with a UTC calendar, or the JVM's own zone would shift it
                .query((rs, n) -> java.util.Optional.ofNullable(rs.getTimestamp(1, Calendar.getInstance(TimeZone.getTimeZone("UTC"))))
                        .map(Timestamp::toInstant)).single().orElse(null);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(30));
    }

    private HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        var request = request(path).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build());
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode body(HttpResponse<String> response) {
        return json.readTree(response.body());
    }

    private void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = body(response);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("detail").asString()).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception", "at org.", "at java.");
    }

    private void assertBadParameter(HttpResponse<String> response, String parameter) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertProblem(response, 400);
        JsonNode problem = body(response);
        assertThat(problem.get("detail").asString()).contains("'" + parameter + "'");
        assertThat(problem.get("invalid-params").get(0).get("name").asString()).isEqualTo(parameter);
    }

    private static JsonNode item(JsonNode page, String idField, long id) {
        for (JsonNode item : page.get("items")) {
            if (item.get(idField).asLong() == id) {
                return item;
            }
        }
        throw new AssertionError("no item with " + idField + " " + id + " in " + page);
    }

    private static JsonNode withoutInstance(JsonNode problem) {
        var copy = problem.deepCopy();
        ((tools.jackson.databind.node.ObjectNode) copy).remove("instance");
        return copy;
    }

    private static List<String> ids(JsonNode result) {
        var ids = new ArrayList<String>();
        result.get("statements").forEach(s -> ids.add(s.get("id").asString()));
        return ids;
    }
}
