package org.continuityacademy.directory;

import java.time.Clock;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.continuityacademy.audit.AuditTrail;
import org.continuityacademy.security.AppRole;
import org.continuityacademy.security.AppUserPrincipal;
import org.continuityacademy.security.SingleSignOn;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Single sign-on meets HR's list: the provider has vouched for the person (ID token signature, nonce and state
 * are checked by Spring Security before this runs); this links them to the <b>active employee</b> whose e-mail
 * matches the verified {@code email} claim (any case), or whose employee number matches the configured claim.
 * No match, an unverified address, a leaver or a disabled account: refused with a reason the sign-in problem
 * page explains, nothing created, and an audit entry. The first sign-in links the provider's identity to the
 * person's account (creating it if HR's import has not). App roles: Learner for every active employee, Manager
 * for anyone with active reports, and, when a groups claim is configured, HR, Continuity manager and
 * Administrator from the provider's groups.
 */
@Component
class SsoAccounts implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private static final Logger log = LoggerFactory.getLogger(SsoAccounts.class);
    private static final Set<AppRole> FROM_GROUPS = EnumSet.of(AppRole.HR, AppRole.CONTINUITY_MANAGER, AppRole.ADMIN);

    private final OidcUserService provider = new OidcUserService();
    private final SingleSignOn settings;
    private final Employees employees;
    private final Accounts accounts;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    /** A refusal's audit entry survives the refused sign-in's rollback. */
    private final TransactionTemplate separately;
    private final Clock clock;

    SsoAccounts(SingleSignOn settings, Employees employees, Accounts accounts, AuditTrail audit, TransactionTemplate transaction,
                Clock clock) {
        this.settings = settings;
        this.employees = employees;
        this.accounts = accounts;
        this.audit = audit;
        this.transaction = transaction;
        this.separately = new TransactionTemplate(transaction.getTransactionManager());
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser person = provider.loadUser(request);
        String subject = request.getClientRegistration().getProviderDetails().getIssuerUri() + "|" + person.getSubject();
        return transaction.execute(status -> link(person, subject));
    }

    private AppUserPrincipal link(OidcUser person, String subject) {
        String email = person.getEmail() == null ? "" : person.getEmail().strip();
        Employee employee = findEmployee(person, email);
        if (!employee.isActive()) {
            throw refused("left-organisation", email, "left the organisation (" + employee.getEmployeeNumber() + ")");
        }
        Account account = accounts.findBySsoSubject(subject).or(() -> accounts.findByEmployeeId(employee.getId()))
                .orElseGet(() -> newAccount(employee));
        if (account.getEmployeeId() == null || account.getEmployeeId() != employee.getId().longValue()) {
            throw refused("not-in-directory", email, "its single sign-on identity belongs to another person's account");
        }
        if (!account.isEnabled()) {
            throw refused("account-disabled", email, "the account " + account.getUsername() + " is disabled");
        }
        if (!subject.equals(account.getSsoSubject())) {
            String before = account.getSsoSubject();
            account.linkSingleSignOn(subject);
            audit.record("single sign-on linked", "account", String.valueOf(account.getId()),
                    account.getUsername() + " signs in with " + settings.name(), before, subject);
        }
        Set<AppRole> roles = roles(account, employee, person);
        if (!roles.equals(account.getRoles())) {
            String before = names(account.getRoles());
            account.changeAccess(roles, true);
            audit.record("app roles changed", "account", String.valueOf(account.getId()),
                    account.getUsername() + ": app roles from single sign-on", before, names(roles));
        }
        accounts.saveAndFlush(account);
        var local = new AppUserPrincipal(account.getId(), employee.getId(), account.getUsername(), employee.fullName(), null,
                account.getRoles(), true);
        return local.signedInWith(person.getIdToken(), person.getUserInfo());
    }

    private Employee findEmployee(OidcUser person, String email) {
        String numberClaim = settings.employeeNumberClaim();
        if (!numberClaim.isEmpty() && person.getClaimAsString(numberClaim) != null) {
            String number = person.getClaimAsString(numberClaim).strip();
            return employees.findByEmployeeNumber(number)
                    .orElseThrow(() -> refused("not-in-directory", email, "no employee has the number " + number));
        }
        if (email.isEmpty()) {
            throw refused("not-in-directory", "(no e-mail)", "the provider sent no e-mail address");
        }
        if (!Boolean.TRUE.equals(person.getEmailVerified())) {
            throw refused("email-not-verified", email, "the provider has not verified the e-mail address");
        }
        List<Employee> matches = employees.findByEmailIgnoringCase(email);
        // an address can belong to a leaver and, later, to a new joiner: the active one is the person
        return matches.stream().filter(Employee::isActive).findFirst()
                .or(() -> matches.stream().findFirst())
                .orElseThrow(() -> refused("not-in-directory", email, "no employee has this e-mail address"));
    }

    private Account newAccount(Employee employee) {
        var account = new Account(employee.getEmail().toLowerCase(Locale.ROOT), employee.fullName(), clock.instant());
        account.linkTo(employee.getId(), employee.getEmail());
        account.changeAccess(EnumSet.of(AppRole.LEARNER), true);
        Account saved = accounts.saveAndFlush(account);
        audit.record("account created", "account", String.valueOf(saved.getId()),
                saved.getUsername() + " at the first single sign-on", null, names(saved.getRoles()));
        return saved;
    }

    private Set<AppRole> roles(Account account, Employee employee, OidcUser person) {
        var roles = account.getRoles();
        roles.add(AppRole.LEARNER);
        if (employees.hasActiveReports(employee.getId())) {
            roles.add(AppRole.MANAGER);
        } else {
            roles.remove(AppRole.MANAGER);
        }
        if (settings.groupsDecideRoles()) {
            roles.removeAll(FROM_GROUPS);
            roles.addAll(settings.rolesFor(groups(person.getClaim(settings.groupsClaim()))));
        }
        return roles;
    }

    private static Collection<String> groups(@Nullable Object claim) {
        if (claim instanceof Collection<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return claim == null ? List.of() : List.of(String.valueOf(claim));
    }

    private OAuth2AuthenticationException refused(String reason, String who, String why) {
        log.info("Single sign-on refused for {}: {}", who, why);
        String subject = who.length() > 80 ? who.substring(0, 80) : who;
        separately.executeWithoutResult(status -> audit.record("single sign-on refused", "sign-in", subject,
                who + " could not sign in with " + settings.name() + ": " + why, null, reason));
        return new OAuth2AuthenticationException(new OAuth2Error(reason, why, null));
    }

    private static String names(Set<AppRole> roles) {
        return roles.stream().map(Enum::name).collect(Collectors.toCollection(TreeSet::new)).toString();
    }
}
