package org.continuityacademy.demo.idp;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * Harbourline ID for the shared test context, on a free port, with the app's single sign-on pointed at it: the
 * tests sign in through the real redirect flow. Tests can add people the provider vouches for differently from
 * HR's list ({@link Extra#put}), such as an unverified e-mail address.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestIdentityProvider {

    /** People the provider knows besides the demo organisation, by e-mail. */
    public static final class Extra {

        private final Map<String, IdentityDirectory.Person> people = new ConcurrentHashMap<>();

        public void put(IdentityDirectory.Person person) {
            people.put(person.email().toLowerCase(), person);
        }

        Optional<IdentityDirectory.Person> find(String username) {
            return Optional.ofNullable(people.get(username.toLowerCase()));
        }
    }

    @Bean
    Extra extraIdentities() {
        return new Extra();
    }

    @Bean(destroyMethod = "close")
    HarbourlineId testHarbourlineId(JdbcClient jdbc, Extra extra, Environment environment) {
        var demo = new DemoIdentities(jdbc);
        IdentityDirectory people = username -> extra.find(username).or(() -> demo.find(username));
        return HarbourlineId.start(0, "test-client-secret", people, () -> {
            String port = environment.getProperty("local.server.port", "8080");
            return List.of("http://localhost:" + port + "/login/oauth2/code/sso", "http://127.0.0.1:" + port + "/login/oauth2/code/sso");
        }, SpoiledTokens.class);
    }

    @Bean
    DynamicPropertyRegistrar singleSignOnProperties(HarbourlineId testHarbourlineId) {
        return registry -> {
            registry.add("academy.sso.issuer-uri", testHarbourlineId::issuer);
            registry.add("academy.sso.client-id", () -> HarbourlineId.CLIENT_ID);
            registry.add("academy.sso.client-secret", () -> "test-client-secret");
            registry.add("academy.sso.name", () -> HarbourlineId.NAME);
            registry.add("academy.sso.groups-claim", () -> "groups");
            registry.add("academy.sso.hr-groups", () -> DemoIdentities.HR_GROUP);
            registry.add("academy.sso.continuity-manager-groups", () -> DemoIdentities.CONTINUITY_MANAGER_GROUP);
            registry.add("academy.sso.admin-groups", () -> DemoIdentities.ADMIN_GROUP);
        };
    }
}
