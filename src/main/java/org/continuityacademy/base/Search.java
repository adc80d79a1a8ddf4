package org.continuityacademy.base;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Turns what a person typed into a safe, case-insensitive LIKE pattern. */
public final class Search {

    private Search() {
    }

    public static @Nullable String containsPattern(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String escaped = text.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
