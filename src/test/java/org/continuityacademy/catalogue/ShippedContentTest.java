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
    void every_question_names_the_section_that_teaches_it() {
        // the loader has checked that each topic is a heading of its module; here, that none is missing
        content.modules().values().forEach(m -> assertThat(m.questions())
                .as("questions of %s without a topic (a failed attempt names the sections to re-read)", m.id())
                .filteredOn(q -> q.topic() == null).extracting(Question::id).isEmpty());
    }

    @Test
    void the_recovery_lead_is_asked_about_their_own_service() {
        assertThat(content.modules().get("role-it-recovery-lead").questions()).filteredOn(q -> q.personal() != null)
                .hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(q -> assertThat(q.personal().text()).contains("{{service}}"));
    }

    @Test
    void every_role_in_an_audience_exists() {
        var keys = content.roles().stream().map(RoleDefinition::key).toList();
        assertThat(content.modules().values().stream().map(ModuleDefinition::audience).flatMap(Collection::stream))
                .allSatisfy(role -> assertThat(keys).contains(role));
    }

    @Test
    void the_lint_finds_nothing_in_what_we_ship() {
        // warnings in the catalogue for an organisation's own content; errors for ours
        assertThat(ContentLint.check(content.modules().values(), released(), content.register())).as("quiz lint of content/").isEmpty();
    }

    /**
     * The example register is the one the text keeps to, and the rule reads the text: with every figure of the register
     * changed, it finds a contradiction in at least ten sentences of every module that states figures.
     */
    @Test
    void the_shipped_text_keeps_to_the_example_register_and_the_lint_reads_it() {
        assertThat(content.register()).as("content/example-register.yaml").isNotNull();
        assertThat(content.register().services()).extracting(ExampleRegister.Service::name).containsExactly("Online Banking",
                "Payments Gateway", "Customer Contact Centre", "Email and Collaboration", "HR and Payroll", "Intranet");
        var skewed = new ExampleRegister(content.register().services().stream().map(s -> new ExampleRegister.Service(s.name(),
                s.tier() + 1, skew(s.rto()), skew(s.rpo()), skew(s.mtpd()))).toList());
        var found = ContentLint.check(content.modules().values(), released(), skewed).stream()
                .filter(p -> p.what().key().equals("content.lint.figure-contradicted")).toList();
        System.out.println("Example figures the lint checks in content/: " + found.size());
        assertThat(found).hasSizeGreaterThan(100);
        assertThat(found.stream().map(p -> p.file().split("/")[1]).distinct().count()).as("modules with figures")
                .isGreaterThanOrEqualTo(10);
    }

    private static ExampleRegister.Figure skew(ExampleRegister.Figure figure) {
        return new ExampleRegister.Figure(figure.text() + " and a minute", figure.minutes() + 1);
    }

    /**
     * The day the shipped content was last changed (its change logs' newest date): the lint judges review dates as at
     * that day, so this test passes on every date the build runs and still fails a review date set before a release.
     */
    static java.time.LocalDate released() {
        return content.modules().values().stream().flatMap(m -> m.changes().stream()).map(ModuleDefinition.Change::date)
                .max(java.util.Comparator.naturalOrder()).orElse(java.time.LocalDate.EPOCH);
    }

    /**
     * Someone who never opens a module and answers by cue (the longest option; "false"; every option but the
     * shortest where several are right) passes one attempt of any module with a chance under 5 %. The chance is
     * exact: every draw of the module's size from its bank, the pass rule of {@code training.Scoring}
     * (right × 100 ≥ pass mark × drawn). The figures per module are printed for the release notes.
     */
    @Test
    void a_guesser_who_never_reads_passes_fewer_than_one_attempt_in_twenty() {
        var report = new StringBuilder(String.format("%-32s %5s %5s %5s %9s %9s %9s %9s%n", "module", "bank", "draw", "mark",
                "longest", "false", "multi", "guesser"));
        var chances = new java.util.LinkedHashMap<String, Double>();
        for (ModuleDefinition module : content.modules().values()) {
            var figures = ContentLint.Figures.of(module);
            double chance = guesserPasses(module);
            chances.put(module.id(), chance);
            report.append(String.format("%-32s %5d %5d %4d%% %4d/%-4d %4d/%-4d %4d/%-4d %8.3f%%%n", module.id(), figures.bank(),
                    module.questionsPerAttempt(), module.passMark(), figures.longestCorrect(), figures.single(),
                    figures.falseAnswers(), figures.trueFalse(), figures.allButOne(), figures.multiple(), chance * 100));
        }
        System.out.println(report);
        assertThat(chances).as("chance that a guesser passes one attempt, per module").allSatisfy((id, chance) ->
                assertThat(chance).as(id).isLessThan(0.05));
    }

    /** The chance that the cue-guesser passes one attempt of the module, over every draw. */
    static double guesserPasses(ModuleDefinition module) {
        int drawn = Math.min(module.questionsPerAttempt(), module.questions().size());
        // ways[j][c]: over the subsets of j questions seen so far, the summed chance of c right answers
        double[][] ways = new double[drawn + 1][drawn + 1];
        ways[0][0] = 1;
        for (Question question : module.questions()) {
            double p = guesserRight(question);
            for (int j = drawn - 1; j >= 0; j--) {
                for (int c = j; c >= 0; c--) {
                    if (ways[j][c] != 0) {
                        ways[j + 1][c + 1] += ways[j][c] * p;
                        ways[j + 1][c] += ways[j][c] * (1 - p);
                    }
                }
            }
        }
        double subsets = 0, passing = 0;
        for (int c = 0; c <= drawn; c++) {
            subsets += ways[drawn][c];
            if (c * 100 >= module.passMark() * drawn) {
                passing += ways[drawn][c];
            }
        }
        return passing / subsets;
    }

    /** The guesser's chance on one question: ties between equally long options are a coin toss among them. */
    static double guesserRight(Question question) {
        if (question.kind() == QuestionKind.TRUE_FALSE) {
            return question.correctOptionIds().equals(java.util.List.of("false")) ? 1 : 0;
        }
        var lengths = question.options().stream().map(o -> o.text().strip().replaceAll("\\s+", " ").length()).toList();
        if (question.multipleAnswer()) {
            int shortest = lengths.indexOf(java.util.Collections.min(lengths));
            for (int i = 0; i < lengths.size(); i++) {
                if (question.options().get(i).correct() == (i == shortest)) {
                    return 0;
                }
            }
            return 1;
        }
        int longest = java.util.Collections.max(lengths);
        long tied = lengths.stream().filter(l -> l == longest).count();
        long rightAmongThem = java.util.stream.IntStream.range(0, lengths.size())
                .filter(i -> lengths.get(i) == longest && question.options().get(i).correct()).count();
        return (double) rightAmongThem / tied;
    }
}
