package org.continuityacademy.base;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Turns what a person typed into a safe, case-insensitive LIKE pattern. */
public final class Search {

    private Search() {
    }

    /** The whole text, anywhere in a value: "%text%". */
    public static @Nullable String containsPattern(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return "%" + escape(text.strip().toLowerCase(Locale.ROOT)) + "%";
    }

    /**
     * Each word in turn, anything between them: "Liam Thomas" and "Thomas, Liam" become "%liam%thomas%" and
     * "%thomas%liam%". Matched against "first last" and "last first" it finds a person by their full name typed either
     * way; one word is the same pattern as {@link #containsPattern}, so e-mail addresses and numbers are found as before.
     */
    public static @Nullable String wordsPattern(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String words = Arrays.stream(text.strip().toLowerCase(Locale.ROOT).split("[\\s,;]+"))
                .filter(w -> !w.isEmpty()).map(Search::escape).collect(Collectors.joining("%"));
        return words.isEmpty() ? null : "%" + words + "%";
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
