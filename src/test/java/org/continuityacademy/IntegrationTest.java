package org.continuityacademy;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.continuityacademy.directory.TestOrganisation;
import org.continuityacademy.notifications.TestMailServer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a real MariaDB (embedded under target/, or the server in DB_URL) with the
 * demo organisation loaded and a test SMTP server for e-mail. All tests share one context, so keep extra
 * configuration out of them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({TestOrganisation.class, TestMailServer.class})
public @interface IntegrationTest {
}
