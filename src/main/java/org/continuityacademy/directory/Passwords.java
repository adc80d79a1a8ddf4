package org.continuityacademy.directory;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.continuityacademy.audit.AuditTrail;
import org.continuityacademy.base.i18n.Messages;
import org.continuityacademy.security.Access;
import org.continuityacademy.security.AppUserPrincipal;
import org.continuityacademy.security.CurrentUser;
import org.continuityacademy.security.PasswordRules;
import org.continuityacademy.security.ScopedToCaller;
import org.continuityacademy.security.ProvenBySecret;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.ott.OneTimeTokenAuthenticationToken;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Setting a local account's password: through a link from an e-mail (an invitation or a reset; nobody signed in),
 * and by the signed-in person, who gives their current password. Every new password passes {@link PasswordRules}
 * and is typed twice; a refused one changes nothing. Each change is audited, and ends the account's other open links.
 */
@Service
public class Passwords {

    private static final Logger log = LoggerFactory.getLogger(Passwords.class);

    private final Accounts accounts;
    private final Employees employees;
    private final AccountTokens tokens;
    private final AccountTokenRepository links;
    private final PasswordRules rules;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Messages messages;
    private final Clock clock;

    Passwords(Accounts accounts, Employees employees, AccountTokens tokens, AccountTokenRepository links, PasswordRules rules,
              PasswordEncoder encoder, AuditTrail audit, CurrentUser currentUser, Messages messages, Clock clock) {
        this.accounts = accounts;
        this.employees = employees;
        this.tokens = tokens;
        this.links = links;
        this.rules = rules;
        this.encoder = encoder;
        this.audit = audit;
        this.currentUser = currentUser;
        this.messages = messages;
        this.clock = clock;
    }

    /** What a link leads to while it works: the user name to show on the set-password page. Uses nothing up. */
    @PreAuthorize("permitAll()")
    @ProvenBySecret("the single-use token of a password link e-mailed to the account's owner; without it, nothing")
    @Transactional(readOnly = true)
    public Optional<PasswordLink> link(String token) {
        return tokens.findOpen(token).flatMap(link -> accounts.findById(link.getAccountId()).filter(this::mayUseLink)
                .map(account -> new PasswordLink(account.getUsername(), account.getDisplayName(), link.getExpiresAt(),
                        link.getPurpose() == TokenPurpose.INVITATION)));
    }

    /**
     * Sets the password of the link's account and uses the link up, in one transaction.
     *
     * @throws LinkNotValid     the link is expired, used, replaced or was never made here (nothing changed)
     * @throws PasswordRefused  the password breaks a rule or the repeat differs (nothing changed; the link still works)
     */
    @PreAuthorize("permitAll()")
    @ProvenBySecret("the single-use token of a password link e-mailed to the account's owner; without it, nothing")
    @Transactional
    public PasswordLink setWithLink(String token, String password, String repeat) {
        AccountToken link = tokens.lockOpen(token).orElseThrow(() -> notValid(token));
        Account account = accounts.findById(link.getAccountId()).filter(this::mayUseLink).orElseThrow(() -> notValid(token));
        var problems = problems(account, password, repeat);
        if (!problems.isEmpty()) {
            throw new PasswordRefused(problems);
        }
        if (tokens.consume(OneTimeTokenAuthenticationToken.unauthenticated(token)) == null) {
            throw notValid(token);
        }
        boolean invitation = link.getPurpose() == TokenPurpose.INVITATION;
        boolean hadPassword = account.getPasswordHash() != null;
        account.setPassword(encoder.encode(password), false);
        accounts.saveAndFlush(account);
        revokeOtherLinks(account);
        audit.record(invitation ? "password set" : "password reset", "account", String.valueOf(account.getId()),
                account.getUsername() + (invitation ? " set their first password with the invitation link"
                        : " set a new password with a reset link"),
                hadPassword ? "password" : "no password", "password");
        return new PasswordLink(account.getUsername(), account.getDisplayName(), link.getExpiresAt(), invitation);
    }

    /** Whether the signed-in person may change their password here: a local sign-in with a password (not single sign-on). */
    @PreAuthorize(Access.SIGNED_IN)
    @ScopedToCaller("the signed-in person's own account")
    @Transactional(readOnly = true)
    public boolean canChange() {
        AppUserPrincipal me = currentUser.require();
        return !me.viaSingleSignOn() && accounts.findById(me.accountId()).map(a -> a.getPasswordHash() != null).orElse(false);
    }

