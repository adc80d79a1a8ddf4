package org.continuityacademy.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Each kind of bad content is refused with a message naming the file, the line where possible, and the problem.
 * The messages are read in English from the catalogue's bundle, as the continuity manager reads them; a key the
 * parser names but the bundle lacks fails here.
 */
class ContentParserTest {

    /** The catalogue's bundle, as the application reads it; a missing key throws. */
    static final ResourceBundleMessageSource BUNDLE = new ResourceBundleMessageSource();

    static {
        BUNDLE.setBasenames("i18n/catalogue");
        BUNDLE.setDefaultEncoding("UTF-8");
        BUNDLE.setFallbackToSystemLocale(false);
        BUNDLE.setAlwaysUseMessageFormat(true);
        BUNDLE.setUseCodeAsDefaultMessage(false);
    }

    /** A problem's words in English, nested phrases ("question 'one'") included. */
    static String text(ContentProblem problem) {
        return BUNDLE.getMessage(problem.what(), Locale.UK);
    }

    static final String ROLES = """
            roles:
              - key: all-staff
                name: All staff
                description: Everyone.
                scope: organisation
                deputyExpected: false
                responsibilities: { before: [Know the plan], during: [Report], after: [Learn] }
              - key: incident-commander
                name: Incident Commander
                description: Leads the response.
                scope: organisation
                deputyExpected: true
                responsibilities: { before: [Prepare], during: [Lead], after: [Review] }
            """;

    static final String MODULE = """
            ---
            id: demo-module
            title: A demo module
            version: 1.0.0
            summary: For tests.
            audience: [all-staff]
            estimatedMinutes: 5
            validityMonths: 12
            passMark: 80
            questionsPerAttempt: 2
            ---

            ## First

            Some text with ![a picture](picture.svg) and a [link](https://example.org).
            """;

    static final String QUESTIONS = """
            questions:
              - id: one
                kind: single
                text: Pick one.
                options:
                  - { id: a, text: Right, correct: true }
                  - { id: b, text: Wrong }
                explanation: Because.
              - id: two
                kind: true-false
                text: True or false?
                answer: true
                explanation: Because.
              - id: three
                kind: scenario
                scenario: Something happens.
                choice: multiple
                text: Pick two.
                options:
                  - { id: a, text: Yes, correct: true }
                  - { id: b, text: Also yes, correct: true }
                  - { id: c, text: No }
                explanation: Because.
            """;

    static final String SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect width=\"1\" height=\"1\"/></svg>";

    @Test
    void a_valid_module_is_accepted() {
        var result = parse(MODULE, QUESTIONS);
        assertThat(result.allProblems()).isEmpty();
        var module = result.modules().get("demo-module");
        assertThat(module.questions()).hasSize(3);
        assertThat(module.questions().get(1).correctOptionIds()).containsExactly("true");
        assertThat(module.questions().get(2).multipleAnswer()).isTrue();
        assertThat(module.contentHash()).hasSize(64);
    }

    @Test
    void owner_review_date_and_change_log_are_read_and_may_be_left_out() {
        var module = parse(MODULE.replace("questionsPerAttempt: 2", """
                questionsPerAttempt: 2
                owner: Continuity Manager
                reviewBy: 2027-06-30
                changes:
                  - { version: 1.0.0, date: 2026-12-07, note: "Harbourline's register; a new bank" }
                  - version: 0.9.0
                    date: 2026-11-27
                    note: First version"""), QUESTIONS).modules().get("demo-module");
        assertThat(module.owner()).isEqualTo("Continuity Manager");
        assertThat(module.reviewBy()).isEqualTo(java.time.LocalDate.of(2027, 6, 30));
        assertThat(module.changes()).extracting(c -> c.version().toString(), c -> c.date().toString(), ModuleDefinition.Change::note)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1.0.0", "2026-12-07", "Harbourline's register; a new bank"),
                        org.assertj.core.groups.Tuple.tuple("0.9.0", "2026-11-27", "First version"));

