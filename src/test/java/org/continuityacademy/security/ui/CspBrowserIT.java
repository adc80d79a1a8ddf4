package org.continuityacademy.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.LoadState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.continuityacademy.Browsers;
import org.continuityacademy.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The app runs in Chromium under the production Content-Security-Policy: no {@code 'unsafe-eval'}, no inline script
 * without the page's nonce. The tests run Vaadin in development mode, whose policy also allows eval; so every page this
 * test loads has its policy rewritten to the production one on the way in, and Vaadin's client must manage without
 * eval there too ({@code /js/no-eval.js}). The sign-in page and every view in the side navigation of each demo person
 * are loaded; any CSP violation, console error, page error, or text {@code no-eval.js} does not know (which production
 * would refuse) fails the test, and the unknown texts are written to {@code target/csp-missing.txt} with the entry to add.
 */
@IntegrationTest
class CspBrowserIT {

    /**
     * {@code -Dcsp.discover=true}: the development policy stays, so that Vaadin's client still works where
     * {@code no-eval.js} lacks a text, and the test lists every text it met in target/csp-missing.txt.
     */
    static final boolean DISCOVER = Boolean.getBoolean("csp.discover");

    @RegisterExtension
    static final Browsers.InClass browsers = new Browsers.InClass();

    @LocalServerPort
    int port;

    final List<String> problems = new CopyOnWriteArrayList<>();
    final Set<String> missing = new LinkedHashSet<>();
    final List<String> policies = new CopyOnWriteArrayList<>();

    @Test
    void the_sign_in_page_and_every_view_of_each_person_run_under_the_production_policy() throws Exception {
        for (String person : List.of("learner", "manager", "hr", "continuity", "admin")) {
            Page page = watched();
            page.navigate(url("/login"));
            page.locator("vaadin-login-form").waitFor();
            settle(page);
            collectMissing(page, person + " /login");
            Browsers.signIn(page, person, "demo");
            page.locator("vaadin-side-nav-item").first().waitFor();
            settle(page);
            List<String> paths = new ArrayList<>();
            for (Object path : (List<?>) page.locator("vaadin-side-nav-item").evaluateAll("items => items.map(i => i.path)")) {
                paths.add(String.valueOf(path));
            }
            assertThat(paths).as(person + "'s views").isNotEmpty();
            for (String path : paths) {
                page.locator("vaadin-side-nav-item[path='" + path + "']").first().click();
                page.waitForURL(u -> u.endsWith("/" + path) || u.contains("/" + path + "?"));
                settle(page);
                collectMissing(page, person + " /" + path);
            }
            // and a full load of a view, not only client-side navigation
            page.navigate(url("/" + paths.getLast()));
            settle(page);
            collectMissing(page, person + " /" + paths.getLast() + " (loaded)");
            Browsers.screenshot(page, "csp-" + person);
            page.context().close();
        }

        Path report = Path.of("target/csp-missing.txt");
        Files.createDirectories(report.getParent());
        Files.writeString(report, "[\n" + String.join(",\n", missing) + "\n]\n");
        assertThat(policies).as("pages whose policy was made the production one").hasSizeGreaterThan(DISCOVER ? -1 : 0)
                .allSatisfy(p -> assertThat(p).doesNotContain("unsafe-eval").contains("'nonce-"));
        assertThat(missing).as("texts Vaadin's client would evaluate that /js/no-eval.js does not know "
                + "(production refuses them; see target/csp-missing.txt)").isEmpty();
        assertThat(problems).as("CSP violations and errors in the browser").isEmpty();
    }

    @Test
    void an_export_is_not_kept_in_any_cache() {
        Page page = watched();
        page.navigate(url("/login"));
        Browsers.signIn(page, "continuity", "demo");
        page.locator("vaadin-side-nav-item").first().waitFor();
        page.navigate(url("/readiness"));
        settle(page);
        var link = page.locator("[data-export] a[aria-label='Download as CSV']").first();
        var download = page.waitForDownload(link::click);

        // the same address again, with the page's cookies, to read the answer's headers
        var answer = page.context().request().get(download.url());
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.headers().get("cache-control")).contains("no-store");
        assertThat(problems).isEmpty();
    }

    /** A page whose documents get the production policy, and whose violations and errors are collected. */
    private Page watched() {
        Page page = browsers.newPage(1280, 900);
        page.route("**/*", route -> {
            if (DISCOVER || !"document".equals(route.request().resourceType())) {
                route.resume();
                return;
            }
            var response = route.fetch();
            var headers = new HashMap<>(response.headers());
            String policy = headers.get("content-security-policy");
            if (policy != null) {
                policy = policy.replace(" 'unsafe-eval'", "");
                headers.put("content-security-policy", policy);
                policies.add(policy);
            }
            route.fulfill(new Route.FulfillOptions().setResponse(response).setHeaders(headers));
        });
        page.exposeFunction("academyCspViolation", args -> {
            problems.add("CSP violation on " + page.url() + ": " + args[0]);
            return null;
        });
        page.addInitScript("document.addEventListener('securitypolicyviolation', e => window.academyCspViolation("
                + "e.effectiveDirective + ' blocked ' + e.blockedURI + ' at ' + e.sourceFile + ':' + e.lineNumber"
                + " + ' ' + (e.sample || '')));");
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                problems.add("console error on " + page.url() + ": " + message.text());
            }
        });
        page.onPageError(error -> problems.add("page error on " + page.url() + ": " + error));
        return page;
    }

    /** Waits until Vaadin's client has nothing in flight. */
    private static void settle(Page page) {
        page.waitForLoadState(LoadState.LOAD);
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())");
    }

    private void collectMissing(Page page, String where) {
        // each as JSON text, for target/csp-missing.txt
        Object found = page.evaluate("() => (window.Vaadin && window.Vaadin.academyCsp)"
                + " ? window.Vaadin.academyCsp.missing.map(k => JSON.stringify(k)) : ['no-eval.js did not run']");
        for (Object key : (List<?>) found) {
            if (missing.add(String.valueOf(key))) {
                problems.add("unknown text at " + where);
            }
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
