package org.continuityacademy.directory;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Loads the demo organisation into the test database whichever database it is (the app itself only
 * does so on the embedded one), so tests can sign in as the demo people.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestOrganisation {

    @Bean
    ApplicationRunner loadDemoOrganisation(DemoOrganisation organisation) {
        return args -> organisation.createIfEmpty();
    }
}
