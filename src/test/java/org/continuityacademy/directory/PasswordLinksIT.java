package org.continuityacademy.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.continuityacademy.IntegrationTest;
import org.continuityacademy.SignedIn;
import org.continuityacademy.audit.AuditRow;
import org.continuityacademy.audit.AuditTrail;
import org.continuityacademy.base.time.TestClock;
import org.continuityacademy.directory.TestAccounts.Person;
import org.continuityacademy.notifications.NotificationBench;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Invitation and reset links end to end on the real outbox and a real SMTP server: what the e-mail carries, what is
 * stored (never the token), and every bad link (expired, used, forged, altered, replaced) answered with
 * {@link LinkNotValid} and no change. Each test makes its own people, outside the demo company.
 */
@IntegrationTest
class PasswordLinksIT {

    static final String GOOD = "tulip harbour lantern nine";
    static final String OTHER_GOOD = "quiet orchard under rain";

    @Autowired
    ApplicationContext context;
    @Autowired
    Invitations invitations;
    @Autowired
    PasswordResets resets;
    @Autowired
    Passwords passwords;
    @Autowired
    AccountTokenRepository links;
    @Autowired
    Accounts accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    AuditTrail audit;
    @Autowired
    UserDetailsService users;
    @Autowired
    GreenMail greenMail;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock clock;

    Person person;

    @BeforeEach
    void aNewcomer() {
        person = TestAccounts.newcomer(context, "Petra", "Lindqvist");
    }

    // --- the invitation and what is stored ---

