package org.continuityacademy.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.continuityacademy.FormSignIn;
import org.continuityacademy.IntegrationTest;
import org.continuityacademy.SignedIn;
import org.continuityacademy.audit.AuditRow;
import org.continuityacademy.audit.AuditTrail;
import org.continuityacademy.base.time.TestClock;
import org.continuityacademy.security.SignInThrottle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Failed sign-ins through the real login form: five on one account within 15 minutes lock its local sign-in for 15
 * minutes (the right password included), unknown user names alike, twenty from one address lock the address; locks are
 * audited and an administrator can unlock.
 */
@IntegrationTest
class SignInThrottleIT {

    static final String WRONG = "not-the-password";
    static final String LOCKED = "/login?error&locked";
    static final String FAILED = "/login?error";

    @LocalServerPort
    int port;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SignInThrottle throttle;
    @Autowired
    AccountAdministration administration;
    @Autowired
    AuditTrail audit;
    @Autowired
    UserDetailsService users;
    @Autowired
    SignInThrottling throttling;
    @Autowired
    Scheduler scheduler;

    @BeforeEach
    @AfterEach
    void forgetFailedSignIns() {
        jdbc.sql("delete from sign_in_failure").update();
        jdbc.sql("delete from sign_in_lock").update();
    }

    @Test
    void five_failures_lock_the_account_and_even_the_right_password_is_refused() {
        Instant start = clock.instant();
        for (int i = 1; i <= 4; i++) {
            assertThat(FormSignIn.attempt(port, i % 2 == 0 ? "LEARNER" : " learner", WRONG)).as("failure %d", i).isEqualTo(FAILED);
        }
        assertThat(throttle.refuses("learner", "127.0.0.1")).isFalse();

        // the fifth locks, and its answer already says to try again later
        assertThat(FormSignIn.attempt(port, "learner", WRONG)).isEqualTo(LOCKED);
        assertThat(FormSignIn.attempt(port, "learner", "demo")).isEqualTo(LOCKED);
        assertThat(FormSignIn.attempt(port, "127.0.0.9", "Learner", "demo")).as("from another address too").isEqualTo(LOCKED);
        // other people are not affected
        assertThat(FormSignIn.attempt(port, "manager", "demo")).isEqualTo("/");

        var locked = lastEntry("account", learnerId());
        assertThat(locked.action()).isEqualTo("account locked");
        assertThat(locked.summary()).contains("learner", "5 failed attempts", "15 minutes");
        assertThat(locked.after()).startsWith("locked until ");
        Instant until = Instant.parse(locked.after().substring("locked until ".length(), locked.after().indexOf(' ', "locked until ".length())));
        assertThat(until).isBetween(start.plus(Duration.ofMinutes(15)), clock.instant().plus(Duration.ofMinutes(15)));
    }

    @Test
    void the_lock_ends_after_fifteen_minutes_and_attempts_during_it_are_not_counted() {
        lockLearner();
        clock.advance(Duration.ofMinutes(10));
        // refused before the password is compared: these count for nothing and do not lengthen the lock
        for (int i = 0; i < 3; i++) {
            assertThat(FormSignIn.attempt(port, "learner", WRONG)).isEqualTo(LOCKED);
        }
        assertThat(FormSignIn.attempt(port, "learner", "demo")).isEqualTo(LOCKED);

        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        assertThat(FormSignIn.attempt(port, "learner", "demo")).isEqualTo("/");
    }

    @Test
    void failures_count_within_a_sliding_window_of_fifteen_minutes() {
        fail("learner", 4);
        clock.advance(Duration.ofMinutes(16));
        fail("learner", 4);
        assertThat(throttle.refuses("learner", "127.0.0.1")).as("the first four have left the window").isFalse();

        clock.advance(Duration.ofMinutes(10));
        // four from ten minutes ago and this one: five within fifteen minutes
        assertThat(FormSignIn.attempt(port, "learner", WRONG)).isEqualTo(LOCKED);
        assertThat(throttle.refuses("learner", "127.0.0.1")).isTrue();
    }

    @Test
    void a_successful_sign_in_clears_the_accounts_count() {
        fail("learner", 4);
        assertThat(FormSignIn.attempt(port, "learner", "demo")).isEqualTo("/");
        fail("learner", 4);
        assertThat(throttle.refuses("learner", "127.0.0.1")).isFalse();
        assertThat(FormSignIn.attempt(port, "learner", WRONG)).isEqualTo(LOCKED);
    }

    @Test
    void an_unknown_user_name_gets_the_same_answers_as_an_account() {
        for (int i = 1; i <= 4; i++) {
            assertThat(FormSignIn.attempt(port, "nobody.here@example.com", WRONG)).isEqualTo(FAILED);
        }
        assertThat(FormSignIn.attempt(port, "nobody.here@example.com", WRONG)).isEqualTo(LOCKED);
        assertThat(FormSignIn.attempt(port, "Nobody.Here@example.com ", "any-password")).isEqualTo(LOCKED);

        var locked = lastEntry("user name", "nobody.here@example.com");
        assertThat(locked.action()).isEqualTo("user name locked");
        assertThat(locked.summary()).contains("no such account", "5 failed attempts");

        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        assertThat(FormSignIn.attempt(port, "nobody.here@example.com", WRONG)).isEqualTo(FAILED);
    }

