package org.continuityacademy.directory.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.continuityacademy.IntegrationTest;
import org.continuityacademy.base.time.TestClock;
import org.continuityacademy.base.ui.NotFoundView;
import org.continuityacademy.directory.InstallationSettings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** The administrator reads how the installation is set up; nobody else can, in the view or through the service. */
@IntegrationTest
class SettingsViewTest extends SpringBrowserlessTest {

    @Autowired
    TestClock clock;
    @Autowired
    InstallationSettings settings;

    @Test
    @WithUserDetails("admin")
    void an_administrator_sees_the_time_zone_with_the_time_there_now_and_the_reminder_time() {
        clock.setZone(ZoneId.of("Pacific/Auckland"));
        // 23:30 on New Year's Eve in UTC is 12:30 on New Year's Day in Auckland, in summer time (UTC+13)
        clock.set(Instant.parse("2026-12-31T23:30:00Z"));
        // someone whose browser asks for British English: dates day first, times on the 24-hour clock
        UI.getCurrent().setLocale(Locale.forLanguageTag("en-GB"));

        var rows = rows(navigate(SettingsView.class));

        assertThat(rows).containsOnlyKeys("ORGANISATION_NAME", "ORGANISATION_TIME_ZONE", "REMINDER_TIME", "ORGANISATION_LOCALE",
                "BASE_URL", "MAIL_FROM", "SESSION_COOKIE_SECURE", "CONTENT_DIR");
        assertThat(rows.get("ORGANISATION_TIME_ZONE")).contains("Pacific/Auckland").contains("1 Jan 2027").contains("12:30")
                .contains("UTC+13:00");
        assertThat(rows.get("REMINDER_TIME")).startsWith("07:00");
        assertThat(rows.get("ORGANISATION_LOCALE")).contains("en-GB");
        assertThat(rows.get("SESSION_COOKIE_SECURE")).startsWith("No");
        assertThat(rows.get("CONTENT_DIR")).isEqualTo("The content built into the app");
    }

    @Test
    @WithUserDetails("admin")
    void the_utc_offset_follows_daylight_saving_time() {
        clock.setZone(ZoneId.of("Pacific/Auckland"));
        clock.set(Instant.parse("2027-07-01T00:00:00Z"));
        UI.getCurrent().setLocale(Locale.forLanguageTag("en-GB"));

        assertThat(rows(navigate(SettingsView.class)).get("ORGANISATION_TIME_ZONE")).contains("UTC+12:00").contains("12:00");
    }

    @Test
    @WithUserDetails("hr")
    void nobody_else_opens_the_settings_or_reads_them_from_the_service() {
        UI.getCurrent().navigate("settings");
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);

        assertThatThrownBy(() -> settings.current()).isInstanceOf(AccessDeniedException.class);
    }

    /** The table as environment variable → value shown. */
    private Map<String, String> rows(SettingsView view) {
        var grid = test(view.grid);
        var rows = new LinkedHashMap<String, String>();
        for (int i = 0; i < grid.size(); i++) {
            rows.put(grid.getRow(i).variable(), grid.getCellText(i, 1));
        }
        return rows;
    }
}
