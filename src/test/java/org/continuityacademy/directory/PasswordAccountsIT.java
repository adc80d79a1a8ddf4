package org.continuityacademy.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.continuityacademy.IntegrationTest;
import org.continuityacademy.SignedIn;
import org.continuityacademy.audit.AuditRow;
import org.continuityacademy.audit.AuditTrail;
import org.continuityacademy.base.i18n.Messages;
import org.continuityacademy.base.time.TestClock;
import org.continuityacademy.directory.TestAccounts.Person;
import org.continuityacademy.notifications.NotificationBench;
import org.continuityacademy.security.AppUserPrincipal;
import org.continuityacademy.security.PasswordRules;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Invitations on joining (the setting and the event), HR's invitation of everyone who has not signed in yet, changing
 * one's password, and the first administrator's password that must be changed.
 */
@IntegrationTest
class PasswordAccountsIT {

    static final String GOOD = "tulip harbour lantern nine";
    static final String OTHER_GOOD = "quiet orchard under rain";

    @Autowired
    ApplicationContext context;
    @Autowired
    Invitations invitations;
    @Autowired
    InviteOnJoin inviteOnJoin;
    @Autowired
    Passwords passwords;
    @Autowired
    AccountTokenRepository links;
    @Autowired
    Accounts accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    PasswordRules rules;
    @Autowired
    Messages messages;
    @Autowired
    AuditTrail audit;
    @Autowired
    UserDetailsService users;
    @Autowired
    GreenMail greenMail;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    TestClock clock;

    // --- invite on join ---

    @Test
    void invite_on_join_is_on_exactly_when_single_sign_on_is_off_unless_set() {
        assertThat(InviteOnJoin.decide("", false)).isTrue();
        assertThat(InviteOnJoin.decide("", true)).isFalse();
        assertThat(InviteOnJoin.decide(" TRUE ", true)).isTrue();
        assertThat(InviteOnJoin.decide("false", false)).isFalse();
        assertThatThrownBy(() -> InviteOnJoin.decide("yes", false)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("INVITE_ON_JOIN");
        // the tests run with single sign-on and no setting
        assertThat(inviteOnJoin.enabled()).isFalse();
    }

    @Test
    void with_single_sign_on_and_no_setting_an_opened_account_is_not_invited() {
        Person person = TestAccounts.newcomer(context, "Ingrid", "Sol");

        transaction.executeWithoutResult(status ->
                events.publishEvent(new AccountOpened(person.accountId(), person.employeeId(), person.email(), person.name())));

        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> invitationsOf(person).isEmpty());
    }

