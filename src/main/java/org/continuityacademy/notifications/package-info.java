/**
 * Notifications: in-app messages (the bell) and e-mail through an outbox written in the caller's
 * transaction and sent by a clustered Quartz job with retries. Other modules call {@link Notifications}.
 */
@NullMarked
package org.continuityacademy.notifications;

import org.jspecify.annotations.NullMarked;
