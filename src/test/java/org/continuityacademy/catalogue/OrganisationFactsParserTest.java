package org.continuityacademy.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.continuityacademy.catalogue.ContentParserTest.MODULE;
import static org.continuityacademy.catalogue.ContentParserTest.QUESTIONS;
import static org.continuityacademy.catalogue.ContentParserTest.bytes;
import static org.continuityacademy.catalogue.ContentParserTest.files;
import static org.continuityacademy.catalogue.ContentParserTest.text;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * organisation.yaml is checked like every content file (unknown fields, missing values, duplicate keys, lengths, each
 * with its line), and a placeholder that names no fact is a problem of the module's file and line: the module is not
 * served.
 */
class OrganisationFactsParserTest {

    static final String FACTS = """
            facts:
              - key: fallback-phone
                label: Fallback phone number
                description: The number to ring when e-mail and chat are down.
                default: 0808 157 0192
              - key: organisation-name
                label: Organisation name
                description: What we are called.
                default: Harbourline
            """;

    @Test
    void the_shipped_file_defines_the_facts_the_content_quotes() throws Exception {
        var problems = new ArrayList<ContentProblem>();
        var facts = new OrganisationFactsParser().parse(Files.readString(Path.of("content/organisation.yaml")), problems);

        assertThat(problems).isEmpty();
        assertThat(facts).extracting(FactDefinition::key).contains("organisation-name", "fallback-phone", "fallback-chat",
                "service-desk", "status-page", "plan-location", "plan-offline-copy", "invoker-role", "invoker-name",
                "invoker-deputy-role", "invoker-deputy-name", "senior-official-role", "senior-official-name",
                "incident-bridge", "incident-room", "continuity-policy");
        assertThat(facts).allSatisfy(f -> {
            assertThat(f.label()).isNotBlank();
            assertThat(f.description()).hasSizeGreaterThan(20).doesNotContain("\n");
            assertThat(f.defaultValue()).isNotBlank().doesNotContain("\n");
        });
        assertThat(facts).filteredOn(f -> f.key().equals("organisation-name")).singleElement()
                .satisfies(f -> assertThat(f.defaultValue()).isEqualTo("Harbourline"));
    }

    @Test
    void a_valid_file_gives_its_facts_in_order_with_folded_lines_joined() {
        var problems = new ArrayList<ContentProblem>();
        var facts = new OrganisationFactsParser().parse(FACTS.replace("description: What we are called.",
                "description: What we\n      are called."), problems);

        assertThat(problems).isEmpty();
        assertThat(facts).containsExactly(
                new FactDefinition("fallback-phone", "Fallback phone number", "The number to ring when e-mail and chat are down.",
                        "0808 157 0192"),
                new FactDefinition("organisation-name", "Organisation name", "What we are called.", "Harbourline"));
    }

    @Test
    void an_unknown_field_is_named_with_its_line() {
        assertProblem(FACTS.replace("    default: Harbourline", "    default: Harbourline\n    defualt: Harbourline"), 10,
                "unknown field 'defualt' in fact 'organisation-name' (known fields: default, description, key, label)");
    }

    @Test
    void a_missing_or_empty_value_is_named() {
        assertProblem(FACTS.replace("    default: 0808 157 0192\n", ""), 2, "missing field 'default' in fact 'fallback-phone'");
        assertProblem(FACTS.replace("default: Harbourline", "default: \"  \""), 9, "field 'default' in fact 'organisation-name' is empty");
        assertProblem(FACTS.replace("    label: Organisation name\n", ""), 6, "missing field 'label' in fact 'organisation-name'");
    }

    @Test
    void a_duplicate_or_malformed_key_is_refused() {
        assertProblem(FACTS.replace("key: organisation-name", "key: fallback-phone"), 6, "duplicate fact key 'fallback-phone'");
        assertProblem(FACTS.replace("key: organisation-name", "key: Organisation_Name"), 6,
                "fact key 'Organisation_Name' must be lower-case words joined by dashes");
    }

    @Test
    void a_value_longer_than_its_column_is_refused() {
        assertProblem(FACTS.replace("default: Harbourline", "default: " + "H".repeat(501)), 9,
                "field 'default' of fact 'organisation-name' is too long: at most 500 characters, and this has 501");
        assertProblem(FACTS.replace("label: Organisation name", "label: " + "L".repeat(121)), 7,
                "field 'label' of fact 'organisation-name' is too long: at most 120 characters");
        assertProblem(FACTS.replace("key: organisation-name", "key: " + "a".repeat(61)), 6,
                "field 'key' of fact '" + "a".repeat(61) + "' is too long: at most 60 characters");
    }

    @Test
    void a_file_that_is_not_a_list_of_facts_is_refused() {
        assertProblem("facts: Harbourline\n", 1, "field 'facts' in organisation.yaml must be a list");
        assertProblem("fact:\n  - key: x\n", 2, "unknown field 'fact' in organisation.yaml");
        assertProblem("facts:\n  - key: [broken\n", null, "malformed YAML");
    }

