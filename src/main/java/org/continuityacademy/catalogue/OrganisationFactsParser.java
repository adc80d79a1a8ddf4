package org.continuityacademy.catalogue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.continuityacademy.base.db.ColumnSizes;
import org.continuityacademy.catalogue.ContentProblem.Phrase;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads and validates {@code organisation.yaml}: the organisation's facts that modules and questions quote through
 * placeholders. Like the other content files, every problem is collected with its line; a file with any problem gives
 * no facts at all, so the catalogue keeps the last valid ones.
 */
final class OrganisationFactsParser {

    static final String FILE = "organisation.yaml";

    /** The longest key, label, description and value: the sizes of {@code organisation_fact}'s columns (V30). */
    static final int KEY_MAX = 60;
    static final int LABEL_MAX = 120;
    static final int DESCRIPTION_MAX = 500;
    static final int VALUE_MAX = 500;

    private static final Set<String> FACT_FIELDS = Set.of("key", "label", "description", "default");
    private static final Phrase THE_FILE = new Phrase("content.what.organisation-file");
    private static final Phrase A_FACT = new Phrase("content.what.a-fact");

    /**
     * The facts in the file's order, or null when the file has any problem (each added to {@code problems}).
     */
    @Nullable List<FactDefinition> parse(String text, List<ContentProblem> problems) {
        int before = problems.size();
        var yaml = new YamlReader(FILE, 0, problems);
        var root = yaml.parse(text);
        if (root == null) {
            return null;
        }
        var top = yaml.mapping(root, THE_FILE);
        if (top == null) {
            return null;
        }
        yaml.onlyKnownFields(root, top, Set.of("facts"), THE_FILE);
        var items = yaml.sequence(root, top, "facts", THE_FILE, true);
        var facts = new ArrayList<FactDefinition>();
        var keys = new HashSet<String>();
        for (Node item : items == null ? List.<Node>of() : items) {
            var fields = yaml.mapping(item, A_FACT);
            if (fields == null) {
                continue;
            }
            String key = yaml.text(item, fields, "key", A_FACT, true);
            Phrase what = key == null ? A_FACT : new Phrase("content.what.fact", key);
            yaml.onlyKnownFields(item, fields, FACT_FIELDS, what);
            if (key != null && !ContentParser.KEY.matcher(key).matches()) {
                yaml.problem(fields.get("key"), "content.problem.fact-key-format", key);
                key = null;
            } else if (key != null && !keys.add(key)) {
                yaml.problem(fields.get("key"), "content.problem.duplicate-fact-key", key);
                key = null;
            }
            String label = yaml.text(item, fields, "label", what, true);
            String description = yaml.text(item, fields, "description", what, true);
            String value = yaml.text(item, fields, "default", what, true);
            fits(yaml, fields.get("key"), what, "key", key, KEY_MAX);
            fits(yaml, fields.get("label"), what, "label", label, LABEL_MAX);
            fits(yaml, fields.get("description"), what, "description", description, DESCRIPTION_MAX);
            fits(yaml, fields.get("default"), what, "default", value, VALUE_MAX);
            if (key != null && label != null && description != null && value != null) {
                facts.add(new FactDefinition(key, oneLine(label), oneLine(description), oneLine(value)));
            }
        }
        return problems.size() == before ? List.copyOf(facts) : null;
    }

    /** A value as people read it in a sentence: line breaks (a literal block's) become spaces. */
    static String oneLine(String value) {
        return value.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    private static void fits(YamlReader yaml, @Nullable Node node, Phrase what, String field, @Nullable String value, int max) {
        if (value != null && ColumnSizes.length(oneLine(value)) > max) {
            yaml.problem(node, "content.problem.fact-too-long", field, what, max, ColumnSizes.length(oneLine(value)));
        }
    }
}
