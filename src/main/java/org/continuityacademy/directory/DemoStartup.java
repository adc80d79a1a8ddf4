package org.continuityacademy.directory;

import org.continuityacademy.base.db.EmbeddedMariaDb;
import org.continuityacademy.security.SingleSignOn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * With the {@code demo} profile on the embedded database: creates the demo company on first start and
 * prints where to open the app and how to sign in. Never on a database server, so production data
 * cannot be mixed with demo people by a stray profile.
 */
@Component
@Profile("demo")
class DemoStartup {

    private static final Logger log = LoggerFactory.getLogger(DemoStartup.class);

    private final DemoOrganisation organisation;
    private final ObjectProvider<EmbeddedMariaDb> embedded;
    private final Environment environment;
    private final SingleSignOn sso;

    DemoStartup(DemoOrganisation organisation, ObjectProvider<EmbeddedMariaDb> embedded, Environment environment, SingleSignOn sso) {
        this.organisation = organisation;
        this.embedded = embedded;
        this.environment = environment;
        this.sso = sso;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE + 1)
    void onReady() {
        if (embedded.getIfAvailable() == null) {
            log.warn("The demo profile is on but the app uses the database server in DB_URL: no demo data is created.");
            return;
        }
        organisation.createIfEmpty();
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        var text = new StringBuilder()
                .append("\n\n  Continuity Academy is running: http://localhost:").append(port).append("/\n")
                .append("  Demo company: ").append(DemoOrganisation.COMPANY).append(" (embedded MariaDB, data in ")
                .append(embedded.getObject().folder()).append(")\n")
                .append("  Demo logins (password for all: ").append(DemoOrganisation.DEMO_PASSWORD).append("):\n");
        for (var login : DemoOrganisation.LOGINS) {
            text.append(String.format("    %-11s %-13s %s%n", login.username(), login.name(), login.who()));
        }
        if (sso.enabled()) {
            text.append("  Or \"Sign in with ").append(sso.name()).append("\" (").append(sso.issuerUri())
                    .append("): any employee's e-mail address, e.g. lena.novak@harbourline.example or\n")
                    .append("    priya.raman@harbourline.example, with the password ").append(DemoOrganisation.DEMO_PASSWORD).append("\n");
        }
        log.info(text.toString());
    }
}
