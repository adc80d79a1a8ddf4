package org.continuityacademy.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Collection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every file shipped in content/ validates, and the curriculum is as complete as promised. */
class ShippedContentTest {

    static ContentParser.Result content;

    @BeforeAll
    static void parse() throws Exception {
        content = new ContentParser().parse(ContentSource.folder(Path.of("content")).files());
    }

    @Test
    void every_shipped_file_validates() {
        assertThat(content.allProblems()).as("problems in content/").isEmpty();
    }

    @Test
    void the_role_catalogue_has_the_roles_the_product_needs() {
        assertThat(content.roles()).extracting(RoleDefinition::key).contains("all-staff", "continuity-manager",
                "incident-commander", "it-recovery-lead", "service-owner", "communications-lead", "crisis-team-member");
    }

    @Test
    void the_curriculum_covers_every_topic_and_every_role() {
        assertThat(content.modules().keySet()).contains("itscm-for-everyone", "knowing-our-critical-services",
                "the-continuity-plan", "rehearsals-and-vigilance", "responding-to-the-real-thing", "reflect-and-refine",
                "itscm-dr-and-bc");
        for (RoleDefinition role : content.roles()) {
            if (!role.key().equals(RoleDefinition.ALL_STAFF)) {
                assertThat(content.modules()).as("a module for the role " + role.key()).containsKey("role-" + role.key());
            }
        }
        assertThat(content.modules().get("itscm-for-everyone").audience()).containsExactly("all-staff");
    }

    @Test
    void banks_are_big_enough_and_at_least_a_third_scenarios() {
        for (ModuleDefinition module : content.modules().values()) {
            int minimum = module.audience().contains(RoleDefinition.ALL_STAFF) ? 20 : 12;
            long scenarios = module.questions().stream().filter(q -> q.kind() == QuestionKind.SCENARIO).count();
            assertThat(module.questions()).as(module.id()).hasSizeGreaterThanOrEqualTo(minimum);
            assertThat(scenarios * 3).as(module.id() + " scenario questions").isGreaterThanOrEqualTo(module.questions().size());
            assertThat(module.questions()).as(module.id()).allSatisfy(q -> assertThat(q.explanation()).hasSizeGreaterThan(20));
        }
    }

    @Test
    void every_role_in_an_audience_exists() {
        var keys = content.roles().stream().map(RoleDefinition::key).toList();
        assertThat(content.modules().values().stream().map(ModuleDefinition::audience).flatMap(Collection::stream))
                .allSatisfy(role -> assertThat(keys).contains(role));
    }
}
