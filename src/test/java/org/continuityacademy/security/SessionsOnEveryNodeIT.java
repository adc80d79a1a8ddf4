package org.continuityacademy.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.continuityacademy.Application;
import org.continuityacademy.HttpSignIn;
import org.continuityacademy.IntegrationTest;
import org.continuityacademy.directory.EmployeeImports;
import org.continuityacademy.directory.TestOrganisation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A second app node on the test database, as behind a load balancer: a person signed in there is made a leaver
 * by HR's import on this node, which tells node B nothing. Node B's own check finds the revocation in the
 * database and ends the session within a minute, before the person makes any request.
 */
@IntegrationTest
@Order(Integer.MAX_VALUE - 3)
class SessionsOnEveryNodeIT {

    static ConfigurableApplicationContext nodeB;
    static SecurityContextHolderStrategy securityStrategy;

    @Autowired
    EmployeeImports imports;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    SecurityContextHolderStrategy strategy;


    /** The failed sign-ins here (a leaver or a disabled account trying again) must not count against the next tests. */
    @AfterEach
    void forgetFailedSignIns() {
        jdbc.sql("delete from sign_in_failure").update();
        jdbc.sql("delete from sign_in_lock").update();
    }

    @BeforeAll
    static void startNodeB() {
        securityStrategy = SecurityContextHolder.getContextHolderStrategy();
        nodeB = new SpringApplicationBuilder(Application.class, TestOrganisation.class).run(
                "--server.port=0",
                "--spring.quartz.properties.org.quartz.scheduler.instanceId=sessions-node-b",
                "--spring.quartz.properties.org.quartz.jobStore.clusterCheckinInterval=2000");
    }

    @AfterAll
    static void stopNodeB() {
        if (nodeB != null) {
            nodeB.close();
        }
        SecurityContextHolder.setContextHolderStrategy(securityStrategy);
    }

    /**
     * HR's import on this node. Each node's method security keeps its own context's security context strategy, and
     * whichever node started last installed its own as the JVM-wide one: HR is signed in through this node's, which
     * is the JVM-wide one meanwhile.
     */
    void importAsHr(String fileName, String row) {
        var hr = users.loadUserByUsername("hr");
        var jvmWide = SecurityContextHolder.getContextHolderStrategy();
        SecurityContextHolder.setContextHolderStrategy(strategy);
        var context = strategy.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(hr, null, hr.getAuthorities()));
        strategy.setContext(context);
        try {
            imports.apply(imports.preview(fileName, ("Employee number,First name,Last name,E-mail,"
                    + "Department,Manager number,Location,Hire date,Active\n" + row).getBytes(StandardCharsets.UTF_8), false).importId());
        } finally {
            strategy.clearContext();
            SecurityContextHolder.setContextHolderStrategy(jvmWide);
        }
    }

    @Test
    void a_leaver_signed_in_on_another_node_is_signed_out_there_within_a_minute() {
        String number = "NB" + (System.nanoTime() % 100_000_000);
        String address = "nia." + number.toLowerCase() + "@harbourline.example";
        importAsHr("nia.csv", number + ",Nia,Node,"+ address + ",Claims,,Leeds,2025-01-01,yes\n");
        long account = jdbc.sql("select id from account where username = ?").param(address).query(Long.class).single();
        jdbc.sql("update account set password_hash = ? where id = ?").params(passwords.encode("a password for node b"), account).update();

        var browser = new HttpSignIn(nodeB.getEnvironment().getRequiredProperty("local.server.port", Integer.class));
        assertThat(browser.signIn(address, "a password for node b")).isTrue();
        assertThat(browser.signedIn()).isTrue();
        SignedInSessions onNodeB = nodeB.getBean(SignedInSessions.class);
        assertThat(onNodeB.openSessions(account)).isOne();

        importAsHr("nia-leaves.csv", number + ",Nia,Node," + address + ",Claims,,Leeds,2025-01-01,no\n");

        // no request reaches node B meanwhile: its own check ends the session
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> onNodeB.openSessions(account) == 0);
        assertThat(browser.signedIn()).isFalse();
        assertThat(new HttpSignIn(nodeB.getEnvironment().getRequiredProperty("local.server.port", Integer.class))
                .signIn(address, "a password for node b")).isFalse();
    }
}
