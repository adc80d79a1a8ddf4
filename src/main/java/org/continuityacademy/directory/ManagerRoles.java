package org.continuityacademy.directory;

import org.continuityacademy.security.AppRole;
import org.springframework.stereotype.Component;

/** Anyone with direct reports in HR's list holds the MANAGER app role. */
@Component
class ManagerRoles {

    private final Accounts accounts;

    ManagerRoles(Accounts accounts) {
        this.accounts = accounts;
    }

    /** Grants MANAGER to every account whose employee has active direct reports; returns how many gained it. */
    int grant() {
        int granted = 0;
        for (Account account : accounts.findAllOfActiveManagers()) {
            var roles = account.getRoles();
            if (roles.add(AppRole.MANAGER)) {
                account.changeAccess(roles, account.isEnabled());
                granted++;
            }
        }
        return granted;
    }
}
