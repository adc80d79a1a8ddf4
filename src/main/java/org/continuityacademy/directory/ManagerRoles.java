package org.continuityacademy.directory;

import java.util.HashSet;
import java.util.Set;
import org.continuityacademy.security.AppRole;
import org.springframework.stereotype.Component;

/** Anyone with direct reports in HR's list holds the MANAGER app role. */
@Component
class ManagerRoles {

    private final Employees employees;
    private final Accounts accounts;

    ManagerRoles(Employees employees, Accounts accounts) {
        this.employees = employees;
        this.accounts = accounts;
    }

    /** Grants MANAGER to every account whose employee has active direct reports; returns how many gained it. */
    int grant() {
        Set<Long> managers = new HashSet<>(employees.activeManagerIds());
        int granted = 0;
        for (Account account : accounts.findAllByEmployeeIdIn(managers)) {
            var roles = account.getRoles();
            if (roles.add(AppRole.MANAGER)) {
                account.changeAccess(roles, account.isEnabled());
                granted++;
            }
        }
        return granted;
    }
}
