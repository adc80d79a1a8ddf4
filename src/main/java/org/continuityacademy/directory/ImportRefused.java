package org.continuityacademy.directory;

/** An import that cannot be applied (already applied, had errors, or the data changed since the preview). */
public final class ImportRefused extends RuntimeException {

    ImportRefused(String message) {
        super(message);
    }
}