    @Test
    void an_invitation_carries_the_user_name_and_a_link_whose_token_is_stored_nowhere() {
        SignedIn.as(users, "admin", () -> {
            invitations.resend(person.accountId());
            return null;
        });
        MimeMessage mail = deliveredTo(person.email(), 1).getFirst();
        String token = MailLinks.token(mail);
        String text = MailLinks.text(mail);

        assertThat(text).contains("Continuity Academy", "Your user name: " + person.email(), "It works once, until",
                "Forgot password");
        assertThat(MailLinks.link(mail)).startsWith("http://localhost:8080/set-password?token=");
        // the outbox keeps a reference to the link's row, not the token; the token table keeps its SHA-256
        long linkId = links.findFirstByAccountIdAndPurposeOrderByRequestedAtDescIdDesc(person.accountId(), TokenPurpose.INVITATION)
                .orElseThrow().getId();
        assertThat(jdbc.sql("select link_ref from notification where recipient_id = ?").param(person.employeeId())
                .query(String.class).list()).containsExactly("account-token:" + linkId);
        assertThat(jdbc.sql("""
                select count(*) from notification
                where body like :t or subject like :t or coalesce(link, '') like :t or coalesce(link_ref, '') like :t
                   or coalesce(last_error, '') like :t
                """).param("t", "%" + token + "%").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select token_hash from account_token where id = ?").param(linkId).query(String.class).single())
                .isEqualTo(AccountTokens.hash(token)).isNotEqualTo(token).hasSize(64);
        assertThat(jdbc.sql("select count(*) from account_token where token_hash = ?").param(token).query(Long.class).single()).isZero();
        // e-mail only: the invitation is not in the person's bell
        assertThat(jdbc.sql("select count(*) from notification where recipient_id = ? and read_at is null")
                .param(person.employeeId()).query(Long.class).single()).isZero();

        assertThat(passwords.link(token)).hasValueSatisfying(link -> {
            assertThat(link.username()).isEqualTo(person.email());
            assertThat(link.invitation()).isTrue();
        });
        passwords.setWithLink(token, GOOD, GOOD);

        assertThat(encoder.matches(GOOD, users.loadUserByUsername(person.email()).getPassword())).isTrue();
        assertThat(actions()).containsExactly("account invited", "password set");
    }

    @Test
    void a_second_use_of_a_link_is_refused_and_changes_nothing() {
        String token = invite();
        passwords.setWithLink(token, GOOD, GOOD);

        assertThatThrownBy(() -> passwords.setWithLink(token, OTHER_GOOD, OTHER_GOOD)).isInstanceOf(LinkNotValid.class);

        assertThat(passwords.link(token)).isEmpty();
        assertThat(encoder.matches(GOOD, users.loadUserByUsername(person.email()).getPassword())).isTrue();
        assertThat(actions()).containsExactly("account invited", "password set");
    }

    @Test
    void an_expired_invitation_link_is_refused_and_changes_nothing() {
        String token = invite();
        clock.advance(Duration.ofDays(7).plusMinutes(1));

        assertThat(passwords.link(token)).isEmpty();
        assertThatThrownBy(() -> passwords.setWithLink(token, GOOD, GOOD)).isInstanceOf(LinkNotValid.class);

        assertThat(accounts.findById(person.accountId()).orElseThrow().getPasswordHash()).isNull();
        assertThat(actions()).containsExactly("account invited");
    }

    @Test
    void an_invitation_link_still_works_just_before_seven_days() {
        String token = invite();
        clock.advance(Duration.ofDays(7).minusMinutes(1));

        passwords.setWithLink(token, GOOD, GOOD);

        assertThat(accounts.findById(person.accountId()).orElseThrow().getPasswordHash()).isNotNull();
    }

    @Test
    void forged_tampered_and_malformed_links_are_refused_and_change_nothing() {
        String token = invite();
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        char last = token.charAt(token.length() - 1);
        String tampered = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');

        for (String bad : List.of(forged, tampered, token + "A", token.substring(1), "", "abc", token.toUpperCase(),
                "' or '1'='1", AccountTokens.hash(token))) {
            assertThat(passwords.link(bad)).as(bad).isEmpty();
            assertThatThrownBy(() -> passwords.setWithLink(bad, GOOD, GOOD)).as(bad).isInstanceOf(LinkNotValid.class);
        }

        assertThat(accounts.findById(person.accountId()).orElseThrow().getPasswordHash()).isNull();
        // the real link was not harmed by the attempts
        passwords.setWithLink(token, GOOD, GOOD);
        assertThat(actions()).containsExactly("account invited", "password set");
    }

    @Test
    void a_refused_password_names_every_problem_and_leaves_the_link_usable() {
        String token = invite();

        assertThatThrownBy(() -> passwords.setWithLink(token, "petra2026", "petra2027"))
                .isInstanceOfSatisfying(PasswordRefused.class, refused -> {
                    assertThat(refused.problems(PasswordRefused.Field.PASSWORD)).containsExactly(
                            "Use at least 15 characters; this has 9. A few unrelated words make a long password that is easy to remember.",
                            "This contains your name. Choose something that cannot be guessed from it.");
                    assertThat(refused.problems(PasswordRefused.Field.REPEAT))
                            .containsExactly("The two passwords are not the same. Type the new password again.");
                });
        assertThatThrownBy(() -> passwords.setWithLink(token, "password", "password")).isInstanceOf(PasswordRefused.class);

        assertThat(accounts.findById(person.accountId()).orElseThrow().getPasswordHash()).isNull();
        assertThat(passwords.link(token)).isPresent();
        passwords.setWithLink(token, GOOD, GOOD);
        assertThat(actions()).containsExactly("account invited", "password set");
    }

    @Test
    void a_new_invitation_replaces_the_older_link() {
        String first = invite();
        String second = invite();

        assertThat(first).isNotEqualTo(second);
        assertThatThrownBy(() -> passwords.setWithLink(first, GOOD, GOOD)).isInstanceOf(LinkNotValid.class);
        passwords.setWithLink(second, GOOD, GOOD);
    }

    @Test
    void an_invitation_replaced_before_it_was_sent_is_not_sent() {
        SignedIn.as(users, "admin", () -> {
            invitations.resend(person.accountId());
            invitations.resend(person.accountId());
            return null;
        });

        MimeMessage mail = deliveredTo(person.email(), 1).getFirst();
        NotificationBench.dispatchNow(context);

        assertThat(MailLinks.to(greenMail, person.email())).hasSize(1);
        assertThat(jdbc.sql("select status from notification where recipient_id = ? order by id").param(person.employeeId())
                .query(String.class).list()).containsExactly("WITHDRAWN", "SENT");
        passwords.setWithLink(MailLinks.token(mail), GOOD, GOOD);
    }

    @Test
    void invitations_are_for_accounts_without_a_password_and_for_administrators_only() {
        TestAccounts.setPassword(context, person.accountId(), GOOD);

        assertThatThrownBy(() -> SignedIn.as(users, "admin", () -> {
            invitations.resend(person.accountId());
            return null;
        })).isInstanceOf(AccountChangeRefused.class).hasMessageContaining("has a password already");
        Person other = TestAccounts.newcomer(context, "Olle", "Berg");
        assertThatThrownBy(() -> SignedIn.as(users, "hr", () -> {
            invitations.resend(other.accountId());
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        assertThat(links.findAll()).noneMatch(l -> l.getAccountId() == person.accountId() || l.getAccountId() == other.accountId());
    }

    // --- password resets ---

    @Test
    void a_reset_link_sets_a_new_password_and_is_audited() throws Exception {
        TestAccounts.setPassword(context, person.accountId(), GOOD);

        assertThat(resets.requestNow(person.email().toUpperCase())).isEqualTo(1);
        MimeMessage mail = deliveredTo(person.email(), 1).getFirst();
        assertThat(mail.getSubject()).isEqualTo("Your Continuity Academy password");
        assertThat(MailLinks.text(mail)).contains("If you did not ask for this, you can ignore this e-mail");
        assertThat(passwords.link(MailLinks.token(mail))).hasValueSatisfying(link -> assertThat(link.invitation()).isFalse());

        passwords.setWithLink(MailLinks.token(mail), OTHER_GOOD, OTHER_GOOD);

        assertThat(encoder.matches(OTHER_GOOD, users.loadUserByUsername(person.email()).getPassword())).isTrue();
        assertThat(actions()).containsExactly("password reset requested", "password reset");
    }

    @Test
    void a_reset_link_works_for_an_hour() {
        TestAccounts.setPassword(context, person.accountId(), GOOD);
        resets.requestNow(person.email());
        String token = MailLinks.token(deliveredTo(person.email(), 1).getFirst());
        clock.advance(Duration.ofMinutes(61));

        assertThatThrownBy(() -> passwords.setWithLink(token, OTHER_GOOD, OTHER_GOOD)).isInstanceOf(LinkNotValid.class);
        assertThat(encoder.matches(GOOD, users.loadUserByUsername(person.email()).getPassword())).isTrue();
    }

    @Test
    void a_reset_requested_a_hundred_times_sends_three_e_mails_and_audits_the_throttle_once() {
        TestAccounts.setPassword(context, person.accountId(), GOOD);

        int written = 0;
        for (int i = 0; i < 100; i++) {
            written += resets.requestNow(person.email());
            NotificationBench.dispatchNow(context);
        }

        assertThat(written).isEqualTo(3);
        List<MimeMessage> mails = deliveredTo(person.email(), 3);
        assertThat(actions()).containsExactly("password reset requested", "password reset requested", "password reset requested",
                "password reset throttled");
        // each new link replaced the one before: only the newest works
        assertThatThrownBy(() -> passwords.setWithLink(MailLinks.token(mails.getFirst()), OTHER_GOOD, OTHER_GOOD))
                .isInstanceOf(LinkNotValid.class);
        passwords.setWithLink(MailLinks.token(mails.getLast()), OTHER_GOOD, OTHER_GOOD);

        // an hour after the first request, a request is answered again
        clock.advance(Duration.ofMinutes(61));
        assertThat(resets.requestNow(person.email())).isEqualTo(1);
    }

    @Test
    void a_reset_for_an_unknown_address_answers_the_same_and_does_nothing() {
        long notifications = count("notification");
        long entries = count("audit_entry");
        long tokens = count("account_token");

        resets.request("nobody-" + System.nanoTime() + "@nowhere.example");
        assertThat(resets.requestNow("nobody-" + System.nanoTime() + "@nowhere.example")).isZero();
        resets.request("not an address");
        resets.request("");

        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                .until(() -> count("notification") == notifications && count("account_token") == tokens);
        assertThat(count("audit_entry")).isEqualTo(entries);
    }

    @Test
    void the_forgot_password_page_hands_the_work_to_a_background_thread_that_sends_the_link() {
        TestAccounts.setPassword(context, person.accountId(), GOOD);

        resets.request(" " + person.email() + " ");

        await().atMost(Duration.ofSeconds(20)).until(() -> {
            NotificationBench.dispatchNow(context);
            return MailLinks.to(greenMail, person.email()).size() == 1;
        });
    }

    @Test
    void with_single_sign_on_on_an_account_without_a_password_and_a_leavers_account_get_no_reset() {
        // the test context has single sign-on: a reset must not give a way around the provider
        assertThat(resets.requestNow(person.email())).isZero();

        TestAccounts.setPassword(context, person.accountId(), GOOD);
        context.getBean(org.springframework.transaction.support.TransactionTemplate.class).executeWithoutResult(status ->
                context.getBean(Employees.class).findById(person.employeeId()).orElseThrow()
                        .deactivate(java.time.LocalDate.now(clock), clock.instant()));
        assertThat(resets.requestNow(person.email())).isZero();
        assertThat(actions()).isEmpty();
    }

    @Test
    void an_administrator_forces_a_reset_the_old_password_stops_working_and_a_link_arrives() {
        TestAccounts.setPassword(context, person.accountId(), GOOD);

        SignedIn.as(users, "admin", () -> {
            resets.force(person.accountId());
            return null;
        });

        assertThatThrownBy(() -> users.loadUserByUsername(person.email())).isInstanceOf(UsernameNotFoundException.class);
        MimeMessage mail = deliveredTo(person.email(), 1).getFirst();
        assertThat(MailLinks.text(mail)).contains("an administrator has cleared the password");
        passwords.setWithLink(MailLinks.token(mail), OTHER_GOOD, OTHER_GOOD);
        assertThat(encoder.matches(OTHER_GOOD, users.loadUserByUsername(person.email()).getPassword())).isTrue();
        assertThat(history()).extracting(AuditRow::action).containsExactly("password reset forced", "password reset");
        assertThat(history().getFirst().actor()).isEqualTo("admin");
    }

    @Test
    void nobody_forces_a_reset_of_their_own_account_and_only_administrators_force_one() {
        long adminAccount = ((org.continuityacademy.security.AppUserPrincipal) users.loadUserByUsername("admin")).accountId();
        assertThatThrownBy(() -> SignedIn.as(users, "admin", () -> {
            resets.force(adminAccount);
            return null;
        })).isInstanceOf(AccountChangeRefused.class).hasMessageContaining("Change password");
        assertThatThrownBy(() -> SignedIn.as(users, "hr", () -> {
            resets.force(person.accountId());
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        assertThat(users.loadUserByUsername("admin").getPassword()).isNotNull();
    }

    // --- helpers ---

    /** An administrator sends the invitation; the outbox delivers it; its token. */
    private String invite() {
        int before = MailLinks.to(greenMail, person.email()).size();
        SignedIn.as(users, "admin", () -> {
            invitations.resend(person.accountId());
            return null;
        });
        return MailLinks.token(deliveredTo(person.email(), before + 1).getLast());
    }

    private List<MimeMessage> deliveredTo(String address, int expected) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            NotificationBench.dispatchNow(context);
            return MailLinks.to(greenMail, address).size() >= expected;
        });
        return MailLinks.to(greenMail, address);
    }

    private List<AuditRow> history() {
        return SignedIn.as(users, "admin", () -> audit.history("account", String.valueOf(person.accountId())));
    }

    private List<String> actions() {
        return history().stream().map(AuditRow::action).toList();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
