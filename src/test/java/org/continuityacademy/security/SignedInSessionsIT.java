package org.continuityacademy.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.Awaitility;
import org.continuityacademy.IntegrationTest;
import org.continuityacademy.base.time.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.session.SessionAuthenticationException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The session machinery of one node, with the revocations another node would write (a row in the database and
 * nothing else): the periodic check ends the older sessions within its interval, and the filter refuses one the
 * check has not seen on its next request. Generations, not clocks, decide.
 */
@IntegrationTest
class SignedInSessionsIT {

    @Autowired
    SignedInSessions sessions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock clock;
    @Autowired
    TransactionTemplate transaction;

    @AfterEach
    void clearContext() {
        SecurityContextHolder.clearContext();
    }

    /** An account of its own for each test (nobody else's sessions are touched). */
    AppUserPrincipal person() {
        long id = jdbc.sql("select nextval(account_seq)").query(Long.class).single();
        jdbc.sql("insert into account (id, username, display_name, enabled, created_at, version) values (?, ?, 'Session Test', true, "
                + "'2026-01-01 00:00:00', 0)").params(id, "session-test-" + id).update();
        return new AppUserPrincipal(id, null, "session-test-" + id, "Session Test", null, Set.of(AppRole.LEARNER), true);
    }

    /** What another node does when it ends the account's sessions: the generation goes up, and nobody here is told. */
    void endedElsewhere(long accountId) {
        jdbc.sql("""
                insert into session_revocation (account_id, generation, revoked_at) values (?, 1, '2026-01-01 00:00:00')
                on duplicate key update generation = generation + 1
                """).param(accountId).update();
    }

    MockHttpSession signIn(AppUserPrincipal person) {
        var request = new MockHttpServletRequest();
        var session = new MockHttpSession();
        request.setSession(session);
        sessions.signedIn(request, person);
        return session;
    }

    @Test
    void a_session_ended_on_another_node_ends_here_within_the_check_interval() {
        var person = person();
        MockHttpSession session = signIn(person);
        assertThat(session.getAttribute(SignedInSessions.GENERATION)).isEqualTo(0L);
        assertThat(sessions.openSessions(person.accountId())).isOne();

        endedElsewhere(person.accountId());

        // the node's own check (every 10 s) finds it: well within the minute
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(session::isInvalid);
    }

    @Test
    void generations_decide_not_clocks_a_sign_in_at_a_later_time_than_the_revocation_still_ends() {
        var person = person();
        clock.set(Instant.parse("2030-06-01T12:00:00Z"));
        MockHttpSession session = signIn(person);
        clock.set(Instant.parse("2020-06-01T12:00:00Z"));

        transaction.executeWithoutResult(status -> sessions.endSessionsOf(List.of(person.accountId())));

        assertThat(session.isInvalid()).as("ended at once after the commit, on this node").isTrue();
        assertThat(jdbc.sql("select timestampdiff(second, '2020-06-01 12:00:00', revoked_at) from session_revocation where account_id = ?")
                .param(person.accountId()).query(Long.class).single()).as("revoked at the application's time, in UTC").isBetween(0L, 60L);
    }

    @Test
    void nothing_ends_when_the_change_is_rolled_back() {
        var person = person();
        MockHttpSession session = signIn(person);

        transaction.executeWithoutResult(status -> {
            sessions.endSessionsOf(List.of(person.accountId()));
            status.setRollbackOnly();
        });
        sessions.check(List.of(person.accountId()));

        assertThat(session.isInvalid()).isFalse();
    }

    @Test
    void a_later_sign_in_is_not_ended_by_an_earlier_revocation() {
        var person = person();
        endedElsewhere(person.accountId());
        MockHttpSession session = signIn(person);

        sessions.check(List.of(person.accountId()));

        assertThat(session.isInvalid()).isFalse();
        assertThat(session.getAttribute(SignedInSessions.GENERATION)).isEqualTo(1L);
    }

    @Test
    void the_filter_refuses_an_ended_session_the_check_has_not_seen_and_the_request_goes_on_with_nobody_signed_in() throws Exception {
        var person = person();
        MockHttpSession seen = signIn(person);
        endedElsewhere(person.accountId());
        sessions.check(List.of(person.accountId()));
        assertThat(seen.isInvalid()).isTrue();

        // a session this node did not know of when it checked, signed in before the change
        var unseen = new MockHttpSession();
        unseen.setAttribute(SignedInSessions.ACCOUNT, person.accountId());
        unseen.setAttribute(SignedInSessions.GENERATION, 0L);
        var request = new MockHttpServletRequest("GET", "/");
        request.setSession(unseen);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(person, null, person.getAuthorities()));
        SecurityContextHolder.setContext(context);
        var seenByTheRest = new AtomicReference<Authentication>();

        new EndedSessionFilter(sessions).doFilter(request, new MockHttpServletResponse(),
                (req, res) -> seenByTheRest.set(SecurityContextHolder.getContext().getAuthentication()));

        assertThat(unseen.isInvalid()).isTrue();
        assertThat(seenByTheRest.get()).as("the rest of the chain sees nobody signed in").isNull();
    }

    @Test
    void the_filter_lets_a_current_session_through() throws Exception {
        var person = person();
        MockHttpSession session = signIn(person);
        var request = new MockHttpServletRequest("GET", "/");
        request.setSession(session);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(person, null, person.getAuthorities()));
        SecurityContextHolder.setContext(context);
        var seenByTheRest = new AtomicReference<Authentication>();

        new EndedSessionFilter(sessions).doFilter(request, new MockHttpServletResponse(),
                (req, res) -> seenByTheRest.set(SecurityContextHolder.getContext().getAuthentication()));

        assertThat(session.isInvalid()).isFalse();
        assertThat(seenByTheRest.get().getPrincipal()).isEqualTo(person);
    }

    @Test
    void an_account_disabled_while_its_owner_signs_in_gets_no_session() {
        var person = person();
        jdbc.sql("update account set enabled = false where id = ?").param(person.accountId()).update();

        assertThatThrownBy(() -> signIn(person)).isInstanceOf(SessionAuthenticationException.class);
        assertThat(sessions.openSessions(person.accountId())).isZero();
    }
}