    @Test
    void with_invite_on_join_forced_on_an_opened_account_is_invited_once() throws Exception {
        Person person = TestAccounts.newcomer(context, "Jonas", "Ek");
        var forcedOn = new InviteOnJoin(invitations, true);
        var opened = new AccountOpened(person.accountId(), person.employeeId(), person.email(), person.name());

        forcedOn.on(opened);
        // the event may be handled again (after a restart): the open invitation is not repeated
        forcedOn.on(opened);

        assertThat(invitationsOf(person)).hasSize(1);
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            NotificationBench.dispatchNow(context);
            return MailLinks.to(greenMail, person.email()).size() == 1;
        });
        var mail = MailLinks.to(greenMail, person.email()).getFirst();
        assertThat(mail.getSubject()).isEqualTo("Welcome to Continuity Academy: choose your password");
        assertThat(history(person)).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("account invited");
            assertThat(entry.actor()).isEqualTo(AuditTrail.SYSTEM);
            assertThat(entry.summary()).contains("invited on joining");
        });
    }

    @Test
    void an_account_that_has_a_password_or_is_disabled_is_not_invited_on_joining() {
        Person withPassword = TestAccounts.newcomer(context, "Kari", "Holm");
        TestAccounts.setPassword(context, withPassword.accountId(), GOOD);
        Person disabled = TestAccounts.newcomer(context, "Lars", "Nyberg");
        transaction.executeWithoutResult(status -> accounts.findById(disabled.accountId()).orElseThrow()
                .changeAccess(java.util.EnumSet.noneOf(org.continuityacademy.security.AppRole.class), false));
        var forcedOn = new InviteOnJoin(invitations, true);

        forcedOn.on(new AccountOpened(withPassword.accountId(), withPassword.employeeId(), withPassword.email(), withPassword.name()));
        forcedOn.on(new AccountOpened(disabled.accountId(), disabled.employeeId(), disabled.email(), disabled.name()));

        assertThat(invitationsOf(withPassword)).isEmpty();
        assertThat(invitationsOf(disabled)).isEmpty();
    }

    // --- HR invites everyone who has not signed in yet ---

    @Test
    void hr_sees_how_many_will_be_invited_then_invites_them_in_the_background_with_one_audit_entry_for_the_run() {
        String family = "Quill" + Long.toString(System.nanoTime(), 36);
        Person first = TestAccounts.newcomer(context, "Mia", family);
        Person second = TestAccounts.newcomer(context, "Nils", family);
        Person signedUp = TestAccounts.newcomer(context, "Ola", family);
        TestAccounts.setPassword(context, signedUp.accountId(), GOOD);
        var filter = new EmployeeFilter(family, null, true);

        long counted = SignedIn.as(users, "hr", () -> invitations.countToInvite(filter));
        long run = SignedIn.as(users, "hr", () -> invitations.startInvitingEveryone(filter));

        assertThat(counted).isEqualTo(2);
        await().atMost(Duration.ofSeconds(30)).until(() -> SignedIn.as(users, "hr", () -> invitations.progress(run))
                .map(InvitationProgress::finished).orElse(false));
        assertThat(SignedIn.as(users, "hr", () -> invitations.progress(run))).hasValueSatisfying(progress -> {
            assertThat(progress.state()).isEqualTo("DONE");
            assertThat(progress.invited()).isEqualTo(2);
        });
        assertThat(invitationsOf(first)).hasSize(1);
        assertThat(invitationsOf(second)).hasSize(1);
        assertThat(invitationsOf(signedUp)).isEmpty();
        assertThat(history(first)).extracting(AuditRow::action, AuditRow::actor).containsExactly(org.assertj.core.groups.Tuple.tuple("account invited", "hr"));
        assertThat(SignedIn.as(users, "admin", () -> audit.history("employees", "invitations")))
                .filteredOn(entry -> entry.summary().contains(family)).singleElement().satisfies(entry -> {
                    assertThat(entry.action()).isEqualTo("invitations sent");
                    assertThat(entry.after()).isEqualTo("2");
                    assertThat(entry.actor()).isEqualTo("hr");
                });
        // whoever was invited in the last 24 hours is left out of the next run
        assertThat(SignedIn.as(users, "hr", () -> invitations.countToInvite(filter))).isZero();
        clock.advance(Duration.ofHours(25));
        assertThat(SignedIn.as(users, "hr", () -> invitations.countToInvite(filter))).isEqualTo(2);
    }

    @Test
    void only_hr_invites_everyone() {
        var filter = new EmployeeFilter("nobody-at-all", null, true);
        for (String who : List.of("continuity", "admin", "learner")) {
            assertThatThrownBy(() -> SignedIn.as(users, who, () -> invitations.countToInvite(filter))).as(who)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> SignedIn.as(users, who, () -> invitations.startInvitingEveryone(filter))).as(who)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    // --- changing one's password ---

    @Test
    void a_person_changes_their_password_with_the_current_one_and_it_is_audited() {
        Person person = TestAccounts.newcomer(context, "Rut", "Dahl");
        TestAccounts.setPassword(context, person.accountId(), GOOD);

        assertThatThrownBy(() -> as(person.email(), () -> {
            passwords.change("not my password", OTHER_GOOD, OTHER_GOOD);
            return null;
        })).isInstanceOfSatisfying(PasswordRefused.class, refused -> assertThat(refused.problems(PasswordRefused.Field.CURRENT))
                .containsExactly("This is not your current password."));
        assertThatThrownBy(() -> as(person.email(), () -> {
            passwords.change(GOOD, GOOD, GOOD);
            return null;
        })).isInstanceOfSatisfying(PasswordRefused.class, refused -> assertThat(refused.problems(PasswordRefused.Field.PASSWORD))
                .containsExactly("This is your current password. Choose a new one."));
        assertThatThrownBy(() -> as(person.email(), () -> {
            passwords.change(GOOD, "short", "short");
            return null;
        })).isInstanceOf(PasswordRefused.class);
        assertThat(encoder.matches(GOOD, users.loadUserByUsername(person.email()).getPassword())).isTrue();

        as(person.email(), () -> {
            assertThat(passwords.canChange()).isTrue();
            passwords.change(GOOD, OTHER_GOOD, OTHER_GOOD);
            return null;
        });

        assertThat(encoder.matches(OTHER_GOOD, users.loadUserByUsername(person.email()).getPassword())).isTrue();
        assertThat(history(person)).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("password changed");
            assertThat(entry.actor()).isEqualTo(person.email());
        });
    }

    @Test
    void someone_signed_in_through_single_sign_on_cannot_change_a_password_here() {
        Person person = TestAccounts.newcomer(context, "Siv", "Lund");
        TestAccounts.setPassword(context, person.accountId(), GOOD);
        var local = (AppUserPrincipal) users.loadUserByUsername(person.email());
        var token = new OidcIdToken("id-token", clock.instant(), clock.instant().plusSeconds(60), Map.of("sub", "siv"));
        var viaProvider = local.signedInWith(token, null);

        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(viaProvider, null, viaProvider.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            assertThat(passwords.canChange()).isFalse();
            assertThatThrownBy(() -> passwords.change(GOOD, OTHER_GOOD, OTHER_GOOD)).isInstanceOf(AccessDeniedException.class);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
        assertThat(encoder.matches(GOOD, users.loadUserByUsername(person.email()).getPassword())).isTrue();
    }

    // --- the first administrator ---

    @Test
    void the_first_administrators_generated_or_weak_password_must_be_changed_and_a_good_chosen_one_need_not() {
        String tag = Long.toString(System.nanoTime(), 36);
        var generated = firstAdministrator("first-" + tag).create("");
        var weak = firstAdministrator("weak-" + tag).create("admin123");
        var chosen = firstAdministrator("chosen-" + tag).create("lantern quay at low tide");
        try {
            assertThat(generated.isPasswordChangeRequired()).isTrue();
            assertThat(weak.isPasswordChangeRequired()).isTrue();
            assertThat(chosen.isPasswordChangeRequired()).isFalse();
            var signedIn = (AppUserPrincipal) users.loadUserByUsername("weak-" + tag);
            assertThat(signedIn.passwordChangeRequired()).isTrue();

            as("weak-" + tag, () -> {
                assertThat(passwords.changeRequired()).isTrue();
                passwords.change("admin123", OTHER_GOOD, OTHER_GOOD);
                assertThat(passwords.changeRequired()).isFalse();
                return null;
            });

            assertThat(((AppUserPrincipal) users.loadUserByUsername("weak-" + tag)).passwordChangeRequired()).isFalse();
            assertThat(SignedIn.as(users, "admin", () -> audit.history("account", String.valueOf(weak.getId()))))
                    .singleElement().satisfies(entry -> assertThat(entry.summary()).contains("as required at the first sign-in"));
        } finally {
            // they are administrators: leave the shared database with the demo's administrators only
            transaction.executeWithoutResult(status -> List.of(generated, weak, chosen).forEach(a ->
                    accounts.findById(a.getId()).orElseThrow().changeAccess(a.getRoles(), false)));
        }
    }

    private FirstAdministrator firstAdministrator(String username) {
        return new FirstAdministrator(accounts, encoder, clock, messages, rules, username, "");
    }

    private List<AccountToken> invitationsOf(Person person) {
        return links.findAll().stream()
                .filter(l -> l.getAccountId() == person.accountId() && l.getPurpose() == TokenPurpose.INVITATION).toList();
    }

    private List<AuditRow> history(Person person) {
        return SignedIn.as(users, "admin", () -> audit.history("account", String.valueOf(person.accountId())));
    }

    private <T> T as(String username, Supplier<T> work) {
        return SignedIn.as(users, username, work);
    }
}
