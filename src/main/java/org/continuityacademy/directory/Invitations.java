package org.continuityacademy.directory;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.continuityacademy.audit.AuditTrail;
import org.continuityacademy.base.Search;
import org.continuityacademy.base.i18n.Messages;
import org.continuityacademy.security.Access;
import org.continuityacademy.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Invitations: an e-mail to a local account without a password, with a link (7 days, single use) to choose one.
 * Sent when an account opens (while invite-on-join is on: {@link InviteOnJoin}), by HR to everyone in a list who has
 * not signed in yet (in the background, in batches, with progress), and again by an administrator for one account.
 * Each invitation is audited; HR's run is audited once more with its count.
 */
@Service
public class Invitations {

    /** Accounts per transaction in HR's run. */
    static final int BATCH = 200;
    /** HR's run leaves out whoever was invited this recently and has not used the link: their e-mail is fresh. */
    static final Duration RECENT = Duration.ofHours(24);

    private static final Logger log = LoggerFactory.getLogger(Invitations.class);

    private final Accounts accounts;
    private final Employees employees;
    private final AccountTokens tokens;
    private final AccountTokenRepository links;
    private final PasswordMails mails;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Messages messages;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final AtomicLong runs = new AtomicLong();
    private final Map<Long, InvitationProgress> progress = new ConcurrentHashMap<>();
    /** One run at a time on this node: runs queue rather than interleave. */
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        var thread = new Thread(r, "invitations");
        thread.setDaemon(true);
        return thread;
    });

    Invitations(Accounts accounts, Employees employees, AccountTokens tokens, AccountTokenRepository links, PasswordMails mails,
                AuditTrail audit, CurrentUser currentUser, Messages messages, Clock clock, PlatformTransactionManager transactionManager) {
        this.accounts = accounts;
        this.employees = employees;
        this.tokens = tokens;
        this.links = links;
        this.mails = mails;
        this.audit = audit;
        this.currentUser = currentUser;
        this.messages = messages;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @PreDestroy
    void stop() {
        runner.shutdownNow();
    }

    /**
     * How many people in the list {@code filter} selects would be invited: current employees whose enabled account has
     * no password, has never been used to sign in, and was not invited in the last 24 hours. (Leavers never are.)
     */
    @PreAuthorize(Access.HR)
    @Transactional(readOnly = true)
    public long countToInvite(EmployeeFilter filter) {
        return accounts.countToInvite(Search.wordsPattern(filter.text()), filter.departmentId(), blankToNull(filter.location()),
                clock.instant().minus(RECENT));
    }

    /**
     * Invites, in the background, everyone {@link #countToInvite} counts, in batches of {@value #BATCH} (one
     * transaction each); the click that starts it returns at once and {@link #progress} tells how far it has come.
     *
     * @return the run's number, for {@link #progress}
     */
    @PreAuthorize(Access.HR)
    public long startInvitingEveryone(EmployeeFilter filter) {
        long run = runs.incrementAndGet();
        int total = (int) Math.min(Integer.MAX_VALUE, countToInvite(filter));
        progress.put(run, new InvitationProgress(run, 0, total, 0, "RUNNING"));
        runner.submit(new DelegatingSecurityContextRunnable(() -> inviteEveryone(run, filter, total)));
        return run;
    }

    /** How far a run has come; empty for a run this node does not know. */
    @PreAuthorize(Access.HR)
    public Optional<InvitationProgress> progress(long runId) {
        return Optional.ofNullable(progress.get(runId));
    }

    /**
     * Sends the invitation of an account again, with a new link (the older one stops working). For an enabled account
     * of a current employee that has no password yet; one with a password gets a password reset instead.
     */
    @PreAuthorize(Access.ADMIN)
    @Transactional
    public void resend(long accountId) {
        Account account = accounts.findById(accountId).orElseThrow(() -> refused("accounts.refused.gone"));
        refuseUnreachable(account);
        if (account.getPasswordHash() != null) {
            throw refused("accounts.refused.has-password");
        }
        invite(account, account.getUsername() + ": invitation sent again by an administrator");
    }

    /** Throws when the account cannot be e-mailed a link: disabled, a leaver's, or without an address. */
    void refuseUnreachable(Account account) {
        if (!account.isEnabled()) {
            throw refused("accounts.refused.disabled");
        }
        Long employeeId = account.getEmployeeId();
        if (employeeId == null || account.getEmail() == null) {
            throw refused("accounts.refused.no-email");
        }
        if (!employees.findById(employeeId).map(Employee::isActive).orElse(false)) {
            throw refused("accounts.refused.leaver");
        }
    }

    /** Invites a newly opened account, unless it cannot use one (a password already, disabled, a leaver) or has an open invitation. */
    @Transactional
    boolean inviteNewAccount(long accountId) {
        Optional<Account> found = accounts.findById(accountId);
        if (found.isEmpty()) {
            return false;
        }
        Account account = found.get();
        try {
            refuseUnreachable(account);
        } catch (AccountChangeRefused cannot) {
            log.info("The new account {} is not invited: {}", account.getUsername(), cannot.getMessage());
            return false;
        }
        if (account.getPasswordHash() != null || !links.findOpen(accountId, TokenPurpose.INVITATION, clock.instant()).isEmpty()) {
            return false;
        }
        invite(account, account.getUsername() + ": invited on joining");
        return true;
    }

    /** Asks for an invitation link, writes its e-mail and the audit entry, in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    void invite(Account account, String summary) {
        String by = currentUser.get().map(u -> u.getUsername()).orElse(AuditTrail.SYSTEM);
        AccountToken link = tokens.request(account, TokenPurpose.INVITATION, by);
        mails.send(account, link, PasswordMails.Mail.INVITATION);
        audit.record("account invited", "account", String.valueOf(account.getId()), summary, null,
                "link until " + link.getExpiresAt());
    }

    private void inviteEveryone(long run, EmployeeFilter filter, int total) {
        String text = Search.wordsPattern(filter.text());
        String location = blankToNull(filter.location());
        Instant since = clock.instant().minus(RECENT);
        int done = 0;
        int invited = 0;
        long after = 0;
        try {
            while (true) {
                long from = after;
                List<Long> batch = accounts.findToInvite(text, filter.departmentId(), location, since, from, PageRequest.of(0, BATCH));
                if (batch.isEmpty()) {
                    break;
                }
                Integer written = transactions.execute(status -> {
                    int count = 0;
                    for (Account account : accounts.findAllById(batch)) {
                        invite(account, account.getUsername() + ": invited with everyone who had not signed in yet");
                        count++;
                    }
                    return count;
                });
                invited += written == null ? 0 : written;
                done += batch.size();
                after = batch.getLast();
                progress.put(run, new InvitationProgress(run, done, Math.max(total, done), invited, "RUNNING"));
            }
            int count = invited;
            transactions.executeWithoutResult(status -> audit.record("invitations sent", "employees", "invitations",
                    "Invited " + count + " people who had not signed in yet" + describe(filter), null, String.valueOf(count)));
            progress.put(run, new InvitationProgress(run, done, Math.max(total, done), invited, "DONE"));
        } catch (RuntimeException e) {
            log.warn("Inviting everyone who has not signed in yet stopped after {} invitations", invited, e);
            progress.put(run, new InvitationProgress(run, done, Math.max(total, done), invited, "FAILED"));
        }
    }

    private static String describe(EmployeeFilter filter) {
        var parts = new java.util.ArrayList<String>();
        if (filter.text() != null && !filter.text().isBlank()) {
            parts.add("search '" + filter.text().strip() + "'");
        }
        if (filter.departmentId() != null) {
            parts.add("department " + filter.departmentId());
        }
        if (filter.location() != null && !filter.location().isBlank()) {
            parts.add("location " + filter.location().strip());
        }
        return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
    }

    private AccountChangeRefused refused(String key) {
        return new AccountChangeRefused(messages.get(key));
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
