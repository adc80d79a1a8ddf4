package org.continuityacademy;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteAccessDeniedError;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.continuityacademy.api.ApiScope;
import org.continuityacademy.api.ApiTokens;
import org.continuityacademy.base.time.TestClock;
import org.continuityacademy.base.ui.NotFoundView;
import org.continuityacademy.continuity.AssignRole;
import org.continuityacademy.continuity.ContinuityRoles;
import org.continuityacademy.continuity.Position;
import org.continuityacademy.evidence.EvidencePacks;
import org.continuityacademy.evidence.PackStatus;
import org.continuityacademy.directory.TestAccounts;
import org.continuityacademy.security.AppRole;
import org.continuityacademy.security.ui.LoginView;
import org.continuityacademy.services.RequiredRole;
import org.continuityacademy.services.ServiceDraft;
import org.continuityacademy.services.ServiceRegister;
import org.continuityacademy.training.TrainingRecords;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import jakarta.servlet.Filter;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Who gets what at every address of the app, in {@linkplain #TABLE one table}: each Vaadin route, each HTTP mapping and
 * each address a security filter answers itself, found in the running application (Vaadin's route registry, which the
 * browserless tools fill by scanning for {@code @Route}; every Spring MVC handler mapping, the app's controllers,
 * springdoc's and Actuator's included; the path matchers of the filters in the security filter chains: sign-in and
 * sign-out, codes, passkeys, single sign-on), for nobody signed in, a person of each app role and an API token of each
 * scope. A route or endpoint that the table does not list, or a row for one that no longer exists, fails the build; so
 * does a security filter the test does not know, and any answer other than the table's.
 * <p>
 * The checks are the real ones: a route is opened with Vaadin's navigation (browserless, as the person), so
 * Vaadin's access control and the view's own checks decide; an HTTP address is requested over HTTP on the random port,
 * as a browser would (a session from the login form) or as an API client would (a bearer token), so the security
 * filter chains and the services' method security decide. Tokens are not a way into the browser views: their column
 * for a route is the answer to a GET of the route's address with the token.
 * <p>
 * Two-step sign-in is off in the shared test context ({@code academy.security.second-factor-roles=}): HR and the
 * administrator reach their views with a password here. With it on, both are first sent to the second-factor page
 * ({@code SecondFactorBrowserIT}).
 * <p>
 * The demo-only "Sent mail" view is registered at start-up only with the {@code demo} profile, so it is not here.
 * Static files (the front-end bundle, {@code /js/passkeys.js}) and Vaadin's own requests (UIDL, heartbeat, push) are
 * not rows: they carry no data of their own, and Vaadin checks every navigation they lead to as above.
 */
@IntegrationTest
class AccessMatrixIT extends SpringBrowserlessTest {

    /**
     * The callers, in the table's column order: nobody signed in; a person for each app role, who holds that role and
     * Learner (every employee's account has it) and no other; an API token of each scope.
     */
    enum Caller {
        ANONYMOUS(null, null), LEARNER(AppRole.LEARNER, null), MANAGER(AppRole.MANAGER, null), HR(AppRole.HR, null),
        CONTINUITY(AppRole.CONTINUITY_MANAGER, null), ADMIN(AppRole.ADMIN, null), REPORTS(null, ApiScope.REPORTS),
        RECORDS(null, ApiScope.TRAINING_RECORDS), XAPI(null, ApiScope.XAPI);

        final AppRole role;
        final ApiScope scope;

        Caller(AppRole role, ApiScope scope) {
            this.role = role;
            this.scope = scope;
        }

        boolean person() {
            return role != null;
        }

        String username() {
            return people.get(this);
        }
    }

    /**
     * The person of each role column, by user name: people made for this test (outside the demo company, which other
     * tests count on), each with that one role besides Learner; the learner reports to the manager.
     */
    static final Map<Caller, String> people = new EnumMap<>(Caller.class);
    static final String PASSWORD = "demo";

    /**
     * What a caller gets.
     * <ul>
     * <li>{@code OK}: the view opens; HTTP 2xx (after any redirect other than to the sign-in).</li>
     * <li>{@code DENY}: refused by an access rule. A view: Vaadin's access control refuses (the person sees the
     * not-found page, which does not tell which admin pages exist); HTTP: 403.</li>
     * <li>{@code LOGIN}: asked to sign in. A view: the login view; a browser address: a redirect to {@code /login}; the
     * API: 401 with {@code WWW-Authenticate: Bearer}.</li>
     * <li>{@code GONE}: not found. Access was granted, and the view or endpoint says there is nothing for this caller
     * there (a campaign editor's "new" page for HR, who only reads; a module nobody assigned); HTTP 404.</li>
     * <li>{@code HOME}: sent to the first page (a sign-in step opened by someone already signed in).</li>
     * <li>{@code BAD}: HTTP 400. Access was granted, and the endpoint refused the empty request (a passkey ceremony's
     * step without its data).</li>
     * <li>{@code AWAY}: a redirect out of the app (the start of single sign-on, to the identity provider).</li>
     * <li>{@code FAILED}: a sign-in step that the empty request does not complete: the passkey sign-in's HTTP 401, single
     * sign-on's redirect to the page that says it failed.</li>
     * </ul>
     */
    enum Outcome { OK, DENY, LOGIN, GONE, HOME, BAD, AWAY, FAILED }

    /**
     * The one table. A row is {@code view <route template>} (a leading "/" added) or {@code <HTTP method> <path
     * pattern>} ({@code ANY} for a mapping of every method, requested with GET). Columns: anonymous; the app roles
     * Learner, Manager, HR, Continuity manager and Administrator (a person with that role and Learner only, see
     * {@link #people}); API tokens of the scopes reports, training-records and xapi. Parameters take the values of
     * {@link #examples}.
     */
    static final String TABLE = """
            # address                                   anon   learner manager hr     contin admin  reports records xapi
            view /                                      LOGIN  OK      OK      OK     OK     OK     LOGIN   LOGIN   LOGIN
            view /admin/accounts                        LOGIN  DENY    DENY    DENY   DENY   OK     LOGIN   LOGIN   LOGIN
            view /admin/api-tokens                      LOGIN  DENY    DENY    DENY   DENY   OK     LOGIN   LOGIN   LOGIN
            view /admin/outbox                          LOGIN  DENY    DENY    DENY   DENY   OK     LOGIN   LOGIN   LOGIN
            view /admin/audit                           LOGIN  DENY    DENY    DENY   DENY   OK     LOGIN   LOGIN   LOGIN
            view /campaigns                             LOGIN  DENY    DENY    OK     OK     DENY   LOGIN   LOGIN   LOGIN
            view /campaigns/:campaignId                 LOGIN  DENY    DENY    GONE   OK     DENY   LOGIN   LOGIN   LOGIN
            view /catalogue                             LOGIN  DENY    DENY    OK     OK     DENY   LOGIN   LOGIN   LOGIN
            view /catalogue/:moduleId                   LOGIN  DENY    DENY    OK     OK     DENY   LOGIN   LOGIN   LOGIN
            view /change-password                       LOGIN  OK      OK      OK     OK     OK     LOGIN   LOGIN   LOGIN
            view /dashboard                             LOGIN  DENY    OK      OK     OK     DENY   LOGIN   LOGIN   LOGIN
            view /employees                             LOGIN  DENY    DENY    OK     OK     OK     LOGIN   LOGIN   LOGIN
            view /employees/:employeeId                 LOGIN  DENY    DENY    OK     OK     OK     LOGIN   LOGIN   LOGIN
            view /employees/import                      LOGIN  DENY    DENY    OK     DENY   DENY   LOGIN   LOGIN   LOGIN
            view /evidence-packs                        LOGIN  DENY    DENY    OK     OK     DENY   LOGIN   LOGIN   LOGIN
            view /forgot-password                       OK     OK      OK      OK     OK     OK     OK      OK      OK
            view /learn/:moduleId                       LOGIN  OK      OK      OK     OK     OK     LOGIN   LOGIN   LOGIN
            view /learn/:moduleId/quiz                  LOGIN  OK      OK      OK     OK     OK     LOGIN   LOGIN   LOGIN
            view /login                                 OK     HOME    HOME    HOME   HOME   HOME   OK      OK      OK
            view /my-team                               LOGIN  DENY    OK      DENY   DENY   DENY   LOGIN   LOGIN   LOGIN
            view /notifications                         LOGIN  OK      OK      OK     OK     OK     LOGIN   LOGIN   LOGIN
            view /organisation-facts                    LOGIN  DENY    DENY    DENY   OK     OK     LOGIN   LOGIN   LOGIN
            view /readiness                             LOGIN  DENY    OK      OK     OK     DENY   LOGIN   LOGIN   LOGIN
            view /second-factor                         LOGIN  HOME    HOME    HOME   HOME   HOME   LOGIN   LOGIN   LOGIN
            view /services                              LOGIN  DENY    DENY    OK     OK     DENY   LOGIN   LOGIN   LOGIN
            view /services/:serviceId/roles             LOGIN  DENY    OK      OK     OK     DENY   LOGIN   LOGIN   LOGIN
            view /set-password                          OK     OK      OK      OK     OK     OK     OK      OK      OK
            view /settings                              LOGIN  DENY    DENY    DENY   DENY   OK     LOGIN   LOGIN   LOGIN
            view /sign-in-problem                       OK     OK      OK      OK     OK     OK     OK      OK      OK
            view /training/assign                       LOGIN  DENY    DENY    OK     OK     DENY   LOGIN   LOGIN   LOGIN
            view /vacancies                             LOGIN  DENY    DENY    DENY   OK     DENY   LOGIN   LOGIN   LOGIN
            view /verify/:code?                         OK     OK      OK      OK     OK     OK     OK      OK      OK
            GET  /certificates/{completionId}           LOGIN  OK      DENY    OK     OK     OK     LOGIN   LOGIN   LOGIN
            GET  /content-assets/{versionId}/{name:.+}  LOGIN  OK      OK      OK     OK     OK     LOGIN   LOGIN   LOGIN
            GET  /evidence-packs/{id}/pdf               LOGIN  DENY    DENY    OK     OK     DENY   LOGIN   LOGIN   LOGIN
            GET  /evidence-packs/{id}/csv               LOGIN  DENY    DENY    OK     OK     DENY   LOGIN   LOGIN   LOGIN
            GET  /api/v1/coverage                       LOGIN  LOGIN   LOGIN   LOGIN  LOGIN  LOGIN  OK      DENY    DENY
            GET  /api/v1/services/readiness             LOGIN  LOGIN   LOGIN   LOGIN  LOGIN  LOGIN  OK      DENY    DENY
            GET  /api/v1/employees/{id}/assignments     LOGIN  LOGIN   LOGIN   LOGIN  LOGIN  LOGIN  DENY    OK      DENY
            GET  /api/v1/employees/{id}/completions     LOGIN  LOGIN   LOGIN   LOGIN  LOGIN  LOGIN  DENY    OK      DENY
            GET  /api/v1/xapi/statements                LOGIN  LOGIN   LOGIN   LOGIN  LOGIN  LOGIN  DENY    DENY    OK
            ANY  /api/v1/**                             LOGIN  LOGIN   LOGIN   LOGIN  LOGIN  LOGIN  GONE    GONE    GONE
            GET  /v3/api-docs                           OK     OK      OK      OK     OK     OK     OK      OK      OK
            GET  /v3/api-docs.yaml                      OK     OK      OK      OK     OK     OK     OK      OK      OK
            GET  /v3/api-docs/swagger-config            OK     OK      OK      OK     OK     OK     OK      OK      OK
            GET  /swagger-ui.html                       OK     OK      OK      OK     OK     OK     OK      OK      OK
            GET  /actuator                              LOGIN  DENY    DENY    DENY   DENY   DENY   LOGIN   LOGIN   LOGIN
            GET  /actuator/health                       OK     OK      OK      OK     OK     OK     OK      OK      OK
            GET  /actuator/health/**                    OK     OK      OK      OK     OK     OK     OK      OK      OK
            GET  /actuator/info                         OK     OK      OK      OK     OK     OK     OK      OK      OK
            ANY  /error                                 LOGIN  DENY    DENY    DENY   DENY   DENY   LOGIN   LOGIN   LOGIN
            # answered by the security filters themselves: signing in and out, single sign-on, the passkey ceremony, codes
            POST /login                                 LOGIN  LOGIN   LOGIN   LOGIN  LOGIN  LOGIN  LOGIN   LOGIN   LOGIN
            POST /logout                                LOGIN  LOGIN   LOGIN   LOGIN  LOGIN  LOGIN  LOGIN   LOGIN   LOGIN
            POST /login/ott                             LOGIN  DENY    DENY    DENY   DENY   DENY   LOGIN   LOGIN   LOGIN
            POST /ott/generate                          LOGIN  DENY    DENY    DENY   DENY   DENY   LOGIN   LOGIN   LOGIN
            POST /login/webauthn                        FAILED FAILED  FAILED  FAILED FAILED FAILED FAILED  FAILED  FAILED
            POST /webauthn/authenticate/options         OK     OK      OK      OK     OK     OK     OK      OK      OK
            POST /webauthn/register/options             BAD    OK      OK      OK     OK     OK     BAD     BAD     BAD
            POST /webauthn/register                     LOGIN  BAD     BAD     BAD    BAD    BAD    LOGIN   LOGIN   LOGIN
            DELETE /webauthn/register/{id}              LOGIN  DENY    DENY    DENY   DENY   DENY   LOGIN   LOGIN   LOGIN
            ANY  /oauth2/authorization/{registrationId} AWAY   AWAY    AWAY    AWAY   AWAY   AWAY   AWAY    AWAY    AWAY
            ANY  /login/oauth2/code/*                   FAILED FAILED  FAILED  FAILED FAILED FAILED FAILED  FAILED  FAILED
            GET  /default-ui.css                        OK     OK      OK      OK     OK     OK     OK      OK      OK
            """;

    static final String COLUMNS = java.util.Arrays.stream(Caller.values()).map(c -> c.name().toLowerCase())
            .collect(Collectors.joining(" "));

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    UserDetailsService users;
    @Autowired
    ApiTokens tokens;
    @Autowired
    ServiceRegister services;
    @Autowired
    ContinuityRoles roles;
    @Autowired
    TrainingRecords training;
    @Autowired
    EvidencePacks evidencePacks;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock clock;

    /** Example values of path parameters, by name; made once for the class. */
    static final Map<String, String> examples = new LinkedHashMap<>();
    /** Whole example addresses, by pattern. */
    static final Map<String, String> addresses = new LinkedHashMap<>();
    /** A token of each scope. */
    static final Map<ApiScope, String> bearer = new LinkedHashMap<>();
    /** An HTTP client per caller; a person's holds the session of a sign-in through the login form. */
    static final Map<Caller, HttpClient> clients = new LinkedHashMap<>();

    @BeforeEach
    void examples() {
        if (!examples.isEmpty()) {
            return;
        }
        var records = new TestRecords(jdbc, clock);
        // the people of the columns, made here so that nothing below changes a demo person whom other tests count on
        Map<Caller, String> names = Map.of(Caller.LEARNER, "Reader", Caller.MANAGER, "Lead", Caller.HR, "Clerk",
                Caller.CONTINUITY, "Planner", Caller.ADMIN, "Operator");
        Map<Caller, Long> employees = new EnumMap<>(Caller.class);
        for (Caller caller : names.keySet()) {
            var person = TestAccounts.newcomer(context, "Matrix", names.get(caller));
            if (caller.role != AppRole.LEARNER) {
                jdbc.sql("insert into account_role (account_id, role) values (?, ?)").params(person.accountId(), caller.role.name()).update();
            }
            TestAccounts.setPassword(context, person.accountId(), PASSWORD);
            people.put(caller, person.email());
            employees.put(caller, person.employeeId());
        }
        long reader = employees.get(Caller.LEARNER);
        // the learner reports to the manager
        jdbc.sql("update employee set manager_id = ? where id = ?").params(employees.get(Caller.MANAGER), reader).update();
        for (Caller caller : people.keySet()) {
            assertThat(users.loadUserByUsername(people.get(caller)).getAuthorities()).as(caller + "'s roles")
                    .extracting(Object::toString)
                    .containsExactlyInAnyOrderElementsOf(new TreeSet<>(List.of(AppRole.LEARNER.authority(), caller.role.authority())));
        }
        // a service the manager's line (the learner) holds a role for, so the manager may open its role holders
        long service = SignedIn.as(users, "continuity", () -> {
            long id = services.create(new ServiceDraft("Access matrix " + System.nanoTime(), "Fixture", null, 2, 240, 60,
                    2 * 24 * 60, Set.of(new RequiredRole("it-recovery-lead", false)), Set.of())).id();
            roles.assign(new AssignRole(reader, "it-recovery-lead", id, Position.PRIMARY, "access matrix", LocalDate.now(clock), null,
                    false));
            return id;
        });
        // a module every person of the table has open, to read and take the quiz of; a certificate of the learner's
        SignedIn.as(users, "continuity", () -> training.assignByHand(List.copyOf(employees.values()), "itscm-for-everyone",
                LocalDate.now(clock).plusDays(30), "access matrix"));
        long completion = records.completion(reader, "itscm-for-everyone", clock.instant().minus(Duration.ofDays(1)),
                clock.instant().plus(Duration.ofDays(300)));
        var asset = jdbc.sql("select version_id, name from training_module_asset order by version_id desc limit 1")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).single();
        long pack = SignedIn.as(users, "continuity", () -> evidencePacks.request(LocalDate.now(clock).minusDays(1), null));
        Awaitility.await().atMost(Duration.ofMinutes(2)).until(() -> SignedIn.as(users, "continuity",
                () -> evidencePacks.find(pack).orElseThrow().status() == PackStatus.READY));
        examples.putAll(Map.of("serviceId", String.valueOf(service), "employeeId", String.valueOf(reader), "moduleId", "itscm-for-everyone",
                "campaignId", "new", "code", "NOSUCHCODE1", "completionId", String.valueOf(completion),
                "versionId", asset.getKey(), "name", asset.getValue(), "id", String.valueOf(pack)));
        addresses.put("/actuator/health/**", "/actuator/health/db");
        addresses.put("/login/oauth2/code/*", "/login/oauth2/code/sso");
        addresses.put("/oauth2/authorization/{registrationId}", "/oauth2/authorization/sso");
        addresses.put("/webauthn/register/{id}", "/webauthn/register/no-such-passkey");
        addresses.put("/api/v1/employees/{id}/assignments", "/api/v1/employees/" + reader + "/assignments");
        addresses.put("/api/v1/employees/{id}/completions", "/api/v1/employees/" + reader + "/completions");
        for (ApiScope scope : ApiScope.values()) {
            bearer.put(scope, SignedIn.as(users, "admin", () -> tokens.create("Access matrix " + scope.id(), EnumSet.of(scope),
                    LocalDate.now(clock).plusDays(2)).token()));
        }
    }

    @BeforeEach
    @AfterEach
    void forgetFailedSignIns() {
        // the empty sign-ins of the table's rows count as failures of this client address
        jdbc.sql("delete from sign_in_failure").update();
        jdbc.sql("delete from sign_in_lock").update();
    }

    @Test
    void the_table_lists_every_route_and_every_endpoint() {
        Set<String> found = new TreeSet<>();
        found.addAll(routes());
        found.addAll(endpoints());
        var unknown = new ArrayList<String>();
        found.addAll(filterEndpoints(unknown));
        assertThat(unknown).as("filters of the security chains that are neither known to pass requests on (PASS_THROUGH) nor answer"
                + " addresses found in their request matchers").isEmpty();
        assertThat(table().keySet()).as("rows of the table; a new route or endpoint needs its row, with what each caller gets")
                .containsExactlyInAnyOrderElementsOf(found);
    }

    @Test
    void every_route_answers_each_caller_as_the_table_says() {
        var mismatches = new ArrayList<String>();
        table().forEach((row, expected) -> {
            if (row.startsWith("view ")) {
                check(row, expected, mismatches);
            }
        });
        assertThat(mismatches).as("what the routes answered, as rows of the table (columns: %s)", COLUMNS).isEmpty();
    }

    @Test
    void every_endpoint_answers_each_caller_as_the_table_says() {
        var mismatches = new ArrayList<String>();
        table().forEach((row, expected) -> {
            if (!row.startsWith("view ")) {
                check(row, expected, mismatches);
            }
        });
        assertThat(mismatches).as("what the endpoints answered, as rows of the table (columns: %s)", COLUMNS).isEmpty();
    }

    private void check(String row, List<Outcome> expected, List<String> mismatches) {
        var actual = new ArrayList<String>();
        for (Caller caller : Caller.values()) {
            actual.add(outcome(row, caller));
        }
        List<String> wanted = expected.stream().map(Enum::name).toList();
        if (!actual.equals(wanted)) {
            mismatches.add(String.format("%-42s %s%n   %-39s %s", row, String.join(" ", actual), "(the table says)",
                    String.join(" ", wanted)));
        }
    }

    private String outcome(String row, Caller caller) {
        String[] parts = row.split(" ", 2);
        String path = concrete(parts[1]);
        if (parts[0].equals("view") && caller.scope == null) {
            return navigate(path.substring(1), caller);
        }
        return request(parts[0].equals("view") || parts[0].equals("ANY") ? "GET" : parts[0], path, caller);
    }

    /** Opens a route with Vaadin's navigation as the caller; what the caller then sees. */
    private String navigate(String location, Caller caller) {
        var previous = SecurityContextHolder.getContext();
        var security = SecurityContextHolder.createEmptyContext();
        if (caller.person()) {
            var user = users.loadUserByUsername(caller.username());
            security.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        }
        SecurityContextHolder.setContext(security);
        var seen = new ArrayList<Class<?>>();
        var listener = UI.getCurrent().addBeforeEnterListener(event -> seen.add(event.getNavigationTarget()));
        try {
            UI.getCurrent().navigate(location);
        } finally {
            listener.remove();
            SecurityContextHolder.setContext(previous);
        }
        Class<?> view = getCurrentView().getClass();
        if (view == LoginView.class) {
            return location.equals("login") ? Outcome.OK.name() : Outcome.LOGIN.name();
        }
        if (view == NotFoundView.class) {
            // Vaadin's access control reroutes a refusal through its access-denied error view to the not-found page
            return seen.contains(RouteAccessDeniedError.class) ? Outcome.DENY.name() : Outcome.GONE.name();
        }
        var target = RouteConfiguration.forApplicationScope().getRoute(location);
        if (target.isPresent() && target.get() == view) {
            return Outcome.OK.name();
        }
        if (RouteConfiguration.forApplicationScope().getRoute("").orElseThrow() == view) {
            return Outcome.HOME.name();
        }
        return "-> " + view.getSimpleName();
    }

    /**
     * A request over HTTP as the caller: a browser session signed in with the login form, or a bearer token. A request
     * that changes something (any method but GET) comes from a fresh session (signing out must not end the session of
     * the rows after it) with the CSRF token its pages carry, as a page of the app would send it, and an empty body.
     */
    private String request(String method, String path, Caller caller) {
        try {
            boolean reads = method.equals("GET");
            HttpClient client = reads ? client(caller) : signedIn(caller);
            var builder = HttpRequest.newBuilder(URI.create(base() + path)).method(method, HttpRequest.BodyPublishers.noBody());
            if (caller.scope != null) {
                builder.header("Authorization", "Bearer " + bearer.get(caller.scope));
            }
            if (!reads) {
                var page = client.send(HttpRequest.newBuilder(URI.create(base() + (caller.person() ? "/" : "/login"))).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                builder.header(meta(page.body(), "_csrf_header"), meta(page.body(), "_csrf"));
            }
            HttpResponse<String> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            // a redirect within the app elsewhere than to the sign-in (Swagger UI's address to its page) is followed,
            // with the same credentials
            for (int hops = 0; hops < 3 && isRedirect(response.statusCode()) && !toSignIn(response) && !away(response)
                    && !toSignInProblem(response); hops++) {
                var next = HttpRequest.newBuilder(URI.create(base()).resolve(response.headers().firstValue("Location").orElseThrow())).GET();
                if (caller.scope != null) {
                    next.header("Authorization", "Bearer " + bearer.get(caller.scope));
                }
                response = client.send(next.build(), HttpResponse.BodyHandlers.ofString());
            }
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                return Outcome.OK.name();
            }
            if (status == 401 && response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer")) {
                return Outcome.LOGIN.name();
            }
            if (isRedirect(status) && toSignIn(response)) {
                return Outcome.LOGIN.name();
            }
            if (status == 401 || isRedirect(status) && toSignInProblem(response)) {
                return Outcome.FAILED.name();
            }
            if (isRedirect(status) && away(response)) {
                return Outcome.AWAY.name();
            }
            if (status == 400) {
                return Outcome.BAD.name();
            }
            if (status == 403) {
                return Outcome.DENY.name();
            }
            if (status == 404) {
                return Outcome.GONE.name();
            }
            return "HTTP-" + status + (isRedirect(status) ? "->" + response.headers().firstValue("Location").orElse("") : "");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static boolean toSignIn(HttpResponse<?> response) {
        return response.headers().firstValue("Location").map(l -> URI.create(l).getPath()).orElse("").equals("/login");
    }

    private static boolean toSignInProblem(HttpResponse<?> response) {
        return response.headers().firstValue("Location").map(l -> URI.create(l).getPath()).orElse("").equals("/sign-in-problem");
    }

    /** Whether a redirect leads out of the app (to the single sign-on provider). */
    private boolean away(HttpResponse<?> response) {
        URI target = URI.create(base()).resolve(response.headers().firstValue("Location").orElse(""));
        return target.getPort() != port;
    }

    private static String meta(String page, String name) {
        Matcher m = Pattern.compile("<meta name=\"" + name + "\" content=\"([^\"]+)\"").matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("The page has no " + name + " meta tag");
        }
        return m.group(1);
    }

    /** The caller's client for reading; a person's signs in through the login form first. */
    private HttpClient client(Caller caller) {
        return clients.computeIfAbsent(caller, this::signedIn);
    }

    /** A new client with its own cookies; a person's has signed in through the login form. */
    private HttpClient signedIn(Caller caller) {
        var client = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        if (caller.person()) {
            try {
                var page = client.send(HttpRequest.newBuilder(URI.create(base() + "/login")).GET().build(), HttpResponse.BodyHandlers.ofString());
                var signIn = client.send(HttpRequest.newBuilder(URI.create(base() + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(LoginForm.body(page.body(), caller.username(), PASSWORD))).build(),
                        HttpResponse.BodyHandlers.discarding());
                assertThat(signIn.headers().firstValue("Location").orElse("")).as(caller.username() + " signs in").doesNotContain("error");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return client;
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    private static final Pattern VARIABLE = Pattern.compile(":(\\w+)\\??|\\{(\\w+)(:[^}]*)?}|/\\*\\*$");

    /** The address with example values for its parameters (a whole address where a parameter's name is not enough). */
    private String concrete(String pattern) {
        if (addresses.containsKey(pattern)) {
            return addresses.get(pattern);
        }
        Matcher m = VARIABLE.matcher(pattern);
        var out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1) != null ? m.group(1) : m.group(2);
            String value = name == null ? "/no-such-address" : examples.get(name);
            if (value == null) {
                throw new IllegalStateException("No example value for " + name + " in " + pattern);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Every route the app serves, as a row name. */
    private Set<String> routes() {
        return RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .map(RouteData::getTemplate).map(t -> "view /" + t).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Every Spring MVC mapping, as "METHOD pattern" rows. */
    private Set<String> endpoints() {
        var rows = new TreeSet<String>();
        for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                var methods = info.getMethodsCondition().getMethods();
                for (String pattern : info.getPatternValues()) {
                    if (methods.isEmpty()) {
                        rows.add("ANY " + pattern);
                    } else {
                        methods.forEach(m -> rows.add(m.name() + " " + pattern));
                    }
                }
            }
        }
        return rows;
    }

    /**
     * The filters of the security filter chains that pass a request on (or refuse it) and answer no address of their
     * own, by class name. Every other filter answers addresses (a sign-in step, sign-out, the passkey ceremony); its
     * addresses are found in its request matchers and need rows. A filter in neither group fails the build.
     */
    static final Set<String> PASS_THROUGH = Set.of(
            "org.springframework.security.web.session.DisableEncodeUrlFilter",
            "org.springframework.security.web.context.request.async.WebAsyncManagerIntegrationFilter",
            "org.springframework.security.web.context.SecurityContextHolderFilter",
            "org.springframework.security.web.header.HeaderWriterFilter",
            "org.springframework.security.web.csrf.CsrfFilter",
            "org.springframework.security.web.savedrequest.RequestCacheAwareFilter",
            "org.springframework.security.web.servletapi.SecurityContextHolderAwareRequestFilter",
            "org.springframework.security.web.authentication.AnonymousAuthenticationFilter",
            "org.springframework.security.web.session.SessionManagementFilter",
            "org.springframework.security.web.access.ExceptionTranslationFilter",
            "org.springframework.security.web.access.intercept.AuthorizationFilter",
            "org.continuityacademy.api.BearerTokenFilter",
            "org.continuityacademy.security.EndedSessionFilter",
            "org.continuityacademy.security.StepUp");

    /** Every address a filter of the security filter chains answers itself, as "METHOD pattern" rows. */
    private Set<String> filterEndpoints(List<String> unknown) {
        var rows = new TreeSet<String>();
        for (SecurityFilterChain chain : context.getBeansOfType(SecurityFilterChain.class).values()) {
            for (Filter filter : chain.getFilters()) {
                if (PASS_THROUGH.contains(filter.getClass().getName())) {
                    continue;
                }
                var found = new TreeSet<String>();
                patterns(filter, found, 0);
                if (found.isEmpty()) {
                    unknown.add(filter.getClass().getName());
                }
                rows.addAll(found);
            }
        }
        return rows;
    }

    /** The path patterns among an object's request matchers (and those of its request resolvers), as rows. */
    private static void patterns(Object holder, Set<String> rows, int depth) {
        if (depth > 4) {
            return;
        }
        if (holder instanceof PathPatternRequestMatcher matcher) {
            Matcher m = DESCRIBED.matcher(matcher.toString());
            if (!m.matches()) {
                throw new IllegalStateException("A path matcher described as " + matcher);
            }
            rows.add((m.group(1) == null ? "ANY" : m.group(1)) + " " + m.group(2));
            return;
        }
        if (holder instanceof NegatedRequestMatcher) {
            return;
        }
        if (holder instanceof Iterable<?> items) {
            items.forEach(item -> patterns(item, rows, depth + 1));
            return;
        }
        for (Class<?> type = holder.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                boolean follow = RequestMatcher.class.isAssignableFrom(field.getType()) || Iterable.class.isAssignableFrom(field.getType())
                        && holder instanceof RequestMatcher || field.getType().getSimpleName().endsWith("RequestResolver");
                if (!follow) {
                    continue;
                }
                field.setAccessible(true);
                Object value;
                try {
                    value = field.get(holder);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
                if (value != null) {
                    patterns(value, rows, depth + 1);
                }
            }
        }
    }

    private static final Pattern DESCRIBED = Pattern.compile("PathPattern \\[(?:([A-Z]+) )?(\\S+)]");

    /** The table, row name to the outcome for each caller. */
    static Map<String, List<Outcome>> table() {
        var rows = new LinkedHashMap<String, List<Outcome>>();
        for (String line : TABLE.strip().split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.strip().split("\\s+");
            if (cells.length != 2 + Caller.values().length) {
                throw new IllegalStateException("A row of the table has a cell for each caller: " + line);
            }
            var outcomes = java.util.Arrays.stream(cells, 2, cells.length).map(Outcome::valueOf).toList();
            if (rows.put(cells[0] + " " + cells[1], outcomes) != null) {
                throw new IllegalStateException("Two rows for " + cells[0] + " " + cells[1]);
            }
        }
        return rows;
    }
}
