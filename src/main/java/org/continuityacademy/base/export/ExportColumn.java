package org.continuityacademy.base.export;

import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One column of an exported table: its header and how to read its value from a row. Numbers stay
 * numbers in XLSX; dates ({@code LocalDate}, {@code Instant}) are written as ISO text in CSV and as
 * dates in XLSX, instants in the organisation's time zone ({@link Exports}); anything else is written as text.
 */
public record ExportColumn<T>(String header, Function<T, @Nullable Object> value) {

    public static <T> ExportColumn<T> of(String header, Function<T, @Nullable Object> value) {
        return new ExportColumn<>(header, value);
    }
}
