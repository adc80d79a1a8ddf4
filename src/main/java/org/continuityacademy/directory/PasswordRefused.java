package org.continuityacademy.directory;

import java.util.List;
import java.util.Map;

/**
 * A password that was not set, and why, in words for the person who typed it, by field: the current password (when
 * changing one), the new password (the rules it breaks, every one of them), the repeated one (not the same). Nothing
 * was changed.
 */
public final class PasswordRefused extends RuntimeException {

    /** The fields of a password form. */
    public enum Field { CURRENT, PASSWORD, REPEAT }

    private final Map<Field, List<String>> problems;

    PasswordRefused(Map<Field, List<String>> problems) {
        super(String.join(" ", problems.values().stream().flatMap(List::stream).toList()));
        this.problems = Map.copyOf(problems);
    }

    /** The problems of one field; empty when it is fine. */
    public List<String> problems(Field field) {
        return problems.getOrDefault(field, List.of());
    }
}
