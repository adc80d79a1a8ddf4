package org.continuityacademy.base.db;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a database that cannot be reached (stopped, restarting, the network gone, no connection free in time) from
 * other failures: the former passes when it comes back, so people are asked to try again and bulk work waits and
 * retries; the latter is a fault to report.
 */
public final class DatabaseTrouble {

    /** HikariCP's message for any call on a connection it has closed (ProxyConnection.ClosedConnection). */
    private static final String HIKARI_CLOSED = "Connection is closed";

    private DatabaseTrouble() {
    }

    /** Whether the failure, or anything that caused it, says the database could not be reached. */
    public static boolean isUnavailable(@Nullable Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 30; t = t.getCause() == t ? null : t.getCause(), depth++) {
            if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException || t instanceof ConnectException
                    || t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return true;
            }
            // SQL state class 08: connection exception (SQL standard)
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            // the pool's own answer (no SQL state) when a connection it found broken is used again: a transaction whose
            // statement failed on a lost connection then fails to roll back with this, and only this reaches the caller
            if (t instanceof SQLException sql && sql.getSQLState() == null && HIKARI_CLOSED.equals(sql.getMessage())) {
                return true;
            }
        }
        return false;
    }
}
