package org.continuityacademy.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.continuityacademy.Browsers;
import org.continuityacademy.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every main view, as each demo person sees it, in the pseudo-locale {@code en-XA}: every text from the
 * bundles is wrapped in ⟦…⟧, so text that bypassed them stands out. Screenshots land in
 * {@code target/screenshots/pseudo-*.png} for people to look at; {@code target/screenshots/pseudo-locale.txt}
 * lists each view's text outside ⟦…⟧ (names, numbers and dates from the records belong there; words of the
 * interface do not; training content, marked {@code data-content}, is the module's own). The test fails when a text
 * outside ⟦…⟧ is exactly one of the bundles' English texts: a text that was typed into the code instead of taken
 * from the bundles.
 */
@IntegrationTest
class PseudoLocaleBrowserIT {

    @RegisterExtension
    static final Browsers.InClass browsers = new Browsers.InClass();

    /** Collects the visible text of the page and the text attributes people hear or see, outside shadow DOM. */
    static final String TEXTS = """
            () => {
              const out = [];
              const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
              let node;
              while ((node = walker.nextNode())) {
                if (node.nodeType === Node.TEXT_NODE) {
                  const parent = node.parentElement;
                  if (!parent || ['SCRIPT', 'STYLE', 'TEMPLATE'].includes(parent.tagName)) continue;
                  if (parent.closest('[data-content]')) continue;
                  const text = node.textContent.trim();
                  if (text) out.push(text);
                } else {
                  for (const attribute of ['label', 'placeholder', 'aria-label', 'title', 'helper-text', 'error-message']) {
                    const value = node.getAttribute(attribute);
                    if (value && value.trim()) out.push(value.trim());
                  }
                }
              }
              return out;
            }
            """;

    /** The pages seen before signing in. */
    static final String ANONYMOUS = "(nobody signed in)";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void every_main_view_takes_its_texts_from_the_bundles() throws IOException {
        Set<String> english = englishTexts();
        Map<String, List<String>> views = views();
        var report = new StringBuilder();
        var typedIn = new ArrayList<String>();
        for (var person : views.entrySet()) {
            Page page = browsers.browser().newContext(new Browser.NewContextOptions().setLocale("en-XA")
                    .setViewportSize(1400, 1000)).newPage();
            page.setDefaultTimeout(90_000);
            if (!person.getKey().equals(ANONYMOUS)) {
                page.navigate("http://localhost:" + port + "/login");
                page.locator("vaadin-login-form input[name='username']").fill(person.getKey());
                page.locator("vaadin-login-form input[name='password']").fill("demo");
                page.locator("vaadin-login-form vaadin-button[slot='submit']").click();
                page.waitForURL(url -> !url.contains("/login"));
            }
            for (String route : person.getValue()) {
                page.navigate("http://localhost:" + port + "/" + route);
                page.locator("main, vaadin-app-layout").first().waitFor();
                // Vaadin has answered every request of the page (network idleness never comes while a view polls)
                page.waitForFunction("() => !window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients"
                        + " || Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())");
                String who = person.getKey().equals(ANONYMOUS) ? "anonymous" : person.getKey();
                String name = "pseudo-" + who + "-" + (route.isEmpty() ? "home" : route.replaceAll("[^a-z0-9]+", "-"));
                Browsers.screenshot(page, name);
                @SuppressWarnings("unchecked")
                List<String> texts = (List<String>) page.evaluate(TEXTS);
                var outside = new LinkedHashSet<String>();
                for (String text : texts) {
                    String rest = text;
                    // texts nest (a translated argument inside a translated sentence): peel the innermost first
                    for (String peeled = rest.replaceAll("⟦[^⟦⟧]*⟧", " "); !peeled.equals(rest); peeled = rest.replaceAll("⟦[^⟦⟧]*⟧", " ")) {
                        rest = peeled;
                    }
                    rest = rest.strip();
                    if (!rest.isEmpty() && rest.codePoints().anyMatch(Character::isLetter)) {
                        outside.add(rest);
                        if (english.contains(rest)) {
                            typedIn.add(person.getKey() + " /" + route + ": \"" + rest + "\"");
                        }
                    }
                }
                report.append("== ").append(person.getKey()).append(" /").append(route).append('\n');
                outside.forEach(t -> report.append("   ").append(t.replace('\n', ' ')).append('\n'));
                assertThat(texts).as("the texts of /%s as %s", route, person.getKey()).anyMatch(t -> t.startsWith("⟦"));
            }
            page.context().close();
        }
        Files.createDirectories(Path.of("target/screenshots"));
        Files.writeString(Path.of("target/screenshots/pseudo-locale.txt"), report, StandardCharsets.UTF_8);
        assertThat(typedIn).as("interface texts typed into the code, not taken from the bundles").isEmpty();
    }

    /** The main views of each demo person, by route. */
    private Map<String, List<String>> views() {
        String module = "itscm-for-everyone";
        long employee = jdbc.sql("select e.id from employee e join account a on a.employee_id = e.id where a.username = 'learner'")
                .query(Long.class).single();
        Long service = jdbc.sql("select id from critical_service order by id limit 1").query(Long.class).optional().orElse(null);
        Long campaign = jdbc.sql("select id from campaign order by id limit 1").query(Long.class).optional().orElse(null);
        var views = new LinkedHashMap<String, List<String>>();
        views.put(ANONYMOUS, List.of("login", "forgot-password", "set-password?token=not-a-real-link",
                "sign-in-problem?reason=not-in-directory", "verify"));
        views.put("learner", List.of("", "learn/" + module, "learn/" + module + "/quiz", "notifications"));
        views.put("manager", List.of("my-team", "dashboard", "readiness", "employees/" + employee));
        views.put("hr", List.of("employees", "employees/import", "training/assign", "evidence-packs", "campaigns", "catalogue"));
        var continuity = new ArrayList<>(List.of("services", "vacancies", "catalogue/" + module, "campaigns/new"));
        if (service != null) {
            continuity.add("services/" + service + "/roles");
        }
        if (campaign != null) {
            continuity.add("campaigns/" + campaign);
        }
        views.put("continuity", continuity);
        views.put("admin", List.of("admin/accounts", "admin/api-tokens", "admin/audit", "admin/outbox", "settings"));
        return views;
    }

    /** The English texts of the bundles that are whole phrases (without arguments), as a person would see them. */
    private static Set<String> englishTexts() throws IOException {
        var texts = new LinkedHashSet<String>();
        for (Path file : MessageBundlesTest.english()) {
            MessageBundlesTest.load(file).values().stream()
                    .filter(t -> !t.contains("{"))
                    .map(t -> t.replace("''", "'"))
                    .filter(t -> t.codePoints().filter(Character::isLetter).count() > 2)
                    .forEach(texts::add);
        }
        return texts;
    }
}
