package org.continuityacademy.base.db;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns {@link DatabaseUnavailableException} into a short report naming the URL and what to do. */
public final class DatabaseUnavailableFailureAnalyzer extends AbstractFailureAnalyzer<DatabaseUnavailableException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DatabaseUnavailableException cause) {
        if (cause.url() == null) {
            return new FailureAnalysis(cause.getMessage(),
                    "Set DB_URL, e.g. jdbc:mariadb://db.example.org:3306/continuity_academy, with DB_USER and DB_PASSWORD.",
                    cause);
        }
        return new FailureAnalysis(
                "Cannot connect to the database at " + masked(cause.url()) + ": " + cause.getMessage(),
                "Check that MariaDB is running and reachable, and that DB_URL, DB_USER and DB_PASSWORD are right.",
                cause);
    }

    static String masked(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1****");
    }
}
