package org.continuityacademy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The feature packages are application modules that only use each other's published types, without cycles; they are
 * exactly the modules DEVELOPERS.md lists ("Modules"), and each uses only the modules the table there allows it. A new
 * module, or a new dependency between modules, is a decision: it fails here until the table below (and DEVELOPERS.md)
 * says so.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(Application.class);

    /** DEVELOPERS.md's table: each module and the modules it may use (directly: its own types refer to theirs). */
    static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("security", Set.of()),
            Map.entry("base", Set.of("security")),
            Map.entry("audit", Set.of("base", "security")),
            Map.entry("notifications", Set.of("base", "security")),
            Map.entry("directory", Set.of("audit", "base", "notifications", "security")),
            Map.entry("catalogue", Set.of("audit", "base", "security")),
            Map.entry("services", Set.of("audit", "base", "catalogue", "directory", "security")),
            Map.entry("training", Set.of("audit", "base", "catalogue", "directory", "notifications", "security")),
            Map.entry("continuity", Set.of("audit", "base", "catalogue", "directory", "notifications", "security", "services", "training")),
            Map.entry("learning", Set.of("base", "catalogue", "continuity", "directory", "security", "training")),
            Map.entry("campaigns", Set.of("audit", "base", "catalogue", "directory", "notifications", "security")),
            Map.entry("coverage", Set.of("audit", "base", "catalogue", "continuity", "notifications", "security")),
            Map.entry("evidence", Set.of("audit", "base", "catalogue", "continuity", "security")),
            Map.entry("api", Set.of("audit", "base", "continuity", "coverage", "directory", "security", "training")),
            Map.entry("demo", Set.of("base", "campaigns", "catalogue", "continuity", "directory", "services")));

    @Test
    void modules_respect_their_boundaries() {
        MODULES.verify();
    }

    @Test
    void the_modules_are_the_documented_ones_and_use_only_what_they_may() {
        Map<String, Set<String>> actual = new TreeMap<>();
        for (ApplicationModule module : MODULES) {
            actual.put(module.getIdentifier().toString(), module.getDirectDependencies(MODULES).uniqueModules()
                    .map(m -> m.getIdentifier().toString()).collect(Collectors.toCollection(TreeSet::new)));
        }
        assertThat(actual.keySet()).as("the application modules (DEVELOPERS.md, Modules); in use: %s", actual)
                .containsExactlyInAnyOrderElementsOf(ALLOWED.keySet());
        Map<String, Set<String>> notAllowed = new TreeMap<>();
        actual.forEach((module, uses) -> {
            Set<String> extra = new TreeSet<>(uses);
            extra.removeAll(ALLOWED.get(module));
            if (!extra.isEmpty()) {
                notAllowed.put(module, extra);
            }
        });
        assertThat(notAllowed).as("modules using modules DEVELOPERS.md does not allow them; every module's use: %s", actual).isEmpty();
    }

    @Test
    void module_documentation_is_written() {
        new Documenter(MODULES).writeDocumentation();
    }
}
