package org.continuityacademy.security;

import jakarta.annotation.PreDestroy;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Ends people's open sessions on every node, within seconds, however many nodes there are. Ending an account's
 * sessions ({@link #endSessionsOf}) raises the account's <em>generation</em> in the database
 * ({@code session_revocation}), in the transaction that disables the account or takes a role away. A session
 * remembers the generation its sign-in saw. Every node keeps its own sessions by account and, every few seconds
 * ({@code academy.sessions.check-interval}, 10 s), reads the generations of the accounts it holds sessions for and
 * invalidates every older session; the node that made the change does so at once, after the commit. Between two
 * checks a request on an ended session is refused by {@link EndedSessionFilter}. Generations, not times, decide,
 * so no clock is compared between nodes (or with a test's clock).
 * <p>
 * A browser tab left open finds out at its next request to the server, at the latest its heartbeat
 * ({@code vaadin.heartbeatInterval}), and says that the session has ended ({@link SessionEndedMessages}).
 */
@Component
public class SignedInSessions implements HttpSessionListener, HttpSessionIdListener {

    private static final Logger log = LoggerFactory.getLogger(SignedInSessions.class);
    static final String ACCOUNT = SignedInSessions.class.getName() + ".account";
    static final String GENERATION = SignedInSessions.class.getName() + ".generation";
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS").withZone(ZoneOffset.UTC);
    private static final int CHUNK = 500;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ObjectProvider<AccountStatus> accountStatus;
    private final Duration interval;
    /** This node's signed-in sessions: account id → session id → session. */
    private final Map<Long, Map<String, HttpSession>> sessions = new ConcurrentHashMap<>();
    /** The latest generation this node has seen of each account it holds sessions for. */
    private final Map<Long, Long> latest = new ConcurrentHashMap<>();
    private final ScheduledExecutorService checker = Executors.newSingleThreadScheduledExecutor(r -> {
        var thread = new Thread(r, "session-check");
        thread.setDaemon(true);
        return thread;
    });

    SignedInSessions(JdbcTemplate jdbc, Clock clock, ObjectProvider<AccountStatus> accountStatus,
                     @Value("${academy.sessions.check-interval:10s}") Duration interval) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.accountStatus = accountStatus;
        this.interval = interval;
    }

    /**
     * Ends every open session of these accounts, on every node: at once on this one when the caller's transaction
     * commits, within the check interval on the others. Nothing happens if the transaction rolls back.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void endSessionsOf(Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return;
        }
        var ids = List.copyOf(new TreeSet<>(accountIds)); // one order for every writer: no deadlock between two of them
        String now = UTC.format(clock.instant());
        jdbc.batchUpdate("""
                insert into session_revocation (account_id, generation, revoked_at) values (?, 1, ?)
                on duplicate key update generation = generation + 1, revoked_at = values(revoked_at)
                """, ids, 500, (statement, id) -> {
            statement.setLong(1, id);
            statement.setString(2, now);
        });
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                check(ids);
            }
        });
    }

    /** How many sessions of this account are open on this node. */
    int openSessions(long accountId) {
        var mine = sessions.get(accountId);
        return mine == null ? 0 : mine.size();
    }

    /**
     * A person has just signed in on this request: the session remembers the account's generation, read before
     * the account is checked once more, so that a change committed in between ends this session too.
     */
    void signedIn(HttpServletRequest request, AppUserPrincipal person) {
        long generation = generation(person.accountId());
        if (!stillEnabled(person.accountId())) {
            throw new AccountEndedDuringSignIn();
        }
        HttpSession session = request.getSession();
        session.setAttribute(ACCOUNT, person.accountId());
        session.setAttribute(GENERATION, generation);
        register(session, person.accountId());
    }

    /** Whether the request's session may go on (the filter asks on every request of a signed-in person). */
    boolean mayContinue(HttpServletRequest request, AppUserPrincipal person) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return true;
        }
        Long generation;
        try {
            generation = (Long) session.getAttribute(GENERATION);
            if (generation == null) {
                // signed in some other way than a sign-in form (in code): adopt it as the sign-in does
                long seen = generation(person.accountId());
                if (!stillEnabled(person.accountId())) {
                    return false;
                }
                session.setAttribute(ACCOUNT, person.accountId());
                session.setAttribute(GENERATION, seen);
                generation = seen;
            }
        } catch (IllegalStateException invalidated) {
            return true; // ended meanwhile: nobody is signed in on it any more
        }
        register(session, person.accountId());
        Long newest = latest.get(person.accountId());
        return newest == null || newest <= generation;
    }

    /** Ends one session now (the filter found it ended). */
    void end(HttpSession session) {
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyEnded) {
            // ended by the check meanwhile
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void startChecking() {
        checker.scheduleWithFixedDelay(() -> {
            try {
                check(List.copyOf(sessions.keySet()));
            } catch (RuntimeException e) {
                log.warn("Checking for ended sessions failed; trying again in {}", interval, e);
            }
        }, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stopChecking() {
        checker.shutdownNow();
    }

    /** Reads the generations of these accounts and ends this node's sessions that are older. */
    void check(Collection<Long> accountIds) {
        var held = accountIds.stream().filter(sessions::containsKey).distinct().toList();
        for (int from = 0; from < held.size(); from += CHUNK) {
            var chunk = held.subList(from, Math.min(held.size(), from + CHUNK));
            Map<Long, Long> generations = generations(chunk);
            generations.forEach((account, generation) -> latest.merge(account, generation, Math::max));
            for (Long account : chunk) {
                Long newest = generations.get(account);
                if (newest != null) {
                    endOlderThan(account, newest);
                }
            }
        }
        latest.keySet().removeIf(account -> !sessions.containsKey(account));
    }

    private void endOlderThan(long account, long newest) {
        var mine = sessions.get(account);
        if (mine == null) {
            return;
        }
        int ended = 0;
        for (HttpSession session : List.copyOf(mine.values())) {
            try {
                Long generation = (Long) session.getAttribute(GENERATION);
                if (generation == null || generation < newest) {
                    session.invalidate();
                    ended++;
                }
            } catch (IllegalStateException alreadyEnded) {
                mine.values().remove(session);
            }
        }
        if (ended > 0) {
            log.info("Ended {} session(s) of account {}", ended, account);
        }
    }

    private Map<Long, Long> generations(List<Long> accountIds) {
        var result = new HashMap<Long, Long>();
        String marks = String.join(",", java.util.Collections.nCopies(accountIds.size(), "?"));
        jdbc.query("select account_id, generation from session_revocation where account_id in (" + marks + ")",
                rs -> {
                    result.put(rs.getLong(1), rs.getLong(2));
                }, accountIds.toArray());
        return result;
    }

    private long generation(long accountId) {
        var found = jdbc.queryForList("select generation from session_revocation where account_id = ?", Long.class, accountId);
        return found.isEmpty() ? 0 : found.getFirst();
    }

    private boolean stillEnabled(long accountId) {
        AccountStatus status = accountStatus.getIfAvailable();
        return status == null || status.enabled(accountId);
    }

    private void register(HttpSession session, long accountId) {
        sessions.computeIfAbsent(accountId, id -> new ConcurrentHashMap<>()).putIfAbsent(session.getId(), session);
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        HttpSession session = event.getSession();
        if (accountOf(session) instanceof Long account) {
            sessions.computeIfPresent(account, (id, mine) -> {
                mine.values().remove(session);
                mine.remove(session.getId());
                return mine.isEmpty() ? null : mine;
            });
        }
    }

    @Override
    public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
        HttpSession session = event.getSession();
        if (accountOf(session) instanceof Long account) {
            var mine = sessions.get(account);
            if (mine != null && mine.remove(oldSessionId) != null) {
                mine.put(session.getId(), session);
            }
        }
    }

    private static @Nullable Object accountOf(HttpSession session) {
        try {
            return session.getAttribute(ACCOUNT);
        } catch (IllegalStateException invalidated) {
            return null;
        }
    }

    /** Which accounts this node holds sessions for (tests, and the log). */
    Set<Long> accountsWithSessions() {
        return Set.copyOf(sessions.keySet());
    }

    /** The sign-in found the account disabled after all: a change committed while the person was signing in. */
    static final class AccountEndedDuringSignIn extends org.springframework.security.web.authentication.session.SessionAuthenticationException {

        AccountEndedDuringSignIn() {
            super("The account was disabled while signing in");
        }
    }
}
