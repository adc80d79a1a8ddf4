package org.continuityacademy.directory.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import org.continuityacademy.FormSignIn;
import org.continuityacademy.IntegrationTest;
import org.continuityacademy.SignedIn;
import org.continuityacademy.directory.AccountAdministration;
import org.continuityacademy.directory.EmployeeImports;
import org.continuityacademy.security.AppRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
class AccountsViewTest extends SpringBrowserlessTest {

    @Autowired
    AccountAdministration administration;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;
    @Autowired
    EmployeeImports imports;
    @Autowired
    UserDetailsService users;

    @Test
    @WithUserDetails("admin")
    void an_administrator_finds_an_account_and_grants_it_an_app_role() {
        var view = navigate(AccountsView.class);
        test(view.search).setValue("continuity");
        assertThat(test(view.grid).size()).isEqualTo(1);

        var dialog = openAccessDialog(view);
        assertThat(dialog.roles.getValue()).containsExactlyInAnyOrder(AppRole.LEARNER, AppRole.CONTINUITY_MANAGER, AppRole.MANAGER);
        dialog.roles.setValue(EnumSet.of(AppRole.LEARNER, AppRole.CONTINUITY_MANAGER, AppRole.MANAGER, AppRole.HR));
        test(dialog.save).click();

        try {
            assertThat(test($(Notification.class).last()).getText()).contains("saved");
            assertThat(administration.search("continuity", PageRequest.of(0, 5)).getFirst().roles())
                    .containsExactlyInAnyOrder(AppRole.LEARNER, AppRole.CONTINUITY_MANAGER, AppRole.MANAGER, AppRole.HR);
        } finally {
            long id = administration.search("continuity", PageRequest.of(0, 5)).getFirst().id();
            administration.changeAccess(id, EnumSet.of(AppRole.LEARNER, AppRole.CONTINUITY_MANAGER, AppRole.MANAGER), true);
        }
    }

    @Test
    @WithUserDetails("admin")
    void an_administrator_is_told_why_they_cannot_lock_themselves_out() {
        var view = navigate(AccountsView.class);
        test(view.search).setValue("sam.okafor");
        var dialog = openAccessDialog(view);
        dialog.enabled.setValue(false);
        test(dialog.save).click();

        assertThat(test($(Notification.class).last()).getText()).contains("You cannot remove your own administrator role");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(administration.search("sam.okafor", PageRequest.of(0, 5)).getFirst().enabled()).isTrue();
    }

    @Test
    @WithUserDetails("admin")
    void a_locked_account_shows_until_when_and_an_administrator_unlocks_it() {
        try {
            for (int i = 0; i < 5; i++) {
                FormSignIn.attempt(port, "learner", "not-the-password");
            }
            var view = navigate(AccountsView.class);
            test(view.search).setValue("learner");

            assertThat(test(view.grid).getCellComponent(0, "status").getElement().getTextRecursively()).contains("Locked until");
            var unlock = (Button) test(view.grid).getCellComponent(0, "unlock");
            assertThat(unlock.isVisible()).isTrue();
            test(unlock).click();

            assertThat(test($(Notification.class).last()).getText()).isEqualTo("Lena Novak can sign in again.");
            assertThat(administration.search("learner", PageRequest.of(0, 5)).getFirst().locked()).isFalse();
            assertThat(test(view.grid).getCellComponent(0, "status").getElement().getTextRecursively()).doesNotContain("Locked");
            assertThat(test(view.grid).getCellComponent(0, "unlock").isVisible()).isFalse();
        } finally {
            jdbc.sql("delete from sign_in_failure").update();
            jdbc.sql("delete from sign_in_lock").update();
        }
    }

    /** A new employee through HR's import: their account's user name is their address. */
    private String newPerson(boolean active) {
        String number = "AV" + (System.nanoTime() % 100_000_000);
        String address = "avi." + number.toLowerCase() + "@harbourline.example";
        SignedIn.as(users, "hr", () -> imports.apply(imports.preview("view.csv", ("Employee number,First name,Last name,E-mail,"
                + "Department\n" + number + ",Avi,View" + number + "," + address + ",Claims\n").getBytes(StandardCharsets.UTF_8),
                false).importId()));
        if (!active) {
            SignedIn.as(users, "hr", () -> imports.apply(imports.preview("view-leaves.csv", ("Employee number,First name,Last name,"
                    + "E-mail,Department,Active\n" + number + ",Avi,View" + number + "," + address + ",Claims,no\n")
                    .getBytes(StandardCharsets.UTF_8), false).importId()));
        }
        return address;
    }