    @Test
    void twenty_failures_from_one_address_lock_the_address_for_every_account() {
        for (int i = 1; i <= 19; i++) {
            assertThat(FormSignIn.attempt(port, "127.0.0.3", "guess-" + i, WRONG)).as("failure %d", i).isEqualTo(FAILED);
        }
        assertThat(FormSignIn.attempt(port, "127.0.0.3", "guess-20", WRONG)).isEqualTo(LOCKED);
        // a real person with the right password, from that address: refused; from another: welcome
        assertThat(FormSignIn.attempt(port, "127.0.0.3", "learner", "demo")).isEqualTo(LOCKED);
        assertThat(FormSignIn.attempt(port, "127.0.0.4", "learner", "demo")).isEqualTo("/");

        var locked = lastEntry("address", "127.0.0.3");
        assertThat(locked.action()).isEqualTo("address locked");
        assertThat(locked.summary()).contains("127.0.0.3", "20 failed attempts");

        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        assertThat(FormSignIn.attempt(port, "127.0.0.3", "learner", "demo")).isEqualTo("/");
    }

    @Test
    void an_administrator_sees_the_lock_and_unlocks_the_account_with_an_audit_entry() {
        lockLearner();
        var row = SignedIn.as(users, "admin", () -> administration.search("learner", PageRequest.of(0, 5))).getFirst();
        assertThat(row.locked()).isTrue();
        assertThat(row.lockedUntil()).isAfter(clock.instant().plus(Duration.ofMinutes(14)));

        var unlocked = SignedIn.as(users, "admin", () -> administration.unlock(row.id()));

        assertThat(unlocked.lockedUntil()).isNull();
        var entry = lastEntry("account", row.id());
        assertThat(entry.action()).isEqualTo("account unlocked");
        assertThat(entry.actor()).isEqualTo("admin");
        assertThat(entry.before()).startsWith("locked until ");
        // the failures are forgotten too: one more wrong password does not lock again at once
        assertThat(FormSignIn.attempt(port, "learner", WRONG)).isEqualTo(FAILED);
        assertThat(FormSignIn.attempt(port, "learner", "demo")).isEqualTo("/");
    }

    @Test
    void only_an_administrator_may_unlock_and_only_a_locked_account() {
        lockLearner();
        long id = learnerId();
        for (String who : List.of("hr", "continuity", "learner")) {
            assertThatThrownBy(() -> SignedIn.as(users, who, () -> administration.unlock(id))).as(who)
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(throttle.refuses("learner", "127.0.0.1")).isTrue();

        long managerId = SignedIn.as(users, "admin", () -> administration.search("manager", PageRequest.of(0, 5))).getFirst().id();
        assertThatThrownBy(() -> SignedIn.as(users, "admin", () -> administration.unlock(managerId)))
                .isInstanceOf(AccountChangeRefused.class).hasMessageContaining("not locked");
    }

    @Test
    void the_daily_purge_keeps_only_what_still_counts() throws Exception {
        lockLearner();
        fail("manager", 2);
        clock.advance(Duration.ofMinutes(10));
        fail("hr", 1);
        assertThat(rows("sign_in_lock")).isEqualTo(1);

        clock.advance(Duration.ofMinutes(6));
        throttling.purge();

        // the learner's lock and the manager's failures have ended; HR's failure and the address's latest still count
        assertThat(rows("sign_in_lock")).isZero();
        assertThat(jdbc.sql("select subject_type, subject from sign_in_failure order by subject_type")
                .query((rs, row) -> rs.getString(1) + ":" + rs.getString(2)).list())
                .containsExactly("account:" + SignedIn.as(users, "admin", () -> administration.search("hr", PageRequest.of(0, 5))
                        .getFirst().id()), "address:127.0.0.1");
        assertThat(scheduler.checkExists(SignInThrottleJobs.PURGE)).as("the daily job is in the clustered store").isTrue();
    }

    private long rows(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private void lockLearner() {
        fail("learner", 4);
        assertThat(FormSignIn.attempt(port, "learner", WRONG)).isEqualTo(LOCKED);
    }

    private void fail(String username, int times) {
        for (int i = 0; i < times; i++) {
            assertThat(FormSignIn.attempt(port, username, WRONG)).isEqualTo(FAILED);
        }
    }

    private long learnerId() {
        return SignedIn.as(users, "admin", () -> administration.search("learner", PageRequest.of(0, 5))).getFirst().id();
    }

    private AuditRow lastEntry(String subjectType, Object subjectId) {
        return SignedIn.as(users, "admin", () -> audit.history(subjectType, String.valueOf(subjectId))).getLast();
    }
}
