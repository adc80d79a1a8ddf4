package org.continuityacademy.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.transaction.CannotCreateTransactionException;

/** A sign-in that failed because the database could not be reached is told from a wrong password. */
class SignInFailureTest {

    @Test
    void an_account_lookup_without_a_database_is_not_a_wrong_password() {
        var pool = new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 5000ms");
        assertThat(SignInFailure.databaseAway(new InternalAuthenticationServiceException("lookup failed",
                new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection", pool)))).isTrue();
        assertThat(SignInFailure.databaseAway(new InternalAuthenticationServiceException("lookup failed",
                new CannotCreateTransactionException("Could not open JPA EntityManager", pool)))).isTrue();
        assertThat(SignInFailure.databaseAway(new BadCredentialsException("Bad credentials"))).isFalse();
        assertThat(SignInFailure.databaseAway(new InternalAuthenticationServiceException("a bug", new IllegalStateException("x")))).isFalse();
    }
}
