package org.continuityacademy.directory.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.util.List;
import org.continuityacademy.base.i18n.Formats;
import org.continuityacademy.base.ui.ViewHeader;
import org.continuityacademy.directory.InstallationSettings;
import org.continuityacademy.directory.Settings;
import org.continuityacademy.security.AppRoles;

/**
 * The administrator reads how this installation is set up: each setting, its value, and the environment
 * variable that sets it. Read-only: settings change where the app is started, and take effect on a restart.
 */
@Route("settings")
@PageTitle("settings.title")
@Menu(order = 91, icon = "vaadin:cog", title = "settings.title")
@RolesAllowed(AppRoles.ADMIN)
class SettingsView extends Main implements BeforeEnterObserver {

    /** One line of the table. */
    record Setting(String name, String value, String variable) {
    }

    private final InstallationSettings settings;
    final Grid<Setting> grid = new Grid<>();

    SettingsView(InstallationSettings settings) {
        this.settings = settings;
        addClassNames("academy-view", "flex", "flex-col", "h-full");

        grid.addColumn(Setting::name).setHeader(getTranslation("settings.column.setting")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Setting::value).setHeader(getTranslation("settings.column.value")).setFlexGrow(1)
                .setTooltipGenerator(Setting::value);
        grid.addComponentColumn(s -> {
            var code = new Span(s.variable());
            code.addClassName("font-mono");
            return code;
        }).setHeader(getTranslation("settings.column.variable")).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);

        add(new ViewHeader(getTranslation("settings.explanation")), grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        grid.setItems(rows(settings.current()));
    }

    private List<Setting> rows(Settings s) {
        var formats = new Formats(Formats.current().locale(), s.zone());
        String notSet = getTranslation("settings.value.not-set");
        return List.of(
                new Setting(getTranslation("settings.organisation-name"),
                        s.organisationName().isEmpty() ? notSet : s.organisationName(), "ORGANISATION_NAME"),
                new Setting(getTranslation("settings.time-zone"),
                        getTranslation("settings.value.time-zone", formats.zoneName(), formats.dateTime(s.now()), utcOffset(s.offset())),
                        "ORGANISATION_TIME_ZONE"),
                new Setting(getTranslation("settings.reminder-time"),
                        getTranslation("settings.value.reminder-time",
                                formats.time(s.reminderTime())),
                        "REMINDER_TIME"),
                new Setting(getTranslation("settings.language"),
                        getTranslation("settings.value.language", s.defaultLanguage().getDisplayName(getLocale()),
                                s.defaultLanguage().toLanguageTag()), "ORGANISATION_LOCALE"),
                new Setting(getTranslation("settings.base-url"), s.baseUrl().isBlank() ? notSet : s.baseUrl(), "BASE_URL"),
                new Setting(getTranslation("settings.mail-from"), s.mailFrom().isBlank() ? notSet : s.mailFrom(), "MAIL_FROM"),
                new Setting(getTranslation("settings.secure-cookie"),
                        getTranslation(s.secureSessionCookie() ? "settings.value.secure-cookie.on" : "settings.value.secure-cookie.off"),
                        "SESSION_COOKIE_SECURE"),
                new Setting(getTranslation("settings.content"),
                        s.contentFolder() == null ? getTranslation("settings.value.content.built-in") : s.contentFolder(), "CONTENT_DIR"));
    }

    /** The offset as written after "UTC": "+13:00", "-03:30", "+00:00" (where {@link ZoneOffset#getId()} says "Z"). */
    private static String utcOffset(ZoneOffset offset) {
        return offset.getTotalSeconds() == 0 ? "+00:00" : offset.getId();
    }
}
