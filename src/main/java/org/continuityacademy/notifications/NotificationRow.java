package org.continuityacademy.notifications;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A notification as its recipient sees it in the app.
 *
 * @param link a path in the app ("learn/itscm-for-everyone"), or null
 */
public record NotificationRow(long id, NotificationKind kind, String subject, String body, @Nullable String link,
                              Instant createdAt, @Nullable Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
