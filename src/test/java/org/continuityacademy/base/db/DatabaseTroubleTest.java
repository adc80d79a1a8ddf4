package org.continuityacademy.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

/** A database that cannot be reached is told from other failures, however deep in the causes it shows. */
class DatabaseTroubleTest {

    @Test
    void no_connection_from_the_pool_or_the_server_is_the_database_being_unavailable() {
        var hikari = new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 5000ms");
        assertThat(DatabaseTrouble.isUnavailable(new CannotCreateTransactionException("Could not open JPA EntityManager", hikari))).isTrue();
        assertThat(DatabaseTrouble.isUnavailable(new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection", hikari))).isTrue();
        assertThat(DatabaseTrouble.isUnavailable(new IllegalStateException("wrapped", new RuntimeException(hikari)))).isTrue();
        assertThat(DatabaseTrouble.isUnavailable(new RuntimeException(new ConnectException("Connection refused")))).isTrue();
        assertThat(DatabaseTrouble.isUnavailable(new SQLException("Socket error", "08000"))).isTrue();
    }

    @Test
    void a_rollback_on_a_connection_the_pool_closed_is_the_database_being_unavailable() {
        // what TransactionTemplate throws when a statement failed on a lost connection and the rollback then failed too
        var rollback = new JpaSystemException(new RuntimeException("Unable to rollback against JDBC Connection",
                new SQLException("Connection is closed")));
        assertThat(DatabaseTrouble.isUnavailable(rollback)).isTrue();
        assertThat(DatabaseTrouble.isUnavailable(new SQLException("Connection is closed", "HY000"))).as("a SQL state says what it is").isFalse();
    }

    @Test
    void other_failures_are_not() {
        assertThat(DatabaseTrouble.isUnavailable(null)).isFalse();
        assertThat(DatabaseTrouble.isUnavailable(new IllegalArgumentException("bad input"))).isFalse();
        assertThat(DatabaseTrouble.isUnavailable(new DataIntegrityViolationException("duplicate",
                new SQLIntegrityConstraintViolationException("Duplicate entry", "23000")))).isFalse();
    }
}
