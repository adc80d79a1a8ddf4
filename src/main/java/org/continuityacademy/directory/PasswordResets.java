package org.continuityacademy.directory;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.continuityacademy.audit.AuditTrail;
import org.continuityacademy.base.i18n.Messages;
import org.continuityacademy.security.Access;
import org.continuityacademy.security.CurrentUser;
import org.continuityacademy.security.SingleSignOn;
import org.continuityacademy.security.ProvenBySecret;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Password resets: "forgot password" (anyone, by e-mail address) and an administrator's forced reset. A reset link
 * works for an hour, once. The answer to "forgot password" is the same whether or not the address belongs to
 * anyone, and comes at once: the work is done afterwards, on a thread of its own, so that not even the time taken
 * tells. At most {@value #MAX_PER_HOUR} reset e-mails go to one account in an hour; further requests change nothing
 * (the first of them is audited).
 */
@Service
public class PasswordResets {

    static final int MAX_PER_HOUR = 3;
    static final Duration WINDOW = Duration.ofHours(1);
    static final int MAX_ADDRESS = 254;

    private static final Logger log = LoggerFactory.getLogger(PasswordResets.class);

    private final Accounts accounts;
    private final Employees employees;
    private final AccountTokens tokens;
    private final AccountTokenRepository links;
    private final PasswordMails mails;
    private final Invitations invitations;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final SingleSignOn sso;
    private final Messages messages;
    private final Clock clock;
    private final TransactionTemplate transactions;
    /** Requests wait here; a flood beyond the queue is dropped (the answer is the same). */
    private final ExecutorService worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(1000), r -> {
        var thread = new Thread(r, "password-resets");
        thread.setDaemon(true);
        return thread;
    });

    PasswordResets(Accounts accounts, Employees employees, AccountTokens tokens, AccountTokenRepository links, PasswordMails mails,
                   Invitations invitations, AuditTrail audit, CurrentUser currentUser, SingleSignOn sso, Messages messages, Clock clock,
                   PlatformTransactionManager transactionManager) {
        this.accounts = accounts;
        this.employees = employees;
        this.tokens = tokens;
        this.links = links;
        this.mails = mails;
        this.invitations = invitations;
        this.audit = audit;
        this.currentUser = currentUser;
        this.sso = sso;
        this.messages = messages;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    /**
     * "Forgot password": a reset link goes to the address if it belongs to an enabled account that may sign in with
     * a password here. Returns at once and says nothing either way.
     */
    @PreAuthorize("permitAll()")
    @ProvenBySecret("an e-mail address: nothing is answered, and the reset link goes only to that mailbox, whose owner alone can use it")
    public void request(String email) {
        String address = email.strip();
        if (address.isEmpty() || address.length() > MAX_ADDRESS || !address.contains("@")) {
            return;
        }
        try {
            worker.execute(() -> {
                try {
                    transactions.executeWithoutResult(status -> requestNow(address));
                } catch (RuntimeException e) {
                    log.warn("A password reset request could not be handled", e);
                }
            });
        } catch (RejectedExecutionException flood) {
            log.warn("Password reset requests are coming faster than they can be handled; this one is dropped");
        }
    }

    /** Handles a "forgot password" request; returns how many reset e-mails it wrote (0 or, rarely, more). */
    @Transactional
    int requestNow(String email) {
        List<Account> found = accounts.findEnabledByEmail(email.strip()).stream().filter(this::mayReset).toList();
        if (found.isEmpty()) {
            log.info("A password reset was asked for an address that no account here may use");
            return 0;
        }
        int sent = 0;
        Instant now = clock.instant();
        for (Account account : found) {
            List<AccountToken> recent = links.findRequestedSince(account.getId(), TokenPurpose.PASSWORD_RESET, now.minus(WINDOW));
            if (recent.size() >= MAX_PER_HOUR) {
                AccountToken newest = recent.getFirst();
                if (newest.refuseRequest() == 1) {
                    audit.record("password reset throttled", "account", String.valueOf(account.getId()),
                            account.getUsername() + ": more than " + MAX_PER_HOUR + " password resets asked for within an hour; "
                                    + "further requests are ignored until an hour after the first", null, null);
                }
                links.save(newest);
                continue;
            }
            AccountToken link = tokens.request(account, TokenPurpose.PASSWORD_RESET, AuditTrail.SYSTEM);
            mails.send(account, link, PasswordMails.Mail.RESET);
            audit.record("password reset requested", "account", String.valueOf(account.getId()),
                    account.getUsername() + ": a password reset link was sent to the account's e-mail address", null,
                    "link until " + link.getExpiresAt());
            sent++;
        }
        return sent;
    }

    /**
     * An administrator's forced reset: the account's password is cleared at once (it can no longer sign in with it)
     * and a reset link goes to its e-mail address. Not for one's own account (change it in the user menu).
     */
    @PreAuthorize(Access.ADMIN)
    @Transactional
    public void force(long accountId) {
        Account account = accounts.findById(accountId)
                .orElseThrow(() -> new AccountChangeRefused(messages.get("accounts.refused.gone")));
        if (accountId == currentUser.require().accountId()) {
            throw new AccountChangeRefused(messages.get("accounts.refused.reset-yourself"));
        }
        invitations.refuseUnreachable(account);
        boolean had = account.getPasswordHash() != null;
        account.clearPassword();
        accounts.saveAndFlush(account);
        AccountToken link = tokens.request(account, TokenPurpose.PASSWORD_RESET, currentUser.require().getUsername());
        mails.send(account, link, PasswordMails.Mail.FORCED_RESET);
        audit.record("password reset forced", "account", String.valueOf(account.getId()),
                account.getUsername() + ": password cleared by an administrator, a reset link sent", had ? "password" : "no password",
                "no password");
    }

    /**
     * Who may get a reset link: someone still employed, whose account may sign in with a password here. With single
     * sign-on on, that is an account that has a password already (a reset must not give someone a way around the
     * provider); with the local form for break-glass accounts only, only those.
     */
    private boolean mayReset(Account account) {
        Long employeeId = account.getEmployeeId();
        if (employeeId == null || !employees.findById(employeeId).map(Employee::isActive).orElse(false)) {
            return false;
        }
        if (!sso.localFormForEveryone() && !sso.isBreakGlass(account.getUsername())) {
            return false;
        }
        return account.getPasswordHash() != null || !sso.enabled();
    }
}