        // a file from before these fields still loads (the lint asks for them)
        var older = parse(MODULE, QUESTIONS).modules().get("demo-module");
        assertThat(older.owner()).isNull();
        assertThat(older.reviewBy()).isNull();
        assertThat(older.changes()).isEmpty();
    }

    @Test
    void retrain_is_false_unless_the_front_matter_says_true() {
        assertThat(parse(MODULE, QUESTIONS).modules().get("demo-module").retrain()).isFalse();
        assertThat(parse(MODULE.replace("questionsPerAttempt: 2", "questionsPerAttempt: 2\nretrain: true"), QUESTIONS).modules()
                .get("demo-module").retrain()).isTrue();
        assertProblem(parse(MODULE.replace("questionsPerAttempt: 2", "questionsPerAttempt: 2\nretrain: yes please"), QUESTIONS),
                "modules/demo-module/module.md", 11, "retrain");
    }

    @Test
    void a_review_date_or_change_that_is_not_a_date_is_named_with_its_line() {
        assertProblem(parse(MODULE.replace("questionsPerAttempt: 2", "questionsPerAttempt: 2\nreviewBy: 30/06/2027"), QUESTIONS),
                "modules/demo-module/module.md", 11, "field 'reviewBy' in the front matter must be a date written YYYY-MM-DD, not '30/06/2027'");
        assertProblem(parse(MODULE.replace("questionsPerAttempt: 2", "questionsPerAttempt: 2\nchanges:\n  - { version: 1.0, date: 2026-12-07 }"),
                QUESTIONS), "modules/demo-module/module.md", 12, "version '1.0' is not a semantic version");
        assertProblem(parse(MODULE.replace("questionsPerAttempt: 2", "questionsPerAttempt: 2\nchanges:\n  - { version: 1.0.0, date: 2026-12-07 }"),
                QUESTIONS), "modules/demo-module/module.md", 12, "missing field 'note' in an entry of the change log");
    }

    @Test
    void an_unknown_field_is_named_with_its_line() {
        assertProblem(parse(MODULE.replace("passMark: 80", "passMark: 80\npassmark: 70"), QUESTIONS),
                "modules/demo-module/module.md", 10, "unknown field 'passmark'");
    }

    @Test
    void a_missing_field_is_named() {
        assertProblem(parse(MODULE.replace("summary: For tests.\n", ""), QUESTIONS),
                "modules/demo-module/module.md", null, "missing field 'summary'");
    }

    @Test
    void when_the_answers_are_shown_is_a_setting_of_the_module_after_a_pass_or_the_last_attempt_unless_it_says_otherwise() {
        assertThat(parse(MODULE, QUESTIONS).modules().get("demo-module").answers()).isEqualTo(AnswerReview.AFTER_PASS_OR_LAST_ATTEMPT);
        var practice = parse(MODULE.replace("passMark: 80", "passMark: 80\nanswers: after-every-attempt"), QUESTIONS);
        assertThat(practice.modules().get("demo-module").answers()).isEqualTo(AnswerReview.AFTER_EVERY_ATTEMPT);
        assertProblem(parse(MODULE.replace("passMark: 80", "passMark: 80\nanswers: always"), QUESTIONS),
                "modules/demo-module/module.md", 10,
                "'answers' is 'always', which is not a setting: use one of after-pass-or-last-attempt, after-pass, after-every-attempt");
    }

    @Test
    void each_answers_setting_shows_the_answers_when_it_says() {
        // passed?, attempts left
        assertThat(AnswerReview.AFTER_PASS_OR_LAST_ATTEMPT.shows(true, 2)).isTrue();
        assertThat(AnswerReview.AFTER_PASS_OR_LAST_ATTEMPT.shows(false, 1)).isFalse();
        assertThat(AnswerReview.AFTER_PASS_OR_LAST_ATTEMPT.shows(false, 0)).isTrue();
        assertThat(AnswerReview.AFTER_PASS.shows(false, 0)).isFalse();
        assertThat(AnswerReview.AFTER_PASS.shows(true, 0)).isTrue();
        assertThat(AnswerReview.AFTER_EVERY_ATTEMPT.shows(false, 2)).isTrue();
    }

    @Test
    void a_duplicate_question_id_is_refused() {
        assertProblem(parse(MODULE, QUESTIONS.replace("id: two", "id: one")),
                "modules/demo-module/questions.yaml", 9, "duplicate question id 'one'");
    }

    @Test
    void a_duplicate_module_id_is_refused() {
        var files = files(MODULE, QUESTIONS);
        files.put("modules/other/module.md", bytes(MODULE));
        files.put("modules/other/questions.yaml", bytes(QUESTIONS));
        files.put("modules/other/picture.svg", bytes(SVG));
        var result = new ContentParser().parse(files);
        assertThat(result.allProblems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("modules/other/module.md");
            assertThat(text(p)).contains("id 'demo-module' must equal the folder name 'other'");
        });
        assertThat(result.modules()).containsOnlyKeys("demo-module");
    }

    @Test
    void a_question_without_a_correct_option_is_refused() {
        assertProblem(parse(MODULE, QUESTIONS.replace("{ id: a, text: Right, correct: true }", "{ id: a, text: Right }")),
                "modules/demo-module/questions.yaml", 2, "question 'one' has no correct option");
    }

    @Test
    void a_single_choice_question_with_two_correct_options_is_refused() {
        assertProblem(parse(MODULE, QUESTIONS.replace("{ id: b, text: Wrong }", "{ id: b, text: Wrong, correct: true }")),
                "modules/demo-module/questions.yaml", 2, "question 'one' is single choice but has 2 correct options");
    }

    @Test
    void a_pass_mark_outside_1_to_100_is_refused() {
        assertProblem(parse(MODULE.replace("passMark: 80", "passMark: 120"), QUESTIONS),
                "modules/demo-module/module.md", 9, "field 'passMark' in the front matter is 120; it must be between 1 and 100");
        assertProblem(parse(MODULE.replace("passMark: 80", "passMark: 0"), QUESTIONS),
                "modules/demo-module/module.md", 9, "it must be between 1 and 100");
    }

    @Test
    void fewer_questions_than_questions_per_attempt_is_refused() {
        assertProblem(parse(MODULE.replace("questionsPerAttempt: 2", "questionsPerAttempt: 5"), QUESTIONS),
                "modules/demo-module/questions.yaml", null, "the bank has 3 valid questions but questionsPerAttempt is 5");
    }

    @Test
    void an_audience_naming_an_unknown_role_is_refused() {
        assertProblem(parse(MODULE.replace("[all-staff]", "[all-staff, chief-wizard]"), QUESTIONS),
                "modules/demo-module/module.md", 6, "audience names an unknown role 'chief-wizard'");
    }

    @Test
    void a_broken_image_is_refused() {
        assertProblem(parse(MODULE.replace("picture.svg", "missing.png"), QUESTIONS),
                "modules/demo-module/module.md", 15, "broken image: 'missing.png' is not a file in this module's folder");
    }

    @Test
    void a_broken_link_and_a_script_link_are_refused() {
        assertProblem(parse(MODULE.replace("https://example.org", "notes.md"), QUESTIONS),
                "modules/demo-module/module.md", 15, "broken link: 'notes.md'");
        assertProblem(parse(MODULE.replace("https://example.org", "javascript:alert(1)"), QUESTIONS),
                "modules/demo-module/module.md", 15, "link 'javascript:alert(1)' is not allowed");
    }

    @Test
    void malformed_yaml_is_reported_with_its_line() {
        assertProblem(parse(MODULE, QUESTIONS.replace("    text: Pick one.", "    text: [Pick one.")),
                "modules/demo-module/questions.yaml", null, "malformed YAML");
    }

    @Test
    void malformed_front_matter_is_reported() {
        assertProblem(parse(MODULE.replaceFirst("---\n", ""), QUESTIONS),
                "modules/demo-module/module.md", 1, "malformed front matter: the file must start with a '---' line");
        assertProblem(parse(MODULE.replace("---\n\n## First", "\n## First"), QUESTIONS),
                "modules/demo-module/module.md", 1, "malformed front matter: no closing '---' line");
        assertProblem(parse(MODULE.replace("title: A demo module", "title: [A demo"), QUESTIONS),
                "modules/demo-module/module.md", null, "malformed YAML");
    }

    @Test
    void a_version_that_is_not_semantic_is_refused() {
        assertProblem(parse(MODULE.replace("version: 1.0.0", "version: one"), QUESTIONS),
                "modules/demo-module/module.md", 4, "version 'one' is not a semantic version");
    }

    @Test
    void an_svg_with_a_script_is_refused() {
        var files = files(MODULE, QUESTIONS);
        files.put("modules/demo-module/picture.svg", bytes("<svg><script>alert(1)</script></svg>"));
        assertProblem(new ContentParser().parse(files), "modules/demo-module/picture.svg", null,
                "SVG images may not contain scripts");
    }

    @Test
    void a_broken_role_catalogue_is_reported_with_its_line() {
        var files = files(MODULE, QUESTIONS);
        files.put("roles.yaml", bytes(ROLES.replace("scope: organisation\n    deputyExpected: true", "scope: everywhere\n    deputyExpected: true")));
        assertProblem(new ContentParser().parse(files), "roles.yaml", 11, "scope of role 'incident-commander' must be 'organisation' or 'service'");
    }

    @Test
    void a_problem_keeps_its_key_and_arguments_and_reads_back_the_same() {
        var problems = parse(MODULE.replace("passMark: 80", "passMark: 101"),
                QUESTIONS.replace("{ id: a, text: Right, correct: true }", "{ id: a, text: Right }")).allProblems();
        assertThat(problems).anySatisfy(p -> assertThat(p.what().args()).first().isInstanceOf(ContentProblem.Phrase.class));

        var again = ContentProblems.fromJson(ContentProblems.toJson(problems));

        assertThat(again).isEqualTo(problems);
        assertThat(again).extracting(ContentParserTest::text).contains("question 'one' has no correct option",
                "field 'passMark' in the front matter is 101; it must be between 1 and 100");
    }

    @Test
    void a_load_recorded_in_english_lines_reads_back_as_it_was_written() {
        var old = ContentProblems.fromJson("modules/a/module.md:3: unknown field 'x'\nroles.yaml: the role catalogue is missing");
        assertThat(old).extracting(ContentParserTest::text)
                .containsExactly("modules/a/module.md:3: unknown field 'x'", "roles.yaml: the role catalogue is missing");
        assertThat(old).allSatisfy(p -> assertThat(p.file()).isEmpty());
        assertThat(ContentProblems.fromJson("")).isEmpty();
    }

    @Test
    void every_problem_key_the_catalogue_names_is_in_its_bundle() throws IOException {
        var bundle = new Properties();
        try (var in = Files.newBufferedReader(Path.of("src/main/resources/i18n/catalogue.properties"), StandardCharsets.UTF_8)) {
            bundle.load(in);
        }
        var named = new ArrayList<String>();
        var key = Pattern.compile("\"(content\\.(?:problem|what)\\.[a-z-]+)\"");
        try (Stream<Path> files = Files.list(Path.of("src/main/java/org/continuityacademy/catalogue"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                key.matcher(Files.readString(file)).results().map(m -> m.group(1)).forEach(named::add);
            }
        }
        assertThat(named).hasSizeGreaterThan(40);
        assertThat(named).allSatisfy(k -> assertThat(bundle).containsKey(k));
    }

    @Test
    void every_problem_of_a_file_is_reported_in_one_pass() {
        var result = parse(MODULE.replace("passMark: 80", "passMark: 101").replace("estimatedMinutes: 5", "estimatedMinutes: soon"),
                QUESTIONS);
        assertThat(result.allProblems()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(result.modules()).isEmpty();
    }

    private static void assertProblem(ContentParser.Result result, String file, Integer line, String message) {
        assertThat(result.allProblems()).as("problems").anySatisfy(p -> {
            assertThat(p.file()).isEqualTo(file);
            assertThat(text(p)).contains(message);
            if (line != null) {
                assertThat(p.line()).isEqualTo(line);
            }
        });
        if (file.startsWith("modules/demo-module/")) {
            assertThat(result.modules()).doesNotContainKey("demo-module");
        }
    }

    private static ContentParser.Result parse(String module, String questions) {
        return new ContentParser().parse(files(module, questions));
    }

    static Map<String, byte[]> files(String module, String questions) {
        var files = new TreeMap<String, byte[]>();
        files.put("roles.yaml", bytes(ROLES));
        files.put("modules/demo-module/module.md", bytes(module));
        files.put("modules/demo-module/questions.yaml", bytes(questions));
        files.put("modules/demo-module/picture.svg", bytes(SVG));
        return files;
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
