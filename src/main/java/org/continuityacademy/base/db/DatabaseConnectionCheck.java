package org.continuityacademy.base.db;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Tries the configured database before anything else starts, so that a missing or unreachable
 * database ends start-up with one message naming the URL instead of a page of stack traces from the
 * connection pool, Flyway and Hibernate. Registered in {@code META-INF/spring.factories}.
 */
public final class DatabaseConnectionCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        Environment environment = event.getEnvironment();
        if (!environment.getProperty("academy.db.check-on-start", Boolean.class, true)) {
            return;
        }
        if (!EmbeddedDatabaseCondition.serverConfigured(environment)) {
            if (!EmbeddedDatabaseCondition.useEmbedded(environment, getClass().getClassLoader())) {
                throw new DatabaseUnavailableException(null,
                        "No database is configured: set DB_URL (and DB_USER, DB_PASSWORD) to a MariaDB server. "
                                + "This build does not include the embedded MariaDB.");
            }
            return;
        }
        String url = environment.getRequiredProperty("spring.datasource.url");
        var credentials = new Properties();
        credentials.setProperty("user", environment.getProperty("spring.datasource.username", ""));
        credentials.setProperty("password", environment.getProperty("spring.datasource.password", ""));
        credentials.setProperty("connectTimeout", environment.getProperty("academy.db.connect-timeout-ms", "10000"));
        try (var connection = DriverManager.getConnection(url, credentials)) {
            connection.isValid(5);
        } catch (SQLException e) {
            throw new DatabaseUnavailableException(url, firstLine(e.getMessage()));
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no reason given by the driver";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
