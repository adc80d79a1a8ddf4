package org.continuityacademy.directory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.continuityacademy.audit.AuditTrail;
import org.continuityacademy.directory.FailedSignIns.Subject;
import org.continuityacademy.security.AppUserPrincipal;
import org.continuityacademy.security.SignInThrottle;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Failed local sign-ins are throttled. After {@code academy.sign-in.account-limit} (5) failures on one account within
 * {@code academy.sign-in.window} (15 minutes), its local sign-in is refused for the same time, the right password
 * included; a user name that belongs to no account is counted and refused the same way, so the answer never tells
 * whether an account exists. After {@code academy.sign-in.address-limit} (20) failures from one client address within
 * the window, that address is refused too (0 turns this off). A successful sign-in forgets the account's failures, not
 * the address's. Single sign-on is not counted here: the provider throttles its own sign-ins.
 *
 * <p>Spring Security tells of every password sign-in through its events ({@link AuthenticationFailureBadCredentialsEvent},
 * {@link AuthenticationSuccessEvent}); the security module's filter asks {@link #refuses} before a password is compared.
 * The client address is {@code request.getRemoteAddr()} (in the request's {@link WebAuthenticationDetails}): behind a
 * proxy it is the proxy's unless {@code FORWARD_HEADERS_STRATEGY} is set. Locks are audited; the counts live in the
 * database ({@link FailedSignIns}), and a daily job purges what no longer counts ({@link SignInThrottleJobs}).
 */
@Component
class SignInThrottling implements SignInThrottle {

    private static final Logger log = LoggerFactory.getLogger(SignInThrottling.class);
    /** Two nodes counting one subject at once may deadlock on its index: the loser tries again. */
    private static final int ATTEMPTS = 3;

    private final FailedSignIns failures;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final int accountLimit;
    private final int addressLimit;
    private final Duration window;

    SignInThrottling(FailedSignIns failures, AuditTrail audit, TransactionTemplate transaction, Clock clock,
                     @Value("${academy.sign-in.account-limit:5}") int accountLimit,
                     @Value("${academy.sign-in.address-limit:20}") int addressLimit,
                     @Value("${academy.sign-in.window:15m}") Duration window) {
        if (accountLimit < 1) {
            throw new IllegalStateException("SIGN_IN_ACCOUNT_LIMIT must be at least 1, not " + accountLimit);
        }
        if (addressLimit < 0) {
            throw new IllegalStateException("SIGN_IN_ADDRESS_LIMIT must be 0 (off) or more, not " + addressLimit);
        }
        if (window.isNegative() || window.isZero()) {
            throw new IllegalStateException("SIGN_IN_WINDOW must be a positive duration such as 15m, not " + window);
        }
        this.failures = failures;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
        this.accountLimit = accountLimit;
        this.addressLimit = addressLimit;
        this.window = window;
    }

    @Override
    public boolean refuses(String username, String address) {
        return failures.locked(subjectOf(username), Subject.address(address), clock.instant());
    }

    /** A password sign-in failed: a wrong password, or a user name with no local account (Spring Security hides which). */
    @EventListener
    public void on(AuthenticationFailureBadCredentialsEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken attempt) {
            String address = attempt.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
            String username = attempt.getPrincipal() == null ? "" : String.valueOf(attempt.getPrincipal());
            retrying(() -> failed(username, address));
        }
    }

    /** A password sign-in worked: the account starts counting from nothing again. */
    @EventListener
    public void on(AuthenticationSuccessEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken
                && event.getAuthentication().getPrincipal() instanceof AppUserPrincipal person && !person.viaSingleSignOn()) {
            retrying(() -> failures.forgetFailures(Subject.account(person.accountId())));
        }
    }

    /** Forgets failures that no longer count and locks that have ended (the daily job; each node's count stays right without it). */
    int purge() {
        Instant now = clock.instant();
        return failures.purge(now.minus(window), now);
    }

    private void failed(String username, @Nullable String address) {
        Instant now = clock.instant();
        String typed = normalised(username);
        var account = failures.account(typed);
        Subject subject = account.map(a -> Subject.account(a.id())).orElseGet(() -> Subject.userName(typed));
        String name = account.map(FailedSignIns.AccountRef::username).orElse(typed);
        transaction.executeWithoutResult(status -> {
            int count = count(subject, now);
            if (count >= accountLimit && lock(subject, now, count)) {
                log.warn("Local sign-in as {} locked for {} after {} failed attempts", name, window, count);
                if (account.isPresent()) {
                    audit.record("account locked", "account", subject.key(), name + ": local sign-in refused until "
                            + until(now) + " after " + count + " failed attempts within " + minutes() + " minutes", null, lockState(now, count));
                } else {
                    audit.record("user name locked", "user name", cut(name, 80), cut(name, 200) + " (no such account): sign-in refused until "
                            + until(now) + " after " + count + " failed attempts within " + minutes() + " minutes", null, lockState(now, count));
                }
            }
            if (address != null && addressLimit > 0) {
                Subject from = Subject.address(address);
                int fromAddress = count(from, now);
                if (fromAddress >= addressLimit && lock(from, now, fromAddress)) {
                    log.warn("Local sign-in from {} locked for {} after {} failed attempts", address, window, fromAddress);
                    audit.record("address locked", "address", cut(address, 80), "local sign-in from " + cut(address, 100)
                            + " refused until " + until(now) + " after " + fromAddress + " failed attempts within " + minutes()
                            + " minutes", null, lockState(now, fromAddress));
                }
            }
        });
    }

    private int count(Subject subject, Instant now) {
        failures.record(subject, now);
        return failures.countSince(subject, now.minus(window));
    }

    private boolean lock(Subject subject, Instant now, int count) {
        return failures.lock(subject, now, now.plus(window), count);
    }

    /** The subject that a typed user name counts for: its account if there is one, otherwise the name itself. */
    private Subject subjectOf(String username) {
        String typed = normalised(username);
        return failures.account(typed).map(a -> Subject.account(a.id())).orElseGet(() -> Subject.userName(typed));
    }

    /** As the sign-in reads it (the form's filter trims it, the account lookup ignores case). */
    private static String normalised(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    private String until(Instant now) {
        return now.plus(window).toString();
    }

    private String lockState(Instant now, int count) {
        return "locked until " + until(now) + " (" + count + " failures)";
    }

    private long minutes() {
        return window.toMinutes();
    }

    private static String cut(String text, int length) {
        return text.length() > length ? text.substring(0, length) : text;
    }

    private void retrying(Runnable work) {
        for (int attempt = 1; ; attempt++) {
            try {
                work.run();
                return;
            } catch (TransientDataAccessException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                log.debug("Counting a sign-in met a concurrent one; trying again", e);
            }
        }
    }
}
