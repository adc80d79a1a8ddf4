package org.continuityacademy.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.continuityacademy.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class FirstAdministratorIT {

    @Autowired
    FirstAdministrator firstAdministrator;
    @Autowired
    Accounts accounts;

    @Test
    void no_second_administrator_is_made_while_one_is_enabled() {
        long before = accounts.count();
        assertThat(accounts.countEnabledAdmins()).isPositive();

        assertThat(firstAdministrator.ensure()).isFalse();

        assertThat(accounts.count()).isEqualTo(before);
    }
}
