package org.continuityacademy.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.mock.env.MockEnvironment;

/** A database that cannot be reached stops start-up with one message that names the URL. */
class DatabaseConnectionCheckTest {

    @Test
    void an_unreachable_database_is_reported_with_its_url() throws Exception {
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String url = "jdbc:mariadb://127.0.0.1:" + closedPort + "/continuity_academy";
        var environment = new MockEnvironment()
                .withProperty("spring.datasource.url", url)
                .withProperty("spring.datasource.username", "academy")
                .withProperty("spring.datasource.password", "secret")
                .withProperty("academy.db.connect-timeout-ms", "2000");

        assertThatThrownBy(() -> new DatabaseConnectionCheck().onApplicationEvent(event(environment)))
                .isInstanceOfSatisfying(DatabaseUnavailableException.class, e -> {
                    var analysis = new DatabaseUnavailableFailureAnalyzer().analyze(e);
                    assertThat(analysis.getDescription()).startsWith("Cannot connect to the database at " + url);
                    assertThat(analysis.getDescription()).doesNotContain("secret");
                    assertThat(analysis.getAction()).contains("DB_URL");
                });
    }

    @Test
    void passwords_in_a_url_are_masked() {
        assertThat(DatabaseUnavailableFailureAnalyzer.masked("jdbc:mariadb://h/db?user=a&password=hunter2&x=1"))
                .isEqualTo("jdbc:mariadb://h/db?user=a&password=****&x=1");
    }

    @Test
    void the_check_can_be_switched_off() {
        var environment = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:mariadb://127.0.0.1:1/none")
                .withProperty("academy.db.check-on-start", "false");
        new DatabaseConnectionCheck().onApplicationEvent(event(environment));
        assertThat(environment.getProperty("spring.datasource.url")).isNotBlank();
    }

    private static ApplicationEnvironmentPreparedEvent event(MockEnvironment environment) {
        return new ApplicationEnvironmentPreparedEvent(new DefaultBootstrapContext(), new SpringApplication(),
                new String[0], environment);
    }
}
