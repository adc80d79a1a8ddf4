package org.continuityacademy.base.db;

import org.jspecify.annotations.Nullable;

/** The configured database cannot be used; start-up stops with one clear message. */
public final class DatabaseUnavailableException extends RuntimeException {

    private final @Nullable String url;

    DatabaseUnavailableException(@Nullable String url, String message) {
        super(message);
        this.url = url;
    }

    public @Nullable String url() {
        return url;
    }
}
