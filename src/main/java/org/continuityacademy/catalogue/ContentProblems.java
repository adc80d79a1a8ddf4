package org.continuityacademy.catalogue;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A load's problems as the {@code content_load.problems} column keeps them: a JSON array of
 * {@code {"file", "line", "key", "args"}}, so that each reader sees them in their own language. A load
 * recorded before (one English line per problem) is read back line by line, as it was written.
 */
final class ContentProblems {

    static final String AS_RECORDED = "content.problem.as-recorded";

    private static final JsonMapper JSON = JsonMapper.shared();

    private ContentProblems() {
    }

    static String toJson(List<ContentProblem> problems) {
        ArrayNode array = JSON.createArrayNode();
        for (ContentProblem problem : problems) {
            ObjectNode node = phrase(problem.what());
            node.put("file", problem.file());
            if (problem.line() != null) {
                node.put("line", problem.line());
            }
            array.add(node);
        }
        return JSON.writeValueAsString(array);
    }

    static List<ContentProblem> fromJson(String text) {
        if (text.isBlank()) {
            return List.of();
        }
        if (text.startsWith("[")) {
            try {
                var problems = new ArrayList<ContentProblem>();
                for (JsonNode node : JSON.readTree(text)) {
                    problems.add(new ContentProblem(node.get("file").asString(), node.has("line") ? node.get("line").intValue() : null,
                            phrase(node)));
                }
                return problems;
            } catch (JacksonException | NullPointerException e) {
                // not ours after all: show it as it was written
            }
        }
        return text.lines().map(line -> new ContentProblem("", null, AS_RECORDED, line)).toList();
    }

    private static ObjectNode phrase(ContentProblem.Phrase phrase) {
        ObjectNode node = JSON.createObjectNode();
        node.put("key", phrase.key());
        ArrayNode args = node.putArray("args");
        for (Object arg : phrase.args()) {
            switch (arg) {
                case ContentProblem.Phrase nested -> args.add(phrase(nested));
                case Integer number -> args.add(number);
                default -> args.add(String.valueOf(arg));
            }
        }
        return node;
    }

    private static ContentProblem.Phrase phrase(JsonNode node) {
        var args = new ArrayList<Object>();
        for (JsonNode arg : node.get("args")) {
            args.add(arg.isObject() ? phrase(arg) : arg.isInt() ? (Object) arg.intValue() : arg.asString());
        }
        return new ContentProblem.Phrase(node.get("key").asString(), args);
    }
}
