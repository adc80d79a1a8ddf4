package org.continuityacademy;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.continuityacademy.security.Access;
import org.continuityacademy.security.CurrentUser;
import org.continuityacademy.security.NotPersonal;
import org.continuityacademy.security.ProvenBySecret;
import org.continuityacademy.security.ScopedToCaller;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What {@link ArchitectureTest#broad_service_methods_keep_to_the_caller} accepts and refuses, on made-up services: a
 * broad rule ({@code permitAll()}, {@code isAuthenticated()}, any manager) needs a marker, and each marker is held to
 * what it says. (Whether a marked method really keeps to its caller is what the services' own tests of denials check.)
 */
class BroadServiceMethodsRuleTest {

    @Test
    void a_broad_rule_without_a_marker_is_refused() {
        assertThat(violations(Unmarked.class)).containsExactlyInAnyOrder(
                "Unmarked.open(long) (permitAll())",
                "Unmarked.anyoneSignedIn(long) (isAuthenticated())",
                "Unmarked.anyManager(long) (" + Access.MANAGER + ")");
    }

    @Test
    void a_narrow_rule_needs_no_marker() {
        assertThat(violations(Narrow.class)).isEmpty();
    }

    @Test
    void scoped_to_the_caller_must_ask_who_is_calling() {
        assertThat(violations(Scoped.class)).containsExactly("Scoped.saysButDoesNot(long) (isAuthenticated())");
    }

    @Test
    void a_secret_is_for_methods_open_to_anyone_and_must_be_taken() {
        assertThat(violations(Secret.class)).containsExactlyInAnyOrder(
                "Secret.noSecretTaken(long) (permitAll())",
                "Secret.signedInAnyway(java.lang.String) (isAuthenticated())");
    }

    @Test
    void not_personal_and_inside_another_transaction_pass() {
        assertThat(violations(Harmless.class)).isEmpty();
    }

    /** The refused methods, as "Class.method(parameters) (rule)". */
    private static List<String> violations(Class<?> fixture) {
        JavaClasses classes = new ClassFileImporter().importClasses(fixture, CurrentUser.class);
        var result = ArchitectureTest.broad_service_methods_keep_to_the_caller.allowEmptyShould(true).evaluate(classes);
        return result.getFailureReport().getDetails().stream().map(line -> {
            Matcher m = VIOLATION.matcher(line);
            assertThat(m.find()).as(line).isTrue();
            return m.group(1);
        }).toList();
    }

    private static final Pattern VIOLATION = Pattern.compile("\\$(\\w+\\.\\w+\\([^)]*\\) \\(.*?\\)) (?:neither|says) ");

    @Service
    public static class Unmarked {

        @PreAuthorize("permitAll()")
        public String open(long id) {
            return "x";
        }

        @PreAuthorize(Access.SIGNED_IN)
        public String anyoneSignedIn(long id) {
            return "x";
        }

        @PreAuthorize(Access.MANAGER)
        public String anyManager(long id) {
            return "x";
        }
    }

    @Service
    public static class Narrow {

        @PreAuthorize(Access.ADMIN)
        public String forAdministrators(long id) {
            return "x";
        }
    }

    @Service
    public static class Scoped {

        private CurrentUser currentUser;

        @PreAuthorize(Access.SIGNED_IN)
        @ScopedToCaller("the caller's own")
        public String asks(long id) {
            return mine(id);
        }

        private String mine(long id) {
            return currentUser.require().getUsername() + id;
        }

        @PreAuthorize(Access.SIGNED_IN)
        @ScopedToCaller("through another method that keeps to the caller")
        public String throughAnother(long id) {
            return asks(id);
        }

        @PreAuthorize(Access.SIGNED_IN)
        @ScopedToCaller("the caller's own, it says")
        public String saysButDoesNot(long id) {
            return "everyone's " + id;
        }
    }

    @Service
    public static class Secret {

        @PreAuthorize("permitAll()")
        @ProvenBySecret("a link's token")
        public String withToken(String token) {
            return token;
        }

        @PreAuthorize("permitAll()")
        @ProvenBySecret("a link's token")
        public String noSecretTaken(long id) {
            return "x";
        }

        @PreAuthorize(Access.SIGNED_IN)
        @ProvenBySecret("a link's token")
        public String signedInAnyway(String token) {
            return token;
        }
    }

    @Service
    public static class Harmless {

        @PreAuthorize(Access.SIGNED_IN)
        @NotPersonal("the names of the courses")
        public List<String> catalogue() {
            return List.of();
        }

        @PreAuthorize("permitAll()")
        @Transactional(propagation = Propagation.MANDATORY)
        public void record(long id) {
        }
    }
}
