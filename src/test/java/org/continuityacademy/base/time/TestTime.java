package org.continuityacademy.base.time;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Puts a {@link TestClock} in the shared test context, in place of the system clock. */
@TestConfiguration(proxyBeanMethods = false)
public class TestTime {

    @Bean
    @Primary
    TestClock testClock(@Value("${academy.organisation.time-zone:UTC}") String timeZone) {
        return new TestClock(TimeConfiguration.zone(timeZone));
    }
}
