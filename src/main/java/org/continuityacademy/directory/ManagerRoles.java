package org.continuityacademy.directory;

import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.continuityacademy.audit.AuditTrail;
import org.continuityacademy.security.AppRole;
import org.springframework.stereotype.Component;

/**
 * The Manager app role follows the reporting line: it is held by every active person in HR's list with active
 * direct reports, and by nobody else in the list. Each grant and removal is in the audit trail with the roles
 * before and after. Accounts that belong to no employee are left alone.
 */
@Component
class ManagerRoles {

    private final Accounts accounts;
    private final Employees employees;
    private final AuditTrail audit;

    ManagerRoles(Accounts accounts, Employees employees, AuditTrail audit) {
        this.accounts = accounts;
        this.employees = employees;
        this.audit = audit;
    }

    /** Who should hold the Manager role now: the ids of active employees with active direct reports. */
    Set<Long> activeManagerIds() {
        return employees.activeManagerIds();
    }

    /**
     * Grants Manager to every account whose person has active direct reports and removes it from every account
     * whose person has none (or has left), in the caller's transaction; returns how many accounts changed.
     */
    int follow() {
        int changed = 0;
        var managers = new HashSet<Account>();
        for (Account account : accounts.findAllOfActiveManagers()) {
            managers.add(account);
            changed += change(account, true);
        }
        for (Account account : accounts.findAllLinkedHoldingManager()) {
            if (!managers.contains(account)) {
                changed += change(account, false);
            }
        }
        return changed;
    }

    private int change(Account account, boolean manager) {
        var before = account.getRoles();
        var after = account.getRoles();
        if (manager ? !after.add(AppRole.MANAGER) : !after.remove(AppRole.MANAGER)) {
            return 0;
        }
        account.changeAccess(after, account.isEnabled());
        audit.record("app roles changed", "account", String.valueOf(account.getId()),
                account.getUsername() + ": Manager " + (manager ? "granted (has direct reports in the employee list)"
                        : "removed (no active direct reports in the employee list)"), names(before), names(after));
        return 1;
    }

    /** App roles as the audit trail writes them: {@code [LEARNER, MANAGER]}. */
    static String names(Set<AppRole> roles) {
        return roles.stream().map(Enum::name).collect(Collectors.toCollection(TreeSet::new)).toString();
    }
}
