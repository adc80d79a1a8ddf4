package org.continuityacademy.catalogue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * thrown: one pass reports everything wrong with a file.
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
            problems.add(new ContentProblem(file, mark == null ? null : mark.getLine() + 1 + lineOffset,
                    "malformed YAML: " + e.getProblem() + (e.getContext() == null ? "" : " (" + e.getContext() + ")")));
            return null;
        } catch (RuntimeException e) {
            problems.add(new ContentProblem(file, null, "malformed YAML: " + e.getMessage()));
            return null;
        }
    }

    int line(Node node) {
        return node.getStartMark().getLine() + 1 + lineOffset;
    }

    void problem(@Nullable Node node, String message) {
        problems.add(new ContentProblem(file, node == null ? null : line(node), message));
    }

    /** The mapping's entries by key, or null (with a problem) when the node is not a mapping. */
    @Nullable Map<String, Node> mapping(@Nullable Node node, String what) {
        if (!(node instanceof MappingNode mapping)) {
            problem(node, what + " must be a mapping of fields");
            return null;
        }
        var entries = new LinkedHashMap<String, Node>();
        for (var tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key) {
                if (entries.putIfAbsent(key.getValue(), tuple.getValueNode()) != null) {
                    problem(key, "field '" + key.getValue() + "' appears twice in " + what);
                }
            } else {
                problem(tuple.getKeyNode(), "field names must be plain words");
            }
        }
        return entries;
    }

    void onlyKnownFields(Node owner, Map<String, Node> fields, Set<String> known, String what) {
        for (var entry : fields.entrySet()) {
            if (!known.contains(entry.getKey())) {
                problem(entry.getValue(), "unknown field '" + entry.getKey() + "' in " + what
                        + " (known fields: " + String.join(", ", known.stream().sorted().toList()) + ")");
            }
        }
    }

    @Nullable String text(Node owner, Map<String, Node> fields, String key, String what, boolean required) {
        Node node = fields.get(key);
        if (node == null || isNull(node)) {
            if (required) {
                problem(owner, "missing field '" + key + "' in " + what);
            }
            return null;
        }
        if (!(node instanceof ScalarNode scalar)) {
            problem(node, "field '" + key + "' in " + what + " must be text");
            return null;
        }
        String value = scalar.getValue().strip();
        if (required && value.isEmpty()) {
            problem(node, "field '" + key + "' in " + what + " is empty");
            return null;
        }
        return value;
    }

    @Nullable Integer number(Node owner, Map<String, Node> fields, String key, String what, boolean required,
                             int min, int max) {
        String value = text(owner, fields, key, what, required);
        if (value == null) {
            return null;
        }
        try {
            int n = Integer.parseInt(value);
            if (n < min || n > max) {
                problem(fields.get(key), "field '" + key + "' in " + what + " is " + n + "; it must be between "
                        + min + " and " + max);
                return null;
            }
            return n;
        } catch (NumberFormatException e) {
            problem(fields.get(key), "field '" + key + "' in " + what + " must be a whole number, not '" + value + "'");
            return null;
        }
    }

    @Nullable Boolean bool(Node owner, Map<String, Node> fields, String key, String what, boolean required) {
        String value = text(owner, fields, key, what, required);
        if (value == null) {
            return null;
        }
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> {
                problem(fields.get(key), "field '" + key + "' in " + what + " must be true or false, not '" + value + "'");
                yield null;
            }
        };
    }

    @Nullable List<Node> sequence(Node owner, Map<String, Node> fields, String key, String what, boolean required) {
        Node node = fields.get(key);
        if (node == null || isNull(node)) {
            if (required) {
                problem(owner, "missing field '" + key + "' in " + what);
            }
            return null;
        }
        if (!(node instanceof SequenceNode sequence)) {
            problem(node, "field '" + key + "' in " + what + " must be a list");
            return null;
        }
        return sequence.getValue();
    }

    @Nullable List<String> textList(Node owner, Map<String, Node> fields, String key, String what, boolean required) {
        List<Node> items = sequence(owner, fields, key, what, required);
        if (items == null) {
            return null;
        }
        var values = new ArrayList<String>();
        for (Node item : items) {
            if (item instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
                values.add(scalar.getValue().strip());
            } else {
                problem(item, "every entry of '" + key + "' in " + what + " must be non-empty text");
            }
        }
        return values;
    }

    private static boolean isNull(Node node) {
        return node.getTag().equals(Tag.NULL);
    }
}
