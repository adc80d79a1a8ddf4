package org.continuityacademy.catalogue;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A fact of the organisation as the continuity manager sees it.
 *
 * @param value     what learners read now: the organisation's own value, or the default
 * @param own       whether the organisation has set its own value ({@code value} is otherwise the default)
 * @param changedBy the user name of who last set or reset the value, null if nobody has
 */
public record OrganisationFactRow(String key, String label, String description, String value, String defaultValue,
                                  boolean own, @Nullable String changedBy, @Nullable Instant changedAt) {
}
