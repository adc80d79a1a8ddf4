package org.continuityacademy.faults;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.continuityacademy.Browsers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The production build as an operator runs it: the jar that {@code -Pproduction} makes ({@code .ci/run} builds it and
 * passes it as {@code production.jar}), started with {@code java -jar} on a MariaDB server, its real Content-Security-
 * Policy (no {@code 'unsafe-eval'}) and its production front-end bundle. The tests in the suite run Vaadin's development
 * mode, whose bundle and policy differ: here the notification bell opens the latest notifications (its popover was
 * missing from the production bundle once), dialogs show their buttons (the policy refused what they evaluate once), and
 * no page meets a CSP violation, a script error or a missing file.
 * <p>
 * Run: {@code ./mvn.sh -Pproduction -DskipTests package}, copy the jar to {@code target/production/}, then
 * {@code ./mvn.sh verify -Pproduction-check}.
 */
@Tag("production")
class ProductionBuildBrowserIT {

    static final String ADMIN_PASSWORD = "production-check administrator passphrase";
    /** Not the user name or the name in it (the rule refuses those). */
    static final String NEW_ADMIN_PASSWORD = "tidal lanterns glow over the quay";
    static final String LEARNER_PASSWORD = "production-check learner passphrase";

    final List<String> problems = new CopyOnWriteArrayList<>();

    @Test
    void the_bell_dialogs_and_views_work_in_the_production_build_under_its_own_policy() throws Exception {
        FaultTests.requireMariaDbServer();
        Path jar = Path.of(System.getProperty("production.jar", "target/production/continuity-academy.jar"));
        assertThat(jar).as("the production jar (./mvn.sh -Pproduction -DskipTests package, copied there)").exists();
        try (var db = MariaDbServer.start(AppNode.OUTPUT.resolve("db"));
             var node = new AppNode("production", db, Map.of("ADMIN_USERNAME", "admin", "ADMIN_PASSWORD", ADMIN_PASSWORD),
                     List.of()).fromJar(jar);
             var browsers = Browsers.start()) {
            node.startAndAwaitUp();
            JdbcClient jdbc = db.jdbc();
            String learner = new Fixtures(jdbc).learners("prod", 1, LEARNER_PASSWORD, "itscm-for-everyone").getFirst();
            long employee = jdbc.sql("select employee_id from account where username = ?").param(learner).query(Long.class).single();
            jdbc.sql("""
                    insert into notification (id, recipient_id, recipient_email, kind, subject, body, link, dedupe_key, created_at,
                                              status, attempts, sent_at)
                    select nextval(notification_seq), e.id, e.email, 'ASSIGNED', 'New training for you: the production check',
                           'Please take it.', null, 'production-check', utc_timestamp(6), 'SENT', 1, utc_timestamp(6)
                    from employee e where e.id = ?
                    """).param(employee).update();
            String base = node.base().toString();

            // the learner: the bell opens their latest notification; the module and its quiz with the review dialog
            Page page = watched(browsers.newPage(1280, 900));
            page.navigate(base + "/login");
            Browsers.signIn(page, learner, LEARNER_PASSWORD);
            signedIn(page, learner);
            settle(page);
            assertThat(page.evaluate("() => !!customElements.get('vaadin-popover')")).as("<vaadin-popover> defined").isEqualTo(true);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Notifications"))).click();
            assertThat(page.getByText("New training for you: the production check")).isVisible();
            Browsers.screenshot(page, "production-bell");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("See all notifications")).click();
            page.waitForURL(u -> u.endsWith("/notifications"));
            settle(page);
            page.navigate(base + "/learn/itscm-for-everyone/quiz");
            settle(page);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Review answers")).click();
            expectDialogWithButtons(page, "quiz review");
            page.context().close();

            // the administrator: every view, and the dialogs with their buttons
            page = watched(browsers.newPage(1280, 900));
            page.navigate(base + "/login");
            Browsers.signIn(page, "admin", ADMIN_PASSWORD);
            // the first administrator's password came from the operator's settings: replaced at the first sign-in
            page.waitForURL(u -> u.endsWith("/change-password"));
            settle(page);
            page.getByLabel("Current password").fill(ADMIN_PASSWORD);
            page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)).fill(NEW_ADMIN_PASSWORD);
            page.getByLabel("New password again").fill(NEW_ADMIN_PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change password")).click();
            signedIn(page, "admin");
            settle(page);
            List<String> paths = new ArrayList<>();
            for (Object path : (List<?>) page.locator("vaadin-side-nav-item").evaluateAll("items => items.map(i => i.path)")) {
                paths.add(String.valueOf(path));
            }
            assertThat(paths).as("the administrator's views").contains("admin/accounts", "admin/api-tokens");
            for (String path : paths) {
                page.navigate(base + "/" + path);
                settle(page);
            }
            page.navigate(base + "/admin/accounts");
            settle(page);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Edit access"))).first().click();
            expectDialogWithButtons(page, "edit access");
            page.navigate(base + "/admin/api-tokens");
            settle(page);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New token")).click();
            expectDialogWithButtons(page, "new token");
            page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName(Pattern.compile("^User menu for "))).click();
            page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Passkeys")).click();
            expectDialogWithButtons(page, "passkeys");
            Browsers.screenshot(page, "production-passkeys");
            page.context().close();
        }
        Files.createDirectories(Path.of("target/screenshots"));
        assertThat(problems).as("CSP violations, script errors and missing files in the production build").isEmpty();
    }

    private static void signedIn(Page page, String who) {
        try {
            page.locator("vaadin-side-nav-item").first().waitFor(new Locator.WaitForOptions().setTimeout(60_000));
        } catch (RuntimeException e) {
            Browsers.screenshot(page, "production-sign-in-failed");
            throw new AssertionError(who + " did not reach a view after signing in (at " + page.url() + ")", e);
        }
    }

    private void expectDialogWithButtons(Page page, String name) {
        Locator dialog = page.locator("vaadin-dialog[opened], vaadin-confirm-dialog[opened]").last();
        dialog.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
        // the footer's last button (Save, Create token, Submit…) shows once the dialog is open
        dialog.locator("vaadin-button").last().waitFor(new Locator.WaitForOptions().setTimeout(20_000));
        settle(page);
        Browsers.screenshot(page, "production-dialog-" + name.replace(' ', '-'));
        page.keyboard().press("Escape");
        dialog.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
    }

    /** Collects what a person would not see but what breaks the page: CSP violations, errors, 404s. */
    private Page watched(Page page) {
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
}
