package org.continuityacademy.directory;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.continuityacademy.audit.AuditTrail;
import org.continuityacademy.security.AppRole;
import org.continuityacademy.security.SignedInSessions;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Accounts follow HR's list, in the transaction that changes the list. Every active employee has an account: user
 * name = their e-mail address in lower case, no password, the Learner app role (Manager too with active direct
 * reports), linked to the employee; each new one is announced ({@link AccountOpened}) so that its owner can be
 * invited. A leaver's account is disabled and its sessions end on every node; a rejoiner's is enabled again with
 * the app roles that come with being an employee. A new e-mail address becomes the account's, and its user name
 * too when the user name was the old address. Every change is in the audit trail.
 * <p>
 * A user name is unique and at most {@value #USERNAME_LENGTH} characters. When another account holds the address:
 * a leaver's account gives it up (its user name becomes {@code left-<id>-<address>}); any other (an account of
 * nobody in the list, such as the first administrator, or an active person's) keeps it, and the person gets no
 * account, with an audit entry saying why.
 */
@Component
class DirectoryAccounts {

    static final int USERNAME_LENGTH = 100;
    private static final Logger log = LoggerFactory.getLogger(DirectoryAccounts.class);

    private final Accounts accounts;
    private final Employees employees;
    private final ManagerRoles managerRoles;
    private final SignedInSessions sessions;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DirectoryAccounts(Accounts accounts, Employees employees, ManagerRoles managerRoles, SignedInSessions sessions,
                      AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.employees = employees;
        this.managerRoles = managerRoles;
        this.sessions = sessions;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** What following the list did to accounts, for the import's audit entry. */
    static final class Tally {
        int opened;
        int notOpened;
        int disabled;
        int enabled;
        int detailsChanged;
        int rolesChanged;

        String summary() {
            return "accounts opened " + opened + ", not opened " + notOpened + ", disabled " + disabled + ", enabled again "
                    + enabled + ", details changed " + detailsChanged + ", app roles changed " + rolesChanged;
        }
    }

    static String username(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /** Opens an account for each of these people who is active and has none; {@code why} ends the audit summary. */
    List<Account> open(Collection<Employee> people, String why, Tally tally) {
        var active = people.stream().filter(Employee::isActive).toList();
        Set<Long> withAccount = byEmployee(active.stream().map(Employee::getId).toList()).keySet();
        return openAccounts(active.stream().filter(e -> !withAccount.contains(e.getId())).toList(), why, tally);
    }

    /** As {@link #open}, for people who have just entered the list and so cannot have an account yet. */
    List<Account> openForNewcomers(Collection<Employee> newcomers, String why, Tally tally) {
        return openAccounts(newcomers.stream().filter(Employee::isActive).toList(), why, tally);
    }

    private List<Account> openAccounts(List<Employee> candidates, String why, Tally tally) {
        if (candidates.isEmpty()) {
            return List.of();
        }
        Map<String, Account> holders = byUsername(candidates.stream().map(e -> username(e.getEmail()))
                .filter(u -> u.length() <= USERNAME_LENGTH).toList());
        Set<Long> managers = managerRoles.activeManagerIds();
        Set<String> claimed = new HashSet<>();
        Instant now = clock.instant();
        var opened = new ArrayList<Account>();
        for (Employee employee : candidates) {
            String username = username(employee.getEmail());
            String refusal = username.length() > USERNAME_LENGTH
                    ? "the e-mail address is longer than a user name may be (" + USERNAME_LENGTH + " characters)"
                    : !claimed.add(username) ? "the user name " + username + " goes to another person in the same list"
                    : !free(holders.get(username), employee) ? "the user name " + username + " belongs to another account"
                    : null;
            if (refusal != null) {
                notOpened(employee, refusal, tally);
                continue;
            }
            var account = new Account(username, displayName(employee), now);
            account.linkTo(employee.getId(), employee.getEmail());
            account.changeAccess(managers.contains(employee.getId()) ? EnumSet.of(AppRole.LEARNER, AppRole.MANAGER)
                    : EnumSet.of(AppRole.LEARNER), true);
            opened.add(account);
        }
        accounts.saveAll(opened);
        for (Account account : opened) {
            audit.record("account created", "account", String.valueOf(account.getId()),
                    account.getUsername() + " opened for " + account.getDisplayName() + " " + why, null,
                    ManagerRoles.names(account.getRoles()));
            events.publishEvent(new AccountOpened(account.getId(), account.getEmployeeId(), account.getEmail(),
                    account.getDisplayName()));
        }
        tally.opened += opened.size();
        return opened;
    }

    /** Disables the accounts of people who have left and ends their sessions on every node. */
    void left(Collection<Employee> leavers, String why, Tally tally) {
        var ended = new ArrayList<Long>();
        for (Account account : byEmployee(leavers.stream().map(Employee::getId).toList()).values()) {
            if (account.isEnabled()) {
                account.changeAccess(account.getRoles(), false);
                audit.record("account disabled", "account", String.valueOf(account.getId()),
                        account.getUsername() + ": " + account.getDisplayName() + " left the organisation " + why,
                        "enabled", "disabled");
                ended.add(account.getId());
            }
        }
        sessions.endSessionsOf(ended);
        tally.disabled += ended.size();
    }

    /**
     * People back in the list: their account is enabled again with the app roles of an employee (Learner, Manager
     * with reports; any other role must be granted again), or opened if they have none.
     */
    void rejoined(Collection<Employee> people, String why, Tally tally) {
        Set<Long> managers = people.isEmpty() ? Set.of() : managerRoles.activeManagerIds();
        Map<Long, Account> existing = byEmployee(people.stream().map(Employee::getId).toList());
        Map<Long, Employee> byId = people.stream().collect(Collectors.toMap(Employee::getId, Function.identity()));
        for (Account account : existing.values()) {
            if (account.isEnabled()) {
                continue;
            }
            var before = account.getRoles();
            var roles = managers.contains(account.getEmployeeId()) ? EnumSet.of(AppRole.LEARNER, AppRole.MANAGER)
                    : EnumSet.of(AppRole.LEARNER);
            account.changeAccess(roles, true);
            audit.record("account enabled", "account", String.valueOf(account.getId()),
                    account.getUsername() + ": " + account.getDisplayName() + " is back in the employee list " + why,
                    "disabled", "enabled");
            tally.enabled++;
            Employee person = byId.get(account.getEmployeeId());
            follow(account, person, person.getEmail(), why, tally);
            if (!roles.equals(before)) {
                audit.record("app roles changed", "account", String.valueOf(account.getId()),
                        account.getUsername() + ": the app roles of an employee on rejoining", ManagerRoles.names(before),
                        ManagerRoles.names(roles));
                tally.rolesChanged++;
            }
        }
        open(people.stream().filter(e -> !existing.containsKey(e.getId())).toList(), why, tally);
    }

    /**
     * People whose e-mail address or name changed ({@code previousEmails}: employee id → address before): the
     * account takes the new address and name, and the new address as user name when the user name was the old
     * one (or a leaver's freed name). Someone active without an account gets one now, if the new address allows.
     */
    void detailsChanged(Collection<Employee> people, Map<Long, String> previousEmails, String why, Tally tally) {
        Map<Long, Account> existing = byEmployee(people.stream().map(Employee::getId).toList());
        var withoutAccount = new ArrayList<Employee>();
        for (Employee employee : people) {
            Account account = existing.get(employee.getId());
            if (account == null) {
                if (previousEmails.containsKey(employee.getId())) {
                    withoutAccount.add(employee);
                }
                continue;
            }
            follow(account, employee, previousEmails.getOrDefault(employee.getId(), employee.getEmail()), why, tally);
        }
        open(withoutAccount, why, tally);
    }

    /** The account takes its person's address and name, and the address as user name if it followed the old one. */
    private void follow(Account account, Employee employee, String previousEmail, String why, Tally tally) {
        String username = account.getUsername();
        String wanted = username(employee.getEmail());
        boolean followsAddress = username.equalsIgnoreCase(previousEmail) || username.equals(freedName(account, previousEmail));
        if (followsAddress && !username.equals(wanted) && wanted.length() <= USERNAME_LENGTH
                && free(accounts.findByUsername(wanted).filter(holder -> holder != account).orElse(null), employee)) {
            username = wanted;
        }
        String before = account.details();
        account.follow(username, employee.getEmail(), displayName(employee));
        if (!before.equals(account.details())) {
            audit.record("account details changed", "account", String.valueOf(account.getId()),
                    account.getUsername() + ": as the employee list says " + why, before, account.details());
            tally.detailsChanged++;
        }
    }

    /**
     * Whether the user name this holder has may go to the person: yes when nobody holds it, or a leaver's account
     * does (which then gives it up, at once, so that the name is free when the person's account is written).
     */
    private boolean free(@Nullable Account holder, Employee person) {
        if (holder == null) {
            return true;
        }
        if (holder.getEmployeeId() == null || holder.getEmployeeId().equals(person.getId())) {
            return false;
        }
        boolean leaver = employees.findById(holder.getEmployeeId()).map(e -> !e.isActive()).orElse(false);
        if (!leaver) {
            return false;
        }
        String before = holder.details();
        String freed = freedName(holder, holder.getUsername());
        holder.follow(freed, holder.getEmail() == null ? "" : holder.getEmail(), holder.getDisplayName());
        accounts.saveAndFlush(holder);
        audit.record("account details changed", "account", String.valueOf(holder.getId()),
                freed + ": the address now belongs to " + person.fullName() + ", who is in the employee list; "
                        + "this leaver's account gives up the user name", before, holder.details());
        log.info("User name {} moved from a leaver's account ({}) to {}", before, holder.getId(), person.getEmployeeNumber());
        return true;
    }

    /** The user name a leaver's account takes when it gives up its address. */
    private static String freedName(Account account, String username) {
        String freed = "left-" + account.getId() + "-" + username.toLowerCase(Locale.ROOT);
        return freed.length() > USERNAME_LENGTH ? freed.substring(0, USERNAME_LENGTH) : freed;
    }

    private void notOpened(Employee employee, String why, Tally tally) {
        log.warn("No account opened for employee {}: {}", employee.getEmployeeNumber(), why);
        audit.record("account not opened", "employee", String.valueOf(employee.getId()),
                employee.fullName() + " (" + employee.getEmployeeNumber() + ") has no account: " + why, null, null);
        tally.notOpened++;
    }

    private static String displayName(Employee employee) {
        String name = employee.fullName();
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    private Map<Long, Account> byEmployee(List<Long> employeeIds) {
        var found = new HashMap<Long, Account>();
        if (employeeIds.isEmpty()) {
            return found;
        }
        accounts.flush(); // once: the lookups below do not flush
        for (int from = 0; from < employeeIds.size(); from += 1000) {
            accounts.findAllByEmployeeIdIn(employeeIds.subList(from, Math.min(employeeIds.size(), from + 1000)))
                    .forEach(a -> found.put(a.getEmployeeId(), a));
        }
        return found;
    }

    private Map<String, Account> byUsername(List<String> usernames) {
        var found = new HashMap<String, Account>();
        if (usernames.isEmpty()) {
            return found;
        }
        accounts.flush(); // once: the lookups below do not flush
        for (int from = 0; from < usernames.size(); from += 1000) {
            found.putAll(accounts.findAllByUsernameIn(usernames.subList(from, Math.min(usernames.size(), from + 1000))).stream()
                    .collect(Collectors.toMap(a -> a.getUsername().toLowerCase(Locale.ROOT), Function.identity(), (a, b) -> a)));
        }
        return found;
    }
}