    /** Whether the signed-in person must change their password before anything else (the first administrator's generated one). */
    @PreAuthorize(Access.SIGNED_IN)
    @ScopedToCaller("the signed-in person's own account")
    @Transactional(readOnly = true)
    public boolean changeRequired() {
        AppUserPrincipal me = currentUser.require();
        return !me.viaSingleSignOn() && accounts.findById(me.accountId()).map(Account::isPasswordChangeRequired).orElse(false);
    }

    /**
     * Changes the signed-in person's password: the current one must be right, the new one pass the rules, differ
     * from the current one and be repeated exactly. Refused for a single sign-on (the provider keeps that password).
     */
    @PreAuthorize(Access.SIGNED_IN)
    @ScopedToCaller("the signed-in person's own password, after their current one")
    @Transactional
    public void change(String current, String password, String repeat) {
        AppUserPrincipal me = currentUser.require();
        if (me.viaSingleSignOn()) {
            throw new AccessDeniedException("A single sign-on password is changed with the sign-in provider");
        }
        Account account = accounts.findById(me.accountId()).filter(a -> a.getPasswordHash() != null)
                .orElseThrow(() -> new AccessDeniedException("The account " + me.getUsername() + " has no local password"));
        var problems = new EnumMap<PasswordRefused.Field, List<String>>(PasswordRefused.Field.class);
        if (!encoder.matches(current, account.getPasswordHash())) {
            problems.put(PasswordRefused.Field.CURRENT, List.of(messages.get("password.current.wrong")));
        }
        problems.putAll(problems(account, password, repeat));
        if (problems.isEmpty() && encoder.matches(password, account.getPasswordHash())) {
            problems.put(PasswordRefused.Field.PASSWORD, List.of(messages.get("password.same-as-current")));
        }
        if (!problems.isEmpty()) {
            throw new PasswordRefused(problems);
        }
        boolean required = account.isPasswordChangeRequired();
        account.setPassword(encoder.encode(password), false);
        accounts.saveAndFlush(account);
        revokeOtherLinks(account);
        audit.record("password changed", "account", String.valueOf(account.getId()),
                account.getUsername() + (required ? " replaced the password they were given, as required at the first sign-in"
                        : " changed their password"),
                "password", "password");
    }

    /** The problems of a new password for this account, by field; empty when it may be set. */
    Map<PasswordRefused.Field, List<String>> problems(Account account, String password, String repeat) {
        var problems = new EnumMap<PasswordRefused.Field, List<String>>(PasswordRefused.Field.class);
        var broken = rules.check(password, owner(account)).stream().map(p -> messages.get(p.key(), p.args())).toList();
        if (!broken.isEmpty()) {
            problems.put(PasswordRefused.Field.PASSWORD, broken);
        }
        if (!password.equals(repeat)) {
            problems.put(PasswordRefused.Field.REPEAT, List.of(messages.get("password.repeat.different")));
        }
        return problems;
    }

    /** Whose password it is, for the rules: the user name, the e-mail address and the person's names. */
    PasswordRules.Owner owner(Account account) {
        var names = new ArrayList<String>();
        names.add(account.getDisplayName());
        Long employeeId = account.getEmployeeId();
        if (employeeId != null) {
            employees.findById(employeeId).ifPresent(e -> {
                names.add(e.getFirstName());
                names.add(e.getLastName());
            });
        }
        return new PasswordRules.Owner(account.getUsername(), account.getEmail(), names);
    }

    /** A link is for an enabled account of someone still employed (or of no employee, such as a technical account). */
    private boolean mayUseLink(Account account) {
        Long employeeId = account.getEmployeeId();
        return account.isEnabled() && (employeeId == null || employees.findById(employeeId).map(Employee::isActive).orElse(false));
    }

    /** A new password ends every other link of the account: an older invitation or reset link must not replace it. */
    private void revokeOtherLinks(Account account) {
        Instant now = clock.instant();
        for (TokenPurpose purpose : TokenPurpose.values()) {
            links.findOpen(account.getId(), purpose, now).forEach(open -> open.revoke(now));
        }
    }

    private static LinkNotValid notValid(String token) {
        log.info("A set-password link that cannot be used was tried ({} characters)", token.length());
        return new LinkNotValid();
    }
}
