package org.continuityacademy;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.continuityacademy.base.time.ResetClock;
import org.continuityacademy.base.time.TestTime;
import org.continuityacademy.demo.idp.TestIdentityProvider;
import org.continuityacademy.directory.TestOrganisation;
import org.junit.jupiter.api.extension.ExtendWith;
import org.continuityacademy.notifications.TestMailServer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a real MariaDB (embedded under target/, or the server in DB_URL) with the
 * demo organisation loaded, a test SMTP server for e-mail and a {@link org.continuityacademy.base.time.TestClock}
 * that tests move (reset after each test), and the demo's identity provider, Harbourline ID, on a free port with the
 * app's single sign-on pointed at it. A key missing from the message bundles is an error here, and the
 * pseudo-locale (en-XA) is on. The job announcing new training waits a day, so it never fires during a run.
 * All tests share one context, so keep extra configuration out of them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"academy.i18n.strict=true", "academy.i18n.pseudo-locale=true",
                // the announcements of new training run when a test asks (AnnouncementsIT), not every 5 minutes in the
                // middle of other tests' counts of their notifications
                "academy.training.announce-every=1d",
                // two-step sign-in has its own suite (SecondFactorBrowserIT); elsewhere people sign in with a password
                "academy.security.second-factor-roles="})
@Import({TestOrganisation.class, TestMailServer.class, TestTime.class, TestIdentityProvider.class})
@ExtendWith(ResetClock.class)
public @interface IntegrationTest {
}