    @Test
    @WithUserDetails("admin")
    void an_administrator_disables_an_account_in_the_access_dialog_and_enables_it_again() {
        String address = newPerson(true);
        var view = navigate(AccountsView.class);
        test(view.search).setValue(address);

        var dialog = openAccessDialog(view);
        assertThat(dialog.enabled.getHelperText()).isEqualTo("A disabled account keeps its history but cannot sign in; its open sessions end within a minute.");
        dialog.enabled.setValue(false);
        test(dialog.save).click();
        assertThat(test($(Notification.class).last()).getText()).contains("saved");
        assertThat(administration.search(address, PageRequest.of(0, 1)).getFirst().enabled()).isFalse();

        dialog = openAccessDialog(view);
        dialog.enabled.setValue(true);
        test(dialog.save).click();
        assertThat(administration.search(address, PageRequest.of(0, 1)).getFirst().enabled()).isTrue();
    }

    @Test
    @WithUserDetails("admin")
    void an_administrator_is_told_why_a_leavers_account_stays_disabled() {
        String address = newPerson(false);
        var view = navigate(AccountsView.class);
        test(view.search).setValue(address);

        var dialog = openAccessDialog(view);
        dialog.enabled.setValue(true);
        test(dialog.save).click();

        assertThat(test($(Notification.class).last()).getText()).contains("has left the organisation according to the employee list");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(administration.search(address, PageRequest.of(0, 1)).getFirst().enabled()).isFalse();
    }

    @Test
    @WithUserDetails("admin")
    void an_administrator_sees_how_many_passkeys_someone_has_and_removes_them_after_a_confirmation() {
        String address = newPerson(true);
        String user = org.springframework.security.web.webauthn.api.Bytes.random().toBase64UrlString();
        jdbc.sql("insert into user_entities (id, name, display_name) values (?, ?, ?)").params(user, address, address).update();
        for (String label : java.util.List.of("Laptop", "Phone")) {
            jdbc.sql("""
                    insert into user_credentials (credential_id, user_entity_user_id, public_key, signature_count, uv_initialized,
                        backup_eligible, authenticator_transports, public_key_credential_type, backup_state, label, created, last_used)
                    values (?, ?, x'01', 0, true, false, 'internal', 'public-key', false, ?, '2026-11-01 09:00:00',
                            '2026-11-02 09:00:00')""").params(org.springframework.security.web.webauthn.api.Bytes.random().toBase64UrlString(), user, label).update();
        }
        var view = navigate(AccountsView.class);
        test(view.search).setValue(address);

        var dialog = openAccessDialog(view);
        assertThat(dialog.resetTwoStep.isVisible()).isTrue();
        assertThat(dialog.getElement().getTextRecursively()).contains("2 passkeys added.");
        test(dialog.resetTwoStep).click();
        test($(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class).last()).confirm();
        roundTrip(); // notifications join the page before the response, which confirming alone does not reach

        assertThat(administration.search(address, PageRequest.of(0, 1)).getFirst().passkeys()).isZero();
        assertThat(dialog.isOpened()).isFalse();
        String name = administration.search(address, PageRequest.of(0, 1)).getFirst().displayName();
        assertThat($(Notification.class).all()).extracting(n -> test(n).getText())
                .contains("The passkeys of " + name + " are removed and their sessions ended.");
        dialog = openAccessDialog(view);
        assertThat(dialog.resetTwoStep.isVisible()).isFalse();
        assertThat(dialog.getElement().getTextRecursively()).contains("No passkey added.");
    }

    private AccountAccessDialog openAccessDialog(AccountsView view) {
        var edit = (Button) test(view.grid).getCellComponent(0, "edit");
        test(edit).click();
        return $(AccountAccessDialog.class).single();
    }
}
