package org.continuityacademy.directory;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The installation's settings as the operator set them (see {@link InstallationSettings}).
 *
 * @param organisationName    {@code ORGANISATION_NAME}, empty when not set
 * @param zone                {@code ORGANISATION_TIME_ZONE}: the organisation's time zone
 * @param now                 the moment the settings were read, to show the time in that zone
 * @param reminderTime        {@code REMINDER_TIME}: when the daily reminders and digests go out, in that zone
 * @param defaultLanguage     {@code ORGANISATION_LOCALE}: the language of e-mails and documents
 * @param baseUrl             {@code BASE_URL}: the address links in e-mails and certificates point to
 * @param mailFrom            {@code MAIL_FROM}: the sender of the app's e-mail
 * @param secureSessionCookie {@code SESSION_COOKIE_SECURE}: whether the session cookie is sent over HTTPS only
 * @param contentFolder       {@code CONTENT_DIR}: the training content's folder; null for the content built into the app
 */
public record Settings(String organisationName, ZoneId zone, Instant now, LocalTime reminderTime, Locale defaultLanguage,
                       String baseUrl, String mailFrom, boolean secureSessionCookie, @Nullable String contentFolder) {

    /** The zone's offset from UTC at {@link #now()}: it changes with daylight saving time. */
    public ZoneOffset offset() {
        return zone.getRules().getOffset(now);
    }
}
