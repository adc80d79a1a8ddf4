package org.continuityacademy.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.continuityacademy.Browsers;
import org.continuityacademy.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How long signing in takes in Chromium, from pressing "Sign in" to the person's first view showing their name, and
 * where the time goes: checking the password (PBKDF2-SHA256 with 310,000 iterations, on purpose slow), the sign-in
 * request, the page, Vaadin's first exchange, and the browser's own work (scripts from its cache). Each demo person signs
 * in six times in a fresh browser context (the first, with an empty cache, is reported apart). Prints its figures;
 * asserts only that each sign-in arrived. Run with {@code ./mvn.sh verify -Pbenchmark -Dtest=SignInBenchmark}.
 */
@IntegrationTest
@Tag("benchmark")
class SignInBenchmark {

    static final int ROUNDS = 6;

    @RegisterExtension
    static final Browsers.InClass browsers = new Browsers.InClass();

    @LocalServerPort
    int port;

    @Autowired
    PasswordEncoder passwords;

    @Test
    void signing_in_as_each_demo_person() {
        // the password check alone, warm
        String hash = passwords.encode("demo passphrase for timing");
        for (int i = 0; i < 3; i++) {
            passwords.matches("demo passphrase for timing", hash);
        }
        List<Long> checks = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            long start = System.nanoTime();
            passwords.matches("demo passphrase for timing", hash);
            checks.add((System.nanoTime() - start) / 1_000_000);
        }
        var report = new StringBuilder("Sign-in, Chromium, development mode (as ./run.sh), " + Runtime.getRuntime().availableProcessors()
                + " cores\n");
        report.append("password check (PBKDF2): median ").append(median(checks)).append(" ms\n");
        report.append(String.format("%-11s %8s %8s %8s %8s %8s %8s%n", "person", "first", "median", "max", "POST", "page",
                "Vaadin"));
        var context = browsers.browser().newContext(new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(1280, 900));
        for (String person : List.of("learner", "manager", "hr", "continuity", "admin")) {
            List<Long> totals = new ArrayList<>();
            List<Long> posts = new ArrayList<>();
            List<Long> pages = new ArrayList<>();
            List<Long> vaadin = new ArrayList<>();
            long first = 0;
            for (int round = 0; round < ROUNDS; round++) {
                // one browser (its cache kept, as a person's), a fresh sign-in each time
                context.clearCookies();
                Page page = context.newPage();
                page.setDefaultTimeout(90_000);
                page.navigate("http://localhost:" + port + "/login");
                page.locator("vaadin-login-form").waitFor();
                page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("User name")).fill(person);
                page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Password")).fill("demo");
                long start = System.nanoTime();
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
                page.locator("vaadin-side-nav-item").first().waitFor();
                page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                        + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())");
                long total = (System.nanoTime() - start) / 1_000_000;
                // the navigation's timing: the sign-in POST and its redirect, then the page; Vaadin's requests after it
                @SuppressWarnings("unchecked")
                var timing = (Map<String, Object>) page.evaluate("""
                        () => {
                          const nav = performance.getEntriesByType('navigation')[0];
                          const vaadin = performance.getEntriesByType('resource')
                            .filter(r => r.name.includes('v-r=init') || r.name.includes('v-r=uidl'))
                            .reduce((sum, r) => sum + r.duration, 0);
                          return { post: nav.redirectEnd - nav.redirectStart, page: nav.responseEnd - nav.fetchStart,
                                   vaadin: vaadin };
                        }""");
                assertThat(page.url()).doesNotContain("/login");
                if (round == 0) {
                    first = total;
                } else {
                    totals.add(total);
                    posts.add(Math.round(((Number) timing.get("post")).doubleValue()));
                    pages.add(Math.round(((Number) timing.get("page")).doubleValue()));
                    vaadin.add(Math.round(((Number) timing.get("vaadin")).doubleValue()));
                }
                page.close();
            }
            report.append(String.format("%-11s %6d ms %5d ms %5d ms %5d ms %5d ms %5d ms%n", person, first, median(totals),
                    Collections.max(totals), median(posts), median(pages), median(vaadin)));
        }
        context.close();
        report.append("""
                first: an empty browser cache; median and max of the other %d sign-ins. POST: the sign-in request to its
                redirect (the password check is in it); page: the view's page; Vaadin: its first exchanges (the view
                built on the server, in one or two requests).
                """.formatted(ROUNDS - 1));
        System.out.println(report);
    }

    private static long median(List<Long> values) {
        var sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
