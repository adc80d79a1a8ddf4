package org.continuityacademy.catalogue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.continuityacademy.catalogue.ContentProblem.Phrase;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads YAML as a node tree, so that every problem can name its line. Problems are collected, not
 * thrown: one pass reports everything wrong with a file. {@code what} names the part of the file being read
 * ("the front matter", "question 'q1'") as a phrase of the bundles, for the problem's words.
 */
final class YamlReader {

    private final String file;
    private final int lineOffset;
    private final List<ContentProblem> problems;

    /** @param lineOffset lines before the YAML text in the file (front matter starts after its "---" line) */
    YamlReader(String file, int lineOffset, List<ContentProblem> problems) {
        this.file = file;
        this.lineOffset = lineOffset;
        this.problems = problems;
    }

    @Nullable Node parse(String text) {
        try {
            var options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            return new Yaml(new SafeConstructor(options)).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            var mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            // the parser's own words (English) say what it met
            problems.add(new ContentProblem(file, mark == null ? null : mark.getLine() + 1 + lineOffset, "content.problem.malformed-yaml",
                    e.getProblem() + (e.getContext() == null ? "" : " (" + e.getContext() + ")")));
            return null;
        } catch (RuntimeException e) {
            problems.add(new ContentProblem(file, null, "content.problem.malformed-yaml", e.getMessage()));
            return null;
        }
    }

    int line(Node node) {
        return node.getStartMark().getLine() + 1 + lineOffset;
    }

    /** A problem at the node's line: {@code key} is a {@code content.problem.*} text of the catalogue's bundle. */
    void problem(@Nullable Node node, String key, Object... args) {
        problems.add(new ContentProblem(file, node == null ? null : line(node), key, args));
    }

    /** The mapping's entries by key, or null (with a problem) when the node is not a mapping. */
    @Nullable Map<String, Node> mapping(@Nullable Node node, Phrase what) {
        if (!(node instanceof MappingNode mapping)) {
            problem(node, "content.problem.not-mapping", what);
            return null;
        }
        var entries = new LinkedHashMap<String, Node>();
        for (var tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key) {
                if (entries.putIfAbsent(key.getValue(), tuple.getValueNode()) != null) {
                    problem(key, "content.problem.duplicate-field", key.getValue(), what);
                }
            } else {
                problem(tuple.getKeyNode(), "content.problem.field-name");
            }
        }
        return entries;
    }

    void onlyKnownFields(Node owner, Map<String, Node> fields, Set<String> known, Phrase what) {
        for (var entry : fields.entrySet()) {
            if (!known.contains(entry.getKey())) {
                problem(entry.getValue(), "content.problem.unknown-field", entry.getKey(), what,
                        String.join(", ", known.stream().sorted().toList()));
            }
        }
    }

    @Nullable String text(Node owner, Map<String, Node> fields, String key, Phrase what, boolean required) {
        Node node = fields.get(key);
        if (node == null || isNull(node)) {
            if (required) {
                problem(owner, "content.problem.missing-field", key, what);
            }
            return null;
        }
        if (!(node instanceof ScalarNode scalar)) {
            problem(node, "content.problem.not-text", key, what);
            return null;
        }
        String value = scalar.getValue().strip();
        if (required && value.isEmpty()) {
            problem(node, "content.problem.empty", key, what);
            return null;
        }
        return value;
    }

    @Nullable Integer number(Node owner, Map<String, Node> fields, String key, Phrase what, boolean required,
                             int min, int max) {
        String value = text(owner, fields, key, what, required);
        if (value == null) {
            return null;
        }
        try {
            int n = Integer.parseInt(value);
            if (n < min || n > max) {
                problem(fields.get(key), "content.problem.out-of-range", key, what, n, min, max);
                return null;
            }
            return n;
        } catch (NumberFormatException e) {
            problem(fields.get(key), "content.problem.not-number", key, what, value);
            return null;
        }
    }

    @Nullable Boolean bool(Node owner, Map<String, Node> fields, String key, Phrase what, boolean required) {
        String value = text(owner, fields, key, what, required);
        if (value == null) {
            return null;
        }
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> {
                problem(fields.get(key), "content.problem.not-boolean", key, what, value);
                yield null;
            }
        };
    }

    @Nullable List<Node> sequence(Node owner, Map<String, Node> fields, String key, Phrase what, boolean required) {
        Node node = fields.get(key);
        if (node == null || isNull(node)) {
            if (required) {
                problem(owner, "content.problem.missing-field", key, what);
            }
            return null;
        }
        if (!(node instanceof SequenceNode sequence)) {
            problem(node, "content.problem.not-list", key, what);
            return null;
        }
        return sequence.getValue();
    }

    @Nullable List<String> textList(Node owner, Map<String, Node> fields, String key, Phrase what, boolean required) {
        List<Node> items = sequence(owner, fields, key, what, required);
        if (items == null) {
            return null;
        }
        var values = new ArrayList<String>();
        for (Node item : items) {
            if (item instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
                values.add(scalar.getValue().strip());
            } else {
                problem(item, "content.problem.list-entry", key, what);
            }
        }
        return values;
    }

    private static boolean isNull(Node node) {
        return node.getTag().equals(Tag.NULL);
    }
}
