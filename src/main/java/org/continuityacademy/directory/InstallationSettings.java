package org.continuityacademy.directory;

import java.time.Clock;
import org.continuityacademy.base.i18n.Languages;
import org.continuityacademy.base.time.ReminderTime;
import org.continuityacademy.security.Access;
import org.continuityacademy.security.SessionCookies;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * What the operator set for this installation through environment variables, for the administrator to read
 * (nothing here changes them: they are changed where the app is started, and take effect on a restart).
 */
@Service
public class InstallationSettings {

    private final Clock clock;
    private final ReminderTime reminderTime;
    private final Languages languages;
    private final String organisationName;
    private final String baseUrl;
    private final String mailFrom;
    private final boolean secureSessionCookie;
    private final String contentFolder;

    InstallationSettings(Clock clock, ReminderTime reminderTime, Languages languages,
                         @Value("${academy.organisation.name:}") String organisationName,
                         @Value("${academy.base-url:}") String baseUrl,
                         @Value("${academy.mail.from:}") String mailFrom,
                         SessionCookies sessionCookies,
                         @Value("${academy.content.dir:}") String contentFolder) {
        this.clock = clock;
        this.reminderTime = reminderTime;
        this.languages = languages;
        this.organisationName = organisationName;
        this.baseUrl = baseUrl;
        this.mailFrom = mailFrom;
        this.secureSessionCookie = sessionCookies.secure();
        this.contentFolder = contentFolder;
    }

    /** The settings as they are now, with the current moment so that the time in the organisation's zone can be shown. */
    @PreAuthorize(Access.ADMIN)
    public Settings current() {
        return new Settings(organisationName.strip(), clock.getZone(), clock.instant(), reminderTime.time(),
                languages.organisationDefault(), baseUrl, mailFrom, secureSessionCookie,
                contentFolder.isBlank() ? null : contentFolder.strip());
    }
}
