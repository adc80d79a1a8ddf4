package org.continuityacademy.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.continuityacademy.Browsers;
import org.continuityacademy.Dialogs;
import org.continuityacademy.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.continuityacademy.training.TrainingRecords;
import org.continuityacademy.services.ServiceRegister;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
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

    @Autowired
    ServiceRegister services;

    @Autowired
    TrainingRecords records;

    @Autowired
    UserDetailsService users;

    @Autowired
    Clock clock;

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
            // the tab's icon is there (without it, every page asked for a missing /favicon.ico)
            String icon = String.valueOf(page.locator("link[rel=icon]").first().getAttribute("href"));
            assertThat(page.context().request().get(url("/" + icon)).status()).as("the tab's icon " + icon).isEqualTo(200);
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
                java.util.function.Predicate<String> there = u -> u.endsWith("/" + path) || u.contains("/" + path + "?");
                var item = page.locator("vaadin-side-nav-item[path='" + path + "']").first();
                try {
                    item.click();
                    try {
                        page.waitForURL(there, new Page.WaitForURLOptions().setTimeout(15_000));
                    } catch (com.microsoft.playwright.TimeoutError clickLost) {
                        // on a busy machine a click during the previous view's last answer is sometimes not taken
                        item.click();
                        page.waitForURL(there);
                    }
                } catch (RuntimeException e) {
                    Browsers.screenshot(page, "csp-failed-" + person);
                    throw new AssertionError(person + " could not open /" + path + " from the side navigation (at "
                            + page.url() + ")", e);
                }
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
    void every_dialog_opens_with_its_buttons_under_the_production_policy() throws Exception {
        List<Dialogs.Step> steps = Dialogs.all(Dialogs.arrange(users, records, services, clock));

        Page page = null;
        String signedIn = null;
        List<String> withoutButtons = new ArrayList<>();
        for (Dialogs.Step step : steps) {
            if (!step.person().equals(signedIn)) {
                if (page != null) {
                    closeQuietly(page);
                }
                page = watched();
                page.navigate(url("/login"));
                Browsers.signIn(page, step.person(), "demo");
                page.locator("vaadin-side-nav-item").first().waitFor();
                signedIn = step.person();
            }
            page.navigate(url("/" + step.path()));
            settle(page);
            // the dialog element itself has no box of its own (its overlay shows its content): attached, not visible
            var dialog = page.locator("vaadin-dialog[opened], vaadin-confirm-dialog[opened]").last();
            try {
                step.open().accept(page);
                dialog.waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                        .setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
            } catch (RuntimeException e) {
                Browsers.screenshot(page, "csp-dialog-failed-" + step.name().replace(' ', '-'));
                throw new AssertionError("The dialog '" + step.name() + "' did not open on /" + step.path(), e);
            }
            settle(page);
            collectMissing(page, step.person() + " /" + step.path() + " dialog: " + step.name());
            try {
                // the footer's last button (Save, Create, Submit…) shows once the dialog has opened
                dialog.locator("vaadin-button").last().waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                        .setTimeout(20_000));
            } catch (com.microsoft.playwright.TimeoutError noButtons) {
                withoutButtons.add(step.name());
            }
            Browsers.screenshot(page, "csp-dialog-" + step.name().replace(' ', '-'));
            page.keyboard().press("Escape");
            dialog.waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                    .setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED));
        }
        closeQuietly(page);

        Path report = Path.of("target/csp-missing-dialogs.txt");
        Files.createDirectories(report.getParent());
        Files.writeString(report, "[\n" + String.join(",\n", missing) + "\n]\n");
        assertThat(withoutButtons).as("dialogs whose buttons do not show").isEmpty();
        assertThat(missing).as("texts Vaadin's client would evaluate that /js/no-eval.js does not know "
                + "(production refuses them; see target/csp-missing-dialogs.txt)").isEmpty();
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

    /** Closes a person's browser context; one the browser has closed already is gone all the same. */
    private static void closeQuietly(Page page) {
        try {
            page.context().close();
        } catch (com.microsoft.playwright.PlaywrightException alreadyClosed) {
            // nothing left to close
        }
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
        page.onResponse(response -> {
            if (response.status() == 404) {
                problems.add("404 on " + page.url() + " for " + response.url());
            }
        });
        return page;
    }

    /** Waits until Vaadin's client has nothing in flight. */
    private static void settle(Page page) {
        Browsers.settle(page);
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
