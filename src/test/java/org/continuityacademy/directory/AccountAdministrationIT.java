package org.continuityacademy.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import org.continuityacademy.HttpSignIn;
import org.continuityacademy.IntegrationTest;
import org.continuityacademy.SignedIn;
import org.continuityacademy.security.AppRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.security.web.webauthn.api.AuthenticatorTransport;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCose;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialType;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import java.time.Instant;
import java.util.Set;

/** Administrators disable and enable accounts and change app roles: audited, and losing access ends the sessions. */
@IntegrationTest
class AccountAdministrationIT {

    @Autowired
    AccountAdministration administration;
    @Autowired
    EmployeeImports imports;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    PublicKeyCredentialUserEntityRepository passkeyUsers;
    @Autowired
    UserCredentialRepository passkeys;
    @LocalServerPort
    int port;


    /** The failed sign-ins here (a leaver or a disabled account trying again) must not count against the next tests. */
    @AfterEach
    void forgetFailedSignIns() {
        jdbc.sql("delete from sign_in_failure").update();
        jdbc.sql("delete from sign_in_lock").update();
    }

    /** A new employee (by HR's import) whose account has a password: returns the account id; user name = address. */
    long person(String address) {
        String number = "AD" + (System.nanoTime() % 100_000_000);
        SignedIn.as(users, "hr", () -> imports.apply(imports.preview("person.csv", (EmployeeImportsIT.HEADER + number + ",Ada,Admin,"
                + address + ",Claims,,Leeds,2025-01-01,yes\n").getBytes(StandardCharsets.UTF_8), false).importId()));
        long account = jdbc.sql("select id from account where username = ?").param(address).query(Long.class).single();
        jdbc.sql("update account set password_hash = ? where id = ?").params(passwords.encode("correct horse battery"), account).update();
        return account;
    }

    static String address() {
        return "ada." + (System.nanoTime() % 100_000_000) + "@harbourline.example";
    }

    List<List<String>> audit(long accountId) {
        return jdbc.sql("""
                        select action, actor, summary, coalesce(before_state, ''), coalesce(after_state, '')
                        from audit_entry where subject_type = 'account' and subject_id = ? order by at, id
                        """).param(String.valueOf(accountId))
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .list();
    }

    @Test
    @WithUserDetails("admin")
    void an_administrator_disables_an_account_which_ends_its_session_and_enables_it_again() {
        String address = address();
        long account = person(address);
        var browser = new HttpSignIn(port);
        assertThat(browser.signIn(address, "correct horse battery")).isTrue();
        assertThat(browser.signedIn()).isTrue();

        assertThat(administration.disable(account).enabled()).isFalse();

        assertThat(browser.signedIn()).as("the open session ended").isFalse();
        assertThat(new HttpSignIn(port).signIn(address, "correct horse battery")).isFalse();
        assertThat(audit(account).getLast()).containsExactly("account disabled", "admin", address + ": disabled by an administrator",
                "enabled", "disabled");

        assertThat(administration.enable(account).enabled()).isTrue();

        assertThat(audit(account).getLast()).containsExactly("account enabled", "admin", address + ": enabled again by an administrator",
                "disabled", "enabled");
        assertThat(new HttpSignIn(port).signIn(address, "correct horse battery")).isTrue();
    }

    @Test
    @WithUserDetails("admin")
    void taking_an_app_role_away_ends_the_session_and_each_change_is_audited_with_before_and_after() {
        String address = address();
        long account = person(address);
        administration.changeAccess(account, EnumSet.of(AppRole.LEARNER, AppRole.HR), true);
        var browser = new HttpSignIn(port);
        assertThat(browser.signIn(address, "correct horse battery")).isTrue();

        administration.changeAccess(account, EnumSet.of(AppRole.LEARNER, AppRole.CONTINUITY_MANAGER), true);

        assertThat(browser.signedIn()).as("a session signed in as HR does not keep HR").isFalse();
        var entries = audit(account);
        assertThat(entries.get(entries.size() - 2)).containsExactly("app roles changed", "admin",
                address + ": HR granted by an administrator", "[LEARNER]", "[HR, LEARNER]");
        assertThat(entries.getLast()).containsExactly("app roles changed", "admin",
                address + ": HR removed, CONTINUITY_MANAGER granted by an administrator", "[HR, LEARNER]",
                "[CONTINUITY_MANAGER, LEARNER]");
    }

    @Test
    @WithUserDetails("admin")
    void an_administrator_cannot_disable_their_own_account() {
        long mine = administration.search("sam.okafor", org.springframework.data.domain.PageRequest.of(0, 1)).getFirst().id();
        assertThatThrownBy(() -> administration.disable(mine)).isInstanceOf(AccountChangeRefused.class)
                .hasMessageStartingWith("You cannot remove your own administrator role or disable your own account");
        assertThat(administration.search("sam.okafor", org.springframework.data.domain.PageRequest.of(0, 1)).getFirst().enabled()).isTrue();
    }

