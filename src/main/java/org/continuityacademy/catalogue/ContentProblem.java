package org.continuityacademy.catalogue;

import org.jspecify.annotations.Nullable;

/**
 * Something wrong in a content file: which file (relative to the content folder), the line when
 * known, and what is wrong, in words an author can act on.
 */
public record ContentProblem(String file, @Nullable Integer line, String message) {

    @Override
    public String toString() {
        return file + (line == null ? "" : ":" + line) + ": " + message;
    }
}
