package org.continuityacademy;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.continuityacademy.security.AppUserPrincipal;
import org.continuityacademy.services.RequiredRole;
import org.continuityacademy.services.ServiceDraft;
import org.continuityacademy.services.ServiceRegister;
import org.continuityacademy.training.TrainingRecords;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Every dialog of the five demo people, with who opens it, on which view and how: the browser tests that look at
 * dialogs ({@code CspBrowserIT} under the production policy, {@code AccessibilityBrowserIT} with axe-core) share it.
 */
public final class Dialogs {

    private Dialogs() {
    }

    /** One dialog: who opens it, on which view, and how. */
    public record Step(String person, String path, String name, Consumer<Page> open) {
    }

    /** What the dialogs need: the learner with an open quiz, and a service of its own whose roles are vacant. */
    public record Arranged(long learner, long service) {
    }

    public static Arranged arrange(UserDetailsService users, TrainingRecords records, ServiceRegister services, Clock clock) {
        long learner = ((AppUserPrincipal) users.loadUserByUsername("learner")).employeeId();
        SignedIn.as(users, "hr", () -> {
            records.statusOf(learner).open().forEach(a -> records.waive(a.id(), "test set-up"));
            return records.assignByHand(List.of(learner), "itscm-for-everyone", LocalDate.now(clock).plusDays(7), "awareness");
        });
        // a service of its own, whose roles are vacant whatever other tests did
        long service = SignedIn.as(users, "continuity", () -> services.create(new ServiceDraft(
                "Claims portal " + System.nanoTime(), "Takes claims", null, 1, 240, 60, 24 * 60,
                Set.of(new RequiredRole("it-recovery-lead", true)), Set.of())).id());
        return new Arranged(learner, service);
    }

    public static List<Step> all(Arranged arranged) {
        long learner = arranged.learner();
        long service = arranged.service();
        return List.of(
                new Step("learner", "learn/itscm-for-everyone/quiz", "quiz review", page -> button(page, "Review answers")),
                new Step("learner", "", "change password", page -> userMenu(page, "Change password")),
                new Step("learner", "", "passkeys", page -> userMenu(page, "Passkeys")),
                new Step("manager", "my-team", "assign role", page -> button(page, "Assign role")),
                new Step("hr", "employees", "invite", page -> button(page, "Invite…")),
                new Step("hr", "training/assign", "assign a module to chosen people", page -> {
                    var people = page.locator("vaadin-multi-select-combo-box input");
                    people.fill("Lena");
                    page.locator("vaadin-multi-select-combo-box-item").first().click();
                    page.keyboard().press("Escape");
                    button(page, "Choose the module…");
                }),
                new Step("continuity", "services", "add service", page -> button(page, "Add service")),
                new Step("continuity", "services/" + service + "/roles", "pick a role holder", page -> button(page, "Assign")),
                new Step("continuity", "employees/" + learner, "assign a role", page -> button(page, "Assign a role")),
                new Step("continuity", "employees/" + learner, "assign a module", page -> button(page, "Assign a module")),
                new Step("continuity", "employees/" + learner, "waive", page -> button(page, "Waive")),
                new Step("admin", "admin/accounts", "edit access", page -> button(page, "Edit access of Lena Novak")),
                new Step("admin", "admin/accounts", "reset password", page -> button(page, "Reset password of Lena Novak")),
                new Step("admin", "admin/api-tokens", "new token", page -> button(page, "New token")));
    }

    /** Clicks the button with this name, or with this name followed by whom it is for ("Assign role to Lena Novak"). */
    public static void button(Page page, String name) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(
                Pattern.compile("^" + name.replaceAll("[.*+?^${}()|\\[\\]\\\\]", "\\\\$0") + "( .*)?$"))).first().click();
    }

    public static void userMenu(Page page, String item) {
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName(Pattern.compile("^User menu for "))).click();
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName(item)).click();
    }
}