    @Test
    void hr_and_managers_cannot_disable_or_enable_accounts() {
        long account = SignedIn.as(users, "admin", () -> person(address()));
        for (String who : List.of("hr", "manager", "learner", "continuity")) {
            assertThatThrownBy(() -> SignedIn.as(users, who, () -> administration.disable(account)))
                    .as(who).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> SignedIn.as(users, who, () -> administration.enable(account)))
                    .as(who).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> SignedIn.as(users, who, () -> administration.changeAccess(account, EnumSet.of(AppRole.LEARNER), false)))
                    .as(who).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(jdbc.sql("select enabled from account where id = ?").param(account).query(Boolean.class).single()).isTrue();
        assertThat(audit(account)).extracting(e -> e.get(0)).containsExactly("account created");
    }

    /** Stores a passkey for a user name as Spring's WebAuthn registration would (the key itself is never checked here). */
    void addPasskey(String username, String label) {
        var user = passkeyUsers.findByUsername(username);
        if (user == null) {
            user = ImmutablePublicKeyCredentialUserEntity.builder().name(username).id(Bytes.random()).displayName(username).build();
            passkeyUsers.save(user);
        }
        passkeys.save(ImmutableCredentialRecord.builder()
                .credentialType(PublicKeyCredentialType.PUBLIC_KEY).credentialId(Bytes.random()).userEntityUserId(user.getId())
                .publicKey(new ImmutablePublicKeyCose(new byte[] {1, 2, 3})).signatureCount(0).uvInitialized(true)
                .backupEligible(false).backupState(false).transports(Set.of(AuthenticatorTransport.INTERNAL))
                .attestationObject(new Bytes(new byte[] {4})).attestationClientDataJSON(new Bytes(new byte[] {5}))
                .created(Instant.parse("2026-11-01T09:00:00Z")).lastUsed(Instant.parse("2026-11-02T09:00:00Z")).label(label).build());
    }

    int passkeyCount(String username) {
        return jdbc.sql("select count(*) from user_credentials c join user_entities u on u.id = c.user_entity_user_id where u.name = ?")
                .param(username).query(Integer.class).single();
    }

    @Test
    @WithUserDetails("admin")
    void an_administrator_removes_the_passkeys_of_someone_who_lost_their_device_which_ends_their_session() {
        String address = address();
        long account = person(address);
        addPasskey(address, "Work laptop");
        addPasskey(address, "Phone");
        assertThat(administration.search(address, org.springframework.data.domain.PageRequest.of(0, 1)).getFirst().passkeys()).isEqualTo(2);
        var browser = new HttpSignIn(port);
        assertThat(browser.signIn(address, "correct horse battery")).isTrue();

        var row = administration.resetTwoStepSignIn(account);

        assertThat(row.passkeys()).isZero();
        assertThat(passkeyCount(address)).isZero();
        assertThat(browser.signedIn()).as("the open session ended").isFalse();
        assertThat(new HttpSignIn(port).signIn(address, "correct horse battery")).as("the password still works").isTrue();
        var entries = audit(account);
        assertThat(entries.subList(entries.size() - 3, entries.size())).extracting(e -> e.get(0))
                .containsExactlyInAnyOrder("passkey removed", "passkey removed", "two-step sign-in reset");
        assertThat(entries.getLast()).containsExactly("two-step sign-in reset", "admin",
                address + ": 2 passkey(s) removed by an administrator; sessions ended", "2 passkey(s)", "none");

        assertThatThrownBy(() -> administration.resetTwoStepSignIn(account)).isInstanceOf(AccountChangeRefused.class)
                .hasMessage("Ada Admin has no passkey to remove.");
    }

    @Test
    @WithUserDetails("admin")
    void an_administrator_cannot_remove_their_own_passkeys_here() {
        var mine = administration.search("sam.okafor", org.springframework.data.domain.PageRequest.of(0, 1)).getFirst();
        addPasskey(mine.username(), "Admin's key");
        try {
            assertThatThrownBy(() -> administration.resetTwoStepSignIn(mine.id())).isInstanceOf(AccountChangeRefused.class)
                    .hasMessage("You cannot remove your own passkeys here. Ask another administrator.");
            assertThat(passkeyCount(mine.username())).isEqualTo(1);
        } finally {
            jdbc.sql("delete from user_entities where name = ?").param(mine.username()).update();
        }
    }

    @Test
    void only_an_administrator_may_remove_someone_s_passkeys() {
        String address = address();
        long account = SignedIn.as(users, "admin", () -> person(address));
        addPasskey(address, "Work laptop");
        for (String who : List.of("hr", "manager", "learner", "continuity")) {
            assertThatThrownBy(() -> SignedIn.as(users, who, () -> administration.resetTwoStepSignIn(account)))
                    .as(who).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(passkeyCount(address)).isEqualTo(1);
    }
}