    @Test
    void a_file_with_problems_gives_no_facts_and_placeholders_keep_the_last_valid_ones() {
        var files = withFacts(FACTS.replace("default: Harbourline", "defualt: Harbourline"),
                MODULE.replace("Some text", "Ring {{fallback-phone}}. Some text"), QUESTIONS);

        var result = new ContentParser().parse(files, Set.of("fallback-phone"));

        assertThat(result.facts()).isNull();
        assertThat(result.otherProblems()).extracting(ContentProblem::file).containsOnly(OrganisationFactsParser.FILE);
        assertThat(result.modules()).containsKey("demo-module");
    }

    @Test
    void without_the_file_there_are_no_facts_and_no_problem() {
        var result = new ContentParser().parse(files(MODULE, QUESTIONS));

        assertThat(result.facts()).isEmpty();
        assertThat(result.allProblems()).isEmpty();
    }

    @Test
    void a_placeholder_naming_no_fact_is_a_problem_of_the_modules_file_and_line_and_the_module_is_not_served() {
        var result = new ContentParser().parse(withFacts(FACTS, MODULE + "\nRing {{fallback-phnoe}} at once.\n", QUESTIONS));

        assertThat(result.modules()).doesNotContainKey("demo-module");
        assertThat(result.allProblems()).singleElement().satisfies(p -> {
            assertThat(p.where()).isEqualTo("modules/demo-module/module.md:17");
            assertThat(text(p)).isEqualTo("unknown placeholder {{fallback-phnoe}}: organisation.yaml defines no fact 'fallback-phnoe'"
                    + " (its facts: fallback-phone, organisation-name)");
        });
    }

    @Test
    void a_placeholder_naming_no_fact_in_a_question_is_named_with_its_line() {
        var result = new ContentParser().parse(withFacts(FACTS, MODULE,
                QUESTIONS.replace("explanation: Because.\n  - id: three", "explanation: Ring {{help-line}}.\n  - id: three")));

        assertThat(result.modules()).doesNotContainKey("demo-module");
        assertThat(result.allProblems()).singleElement().satisfies(p -> {
            assertThat(p.where()).isEqualTo("modules/demo-module/questions.yaml:13");
            assertThat(text(p)).startsWith("unknown placeholder {{help-line}}");
        });
    }

    @Test
    void known_placeholders_are_accepted_in_the_text_and_every_part_of_a_question() {
        var result = new ContentParser().parse(withFacts(FACTS,
                MODULE.replace("Some text", "Ring {{fallback-phone}} or {{ organisation-name }}. Some text"),
                QUESTIONS.replace("text: Pick one.", "text: Ring {{fallback-phone}}?")
                        .replace("{ id: b, text: Wrong }", "{ id: b, text: \"Not {{fallback-phone}}\" }")
                        .replace("scenario: Something happens.", "scenario: At {{organisation-name}} something happens.")));

        assertThat(result.allProblems()).isEmpty();
        assertThat(result.modules().get("demo-module").questions().getFirst().text()).isEqualTo("Ring {{fallback-phone}}?");
    }

    @Test
    void a_placeholder_in_the_front_matter_or_in_an_address_is_refused() {
        assertProblem(withFacts(FACTS, MODULE.replace("summary: For tests.", "summary: For {{organisation-name}}."), QUESTIONS),
                "modules/demo-module/module.md", 5,
                "placeholder {{organisation-name}} in the front matter: placeholders are filled in only in the module's text");
        assertProblem(withFacts(FACTS, MODULE.replace("https://example.org", "https://example.org/{{fallback-phone}}"), QUESTIONS),
                "modules/demo-module/module.md", 15, "placeholder in the address 'https://example.org/{{fallback-phone}}'");
    }

    @Test
    void the_content_hash_names_the_placeholders_not_the_values() {
        String module = MODULE.replace("Some text", "Ring {{fallback-phone}}. Some text");
        var before = new ContentParser().parse(withFacts(FACTS, module, QUESTIONS)).modules().get("demo-module");
        var otherDefault = new ContentParser().parse(withFacts(FACTS.replace("0808 157 0192", "0808 157 0456"), module, QUESTIONS))
                .modules().get("demo-module");

        assertThat(otherDefault.contentHash()).isEqualTo(before.contentHash());
        assertThat(otherDefault.markdown()).contains("{{fallback-phone}}");
    }

    private static Map<String, byte[]> withFacts(String facts, String module, String questions) {
        var files = files(module, questions);
        files.put(OrganisationFactsParser.FILE, bytes(facts));
        return files;
    }

    private static void assertProblem(String facts, Integer line, String message) {
        var problems = new ArrayList<ContentProblem>();
        List<FactDefinition> parsed = new OrganisationFactsParser().parse(facts, problems);
        assertThat(parsed).as("no facts from a file with problems").isNull();
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("organisation.yaml");
            assertThat(text(p)).contains(message);
            if (line != null) {
                assertThat(p.line()).isEqualTo(line);
            }
        });
    }

    private static void assertProblem(Map<String, byte[]> files, String file, int line, String message) {
        var result = new ContentParser().parse(files);
        assertThat(result.modules()).doesNotContainKey("demo-module");
        assertThat(result.allProblems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo(file);
            assertThat(p.line()).isEqualTo(line);
            assertThat(text(p)).contains(message);
        });
    }
}
