package org.continuityacademy.base.db;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.continuityacademy.base.i18n.Messages;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The database's column sizes as validation rules. The migrations are the one place a text's longest length is
 * written; services check free text against them before writing, so that a value too long gets a message naming
 * its field instead of the database's error text. The sizes are read once from {@code information_schema}, in
 * characters (the tables are {@code utf8mb4}, so a character is one code point: {@link #length(String)}).
 */
@Component
public class ColumnSizes {

    private final JdbcClient jdbc;
    private final Messages messages;
    private volatile @Nullable Map<String, Integer> sizes;

    ColumnSizes(JdbcClient jdbc, Messages messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    /** The most characters {@code table.column} holds; an unknown column is a programming error, so it throws. */
    public int max(String table, String column) {
        Integer size = sizes().get(key(table, column));
        if (size == null) {
            throw new IllegalArgumentException("No text column " + table + "." + column + " in the database");
        }
        return size;
    }

    /** The length the database counts: code points, not Java chars (an emoji is two chars and one character). */
    public static int length(String value) {
        return value.codePointCount(0, value.length());
    }

    /**
     * Why {@code value} does not fit {@code table.column}, in the current person's language and naming the field
     * ({@code field}, already in their words); empty when it fits or is null.
     */
    public Optional<String> tooLong(String table, String column, @Nullable String value, String field) {
        return tooLong(messages.currentLocale(), table, column, value, field);
    }

    /** As {@link #tooLong(String, String, String, String)}, in {@code locale}. */
    public Optional<String> tooLong(Locale locale, String table, String column, @Nullable String value, String field) {
        if (value == null) {
            return Optional.empty();
        }
        int max = max(table, column);
        int length = length(value);
        return length <= max ? Optional.empty() : Optional.of(messages.get(locale, "limits.too-long", field, max, length));
    }

    private Map<String, Integer> sizes() {
        Map<String, Integer> known = sizes;
        if (known == null) {
            var read = new HashMap<String, Integer>();
            jdbc.sql("""
                    select table_name, column_name, character_maximum_length from information_schema.columns
                    where table_schema = database() and character_maximum_length is not null""")
                    .query((java.sql.ResultSet rs) -> {
                        read.put(key(rs.getString(1), rs.getString(2)), (int) Math.min(Integer.MAX_VALUE, rs.getLong(3)));
                    });
            known = Map.copyOf(read);
            sizes = known;
        }
        return known;
    }

    private static String key(String table, String column) {
        return table.toLowerCase(Locale.ROOT) + "." + column.toLowerCase(Locale.ROOT);
    }
}
