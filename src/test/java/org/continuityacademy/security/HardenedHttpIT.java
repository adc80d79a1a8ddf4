package org.continuityacademy.security;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.vaadin.flow.spring.SpringServlet;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.continuityacademy.IntegrationTest;
import org.continuityacademy.LoginForm;
import org.continuityacademy.RawHttp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.ServletRegistrationBean;

/**
 * The app's pages over real HTTP as issue #16's probe saw them: the security headers of the sign-in page and of a
 * signed-in view, a sign-in form posted without its CSRF token (a forged sign-in) that signs nobody in, a session that
 * travels only in its cookie, redirects that never name the Host header's host, idle sessions that close even with a
 * tab open, and refusals that are not the sign-in page and not an error in the log.
 */
@IntegrationTest
class HardenedHttpIT {

    private static final Pattern NONCE = Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/=]{24})'");

    @LocalServerPort
    int port;
    @Autowired
    List<ServletRegistrationBean<?>> servlets;

    RawHttp raw;
    final ListAppender<ILoggingEvent> log = new ListAppender<>();

    @BeforeEach
    void setUp() {
        raw = new RawHttp(port);
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
    void the_sign_in_page_has_the_security_headers_and_a_fresh_nonce_for_its_scripts() {
        var first = raw.get("/login");
        var second = raw.get("/login");

        assertThat(first.status()).isEqualTo(200);
        assertPageHeaders(first);
        String nonce = nonce(first);
        assertThat(nonce(second)).isNotEqualTo(nonce);
        // every script of the page carries the nonce; the first one makes Vaadin's client run without eval
        var scripts = Pattern.compile("<script\\b[^>]*>").matcher(first.body()).results().map(r -> r.group()).toList();
        assertThat(scripts).isNotEmpty().allSatisfy(tag -> assertThat(tag).contains("nonce=\"" + nonce + "\""));
        assertThat(scripts.getFirst()).contains("src=\"/js/no-eval.js\"");
        // the policy's script-src allows eval only in development mode (which the tests run in)
        String policy = first.header("Content-Security-Policy").orElseThrow();
        assertThat(policy.contains("'unsafe-eval'")).isEqualTo(developmentMode());
        String scriptSources = policy.substring(policy.indexOf("script-src"), policy.indexOf(';', policy.indexOf("script-src")));
        assertThat(scriptSources).doesNotContain("'unsafe-inline'");
        // no HSTS over plain HTTP (a browser ignores it there, and it would pin a proxy-less test server)
        assertThat(first.header("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void a_signed_in_view_and_the_apps_other_answers_have_the_headers() throws Exception {
        var browser = new Browser();
        assertThat(browser.signIn("learner", "demo").statusCode()).isEqualTo(302);

        var home = browser.get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertPageHeaders(home.headers().map());
        assertThat(home.headers().firstValue("Cache-Control")).as(home.headers().map().toString())
                .hasValueSatisfying(v -> assertThat(v).contains("no-store"));

        // the no-eval script itself, and anything else the filter chain answers
        var script = raw.get("/js/no-eval.js");
        assertThat(script.status()).isEqualTo(200);
        assertThat(script.header("X-Content-Type-Options")).contains("nosniff");
        assertThat(script.header("Content-Security-Policy")).hasValueSatisfying(p -> assertThat(p).contains("frame-ancestors 'none'"));
    }

    @Test
    void a_sign_in_form_posted_without_its_csrf_token_signs_nobody_in() throws Exception {
        // a page on another site posts the form in the victim's browser: no token, or one of another session
        var forged = new Browser();
        var answer = forged.post("/login", "username=learner&password=demo");
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location")).contains("/login?expired");
        assertThat(forged.get("/").statusCode()).isEqualTo(302);

        var attacker = new Browser();
        String attackersToken = token(attacker.get("/login").body());
        var victim = new Browser();
        victim.get("/login");
        var withAnotherToken = victim.post("/login", "_csrf=" + URLEncoder.encode(attackersToken, StandardCharsets.UTF_8)
                + "&username=learner&password=demo");
        assertThat(withAnotherToken.headers().firstValue("Location")).contains("/login?expired");
        assertThat(victim.get("/").statusCode()).isEqualTo(302);

        // the sign-in page it comes back to says why, and the form with its token still works
        var expired = victim.get("/login?expired");
        assertThat(expired.statusCode()).isEqualTo(200);
        assertThat(victim.signIn("learner", "demo").headers().firstValue("Location")).hasValueSatisfying(l ->
                assertThat(l).doesNotContain("login"));
        assertThat(victim.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void the_session_travels_only_in_its_cookie() {
        var home = raw.get("/");

        assertThat(home.status()).isEqualTo(302);
        assertThat(home.header("Location")).contains("/login");
        var login = raw.get("/login");
        assertThat(login.body()).doesNotContainIgnoringCase("jsessionid");
        var cookie = login.all("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax");
        // BASE_URL is http://… in the tests: not Secure (SessionCookiesTest has https)
        assertThat(cookie).doesNotContain("Secure");
        // a session id in the address is not taken up
        String session = cookie.substring("JSESSIONID=".length(), cookie.indexOf(';'));
        assertThat(raw.get("/;jsessionid=" + session).status()).isIn(400, 302);
    }

    @Test
    void redirects_never_name_the_host_the_request_claims() throws Exception {
        for (String target : new String[] {"/", "/admin/settings", "/login/", "/VAADIN"}) {
            var answer = raw.get(target, "Host: evil.example");
            assertThat(answer.header("Location").orElse("")).as(target).doesNotContain("evil.example");
        }
        var home = raw.get("/", "Host: evil.example");
        assertThat(home.status()).isEqualTo(302);
        assertThat(home.header("Location")).contains("/login");

        // the redirect after signing in as well
        var browser = new Browser();
        var page = browser.get("/login");
        String cookie = browser.cookie();
        var signedIn = raw.sendWithBody("POST", "/login", LoginForm.body(page.body(), "learner", "demo"), "Host: evil.example",
                "Cookie: JSESSIONID=" + cookie, "Content-Type: application/x-www-form-urlencoded");
        assertThat(signedIn.status()).isEqualTo(302);
        assertThat(signedIn.header("Location").orElse("")).doesNotContain("evil.example").doesNotContain("error");
    }

    @Test
    void trace_and_odd_addresses_are_refused_without_the_sign_in_page() {
        var trace = raw.send("TRACE", "/login");
        assertThat(trace.status()).isEqualTo(405);
        assertThat(trace.header("Location")).isEmpty();
        for (String target : new String[] {"//login", "/login;x=1", "/a/../login", "/%2e%2e/login", "/login%00"}) {
            var answer = raw.get(target);
            assertThat(answer.status()).as(target).isEqualTo(400);
            assertThat(answer.header("Location")).as(target).isEmpty();
        }
        // a query string over 8 KB: Tomcat's own answer, without its version or a stack trace
        var long_ = raw.get("/login?q=" + "x".repeat(9 * 1024));
        assertThat(long_.status()).isEqualTo(400);
        assertThat(long_.body()).doesNotContain("Apache Tomcat/").doesNotContain("Exception");
    }

    @Test
    void idle_sessions_close_even_with_a_tab_open() {
        var vaadin = servlets.stream().map(ServletRegistrationBean::getServlet)
                .filter(SpringServlet.class::isInstance).map(SpringServlet.class::cast).findFirst().orElseThrow();

        // Vaadin's heartbeat does not count as activity: SESSION_TIMEOUT after the last request of the person, it ends
        assertThat(vaadin.getService().getDeploymentConfiguration().isCloseIdleSessions()).isTrue();
    }

    private boolean developmentMode() {
        return servlets.stream().map(ServletRegistrationBean::getServlet).filter(SpringServlet.class::isInstance)
                .map(SpringServlet.class::cast).findFirst().orElseThrow()
                .getService().getDeploymentConfiguration().isProductionMode() == false;
    }

    private static void assertPageHeaders(RawHttp.Answer answer) {
        assertPageHeaders(answer.headers().stream().collect(java.util.stream.Collectors.groupingBy(
                h -> h.substring(0, h.indexOf(':')), java.util.stream.Collectors.mapping(h -> h.substring(h.indexOf(':') + 1).strip(),
                        java.util.stream.Collectors.toList()))));
    }

    private static void assertPageHeaders(java.util.Map<String, List<String>> headers) {
        var lower = new java.util.TreeMap<String, List<String>>(String.CASE_INSENSITIVE_ORDER);
        lower.putAll(headers);
        assertThat(lower.get("Content-Security-Policy")).hasSize(1);
        String policy = lower.get("Content-Security-Policy").getFirst();
        assertThat(policy).contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'",
                "form-action 'self'");
        assertThat(policy).containsPattern("script-src 'self' 'nonce-");
        assertThat(lower.get("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(lower.get("X-Frame-Options")).containsExactly("DENY");
        assertThat(lower.get("Referrer-Policy")).containsExactly("same-origin");
        assertThat(lower.get("Permissions-Policy")).hasSize(1);
        assertThat(lower.get("Cross-Origin-Opener-Policy")).containsExactly("same-origin");
    }

    private static String nonce(RawHttp.Answer answer) {
        var matcher = NONCE.matcher(answer.header("Content-Security-Policy").orElseThrow());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private static String token(String page) {
        var matcher = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(page);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    /** One browser's cookies, without following redirects. */
    private final class Browser {

        final CookieManager cookies = new CookieManager();
        final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> get(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, String form) throws Exception {
            return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> signIn(String username, String password) throws Exception {
            return post("/login", LoginForm.body(get("/login").body(), username, password));
        }

        String cookie() {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                    .findFirst().orElseThrow().getValue();
        }

        URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }
    }
}
