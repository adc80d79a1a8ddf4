package org.continuityacademy;

import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.lumo.Lumo;
import com.vaadin.flow.component.dependency.StyleSheet;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Continuity Academy: gives every employee their IT service continuity role, trains them for it and
 * shows who is ready for a disruption.
 */
@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@CssImport("./styles/academy.css")
@Meta(name = "description", content = "Continuity Academy: IT service continuity training and readiness")
public class Application implements AppShellConfigurator {

    /** The shield of the side navigation, as the tab's icon (without it every page asked for a missing /favicon.ico). */
    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "icons/favicon.svg", "any");
    }

    public static void main(String[] args) {
        try {
            SpringApplication.run(Application.class, args);
        } catch (RuntimeException failedToStart) {
            // Spring has reported why; exit so that no background thread (dev server, embedded
            // database watchdog) keeps a half-started app alive. Shutdown hooks stop the database.
            System.exit(1);
        }
    }
}
