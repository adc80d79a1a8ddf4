package org.continuityacademy.catalogue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.continuityacademy.catalogue.ContentProblem.Phrase;
import org.jspecify.annotations.Nullable;

/**
 * Reads a module's {@code questions.yaml}: the questions with their options, the {@code personal} wording about the
 * learner's own service, and the {@code topic} each names (a section heading of the module's text).
 */
final class QuestionBankParser {

    private static final Set<String> QUESTION_FIELDS = Set.of("id", "kind", "text", "scenario", "choice", "options",
            "answer", "explanation", "topic", "personal");
    private static final Set<String> PERSONAL_FIELDS = Set.of("text", "scenario", "options", "explanation");
    private static final Set<String> OPTION_FIELDS = Set.of("id", "text", "correct");
    /** A section heading of a module's text: what a question's {@code topic} names. */
    private static final Phrase QUESTION_BANK = new Phrase("content.what.question-bank");
    private static final Phrase A_QUESTION = new Phrase("content.what.a-question");

    /**
     * @param markdown the module's text, whose section headings the topics name
     * @param factKeys the facts placeholders may name, or null to check neither placeholders nor topics (re-reading a
     *                 stored version)
     */
    List<Question> parse(String file, String text, String markdown, @Nullable Set<String> factKeys,
                         List<ContentProblem> problems) {
        List<Question> questions = parseQuestions(file, text, problems);
        if (factKeys != null) {
            var known = new HashSet<>(factKeys);
            known.addAll(Question.PERSONAL_KEYS);
            Placeholders.check(file, text, 1, known, problems);
            checkTopics(file, text, questions, markdown, problems);
        }
        return questions;
    }

    private static List<Question> parseQuestions(String file, String text, List<ContentProblem> problems) {
        var yaml = new YamlReader(file, 0, problems);
        var root = yaml.parse(text);
        if (root == null) {
            return List.of();
        }
        var top = yaml.mapping(root, QUESTION_BANK);
        if (top == null) {
            return List.of();
        }
        yaml.onlyKnownFields(root, top, Set.of("questions"), QUESTION_BANK);
        var items = yaml.sequence(root, top, "questions", QUESTION_BANK, true);
        if (items == null) {
            return List.of();
        }
        var questions = new ArrayList<Question>();
        var ids = new HashSet<String>();
        for (var item : items) {
            int before = problems.size();
            var fields = yaml.mapping(item, A_QUESTION);
            if (fields == null) {
                continue;
            }
            String id = yaml.text(item, fields, "id", A_QUESTION, true);
            Phrase what = id == null ? A_QUESTION : new Phrase("content.what.question", id);
            yaml.onlyKnownFields(item, fields, QUESTION_FIELDS, what);
            if (id != null && !ContentParser.KEY.matcher(id).matches()) {
                yaml.problem(fields.get("id"), "content.problem.question-id-format", id);
            }
            if (id != null && !ids.add(id)) {
                yaml.problem(fields.get("id"), "content.problem.duplicate-question-id", id);
            }
            String kindText = yaml.text(item, fields, "kind", what, true);
            QuestionKind kind = null;
            if (kindText != null) {
                try {
                    kind = QuestionKind.fromKey(kindText);
                } catch (IllegalArgumentException e) {
                    yaml.problem(fields.get("kind"), "content.problem.question-kind", what, kindText);
                }
            }
            String questionText = yaml.text(item, fields, "text", what, true);
            String explanation = yaml.text(item, fields, "explanation", what, true);
            String topic = yaml.text(item, fields, "topic", what, false);
            for (String field : List.of("text", "scenario", "explanation")) {
                generalOnly(yaml, fields, field, what);
            }
            String scenario = null;
            boolean multiple = kind == QuestionKind.MULTIPLE;
            if (kind == QuestionKind.SCENARIO) {
                scenario = yaml.text(item, fields, "scenario", what, true);
                String choice = yaml.text(item, fields, "choice", what, true);
                if (choice != null && !choice.equals("single") && !choice.equals("multiple")) {
                    yaml.problem(fields.get("choice"), "content.problem.question-choice", what, choice);
                }
                multiple = "multiple".equals(choice);
            } else {
                for (String field : List.of("scenario", "choice")) {
                    if (fields.containsKey(field)) {
                        yaml.problem(fields.get(field), "content.problem.scenario-only", field, what);
                    }
                }
            }
            List<Question.Option> options = new ArrayList<>();
            if (kind == QuestionKind.TRUE_FALSE) {
                Boolean answer = yaml.bool(item, fields, "answer", what, true);
                if (fields.containsKey("options")) {
                    yaml.problem(fields.get("options"), "content.problem.true-false-options", what);
                }
                if (answer != null) {
                    options = List.of(new Question.Option("true", "True", answer), new Question.Option("false", "False", !answer));
                }
            } else if (kind != null) {
                if (fields.containsKey("answer")) {
                    yaml.problem(fields.get("answer"), "content.problem.answer-only-true-false", what);
                }
                options = parseOptions(yaml, item, fields, what);
                long correct = options.stream().filter(Question.Option::correct).count();
                if (options.size() >= 2) {
                    if (correct == 0) {
                        yaml.problem(item, "content.problem.no-correct-option", what);
                    } else if (!multiple && correct > 1) {
                        yaml.problem(item, "content.problem.several-correct", what, (int) correct);
                    }
                }
            }
            Question.Personal personal = fields.containsKey("personal")
                    ? parsePersonal(yaml, fields.get("personal"), kind, options, what) : null;
            if (problems.size() == before) {
                questions.add(new Question(id, kind, scenario, multiple, questionText, List.copyOf(options), explanation,
                        topic, personal));
            }
        }
        if (items.isEmpty()) {
            yaml.problem(root, "content.problem.no-questions");
        }
        return questions;
    }

    /**
     * A question's wording for a learner who holds a role for a critical service: its own text, and optionally its
     * own scenario, option texts (by option id) and explanation, naming the service through {@link Question#PERSONAL_KEYS}.
     */
    private static Question.@Nullable Personal parsePersonal(YamlReader yaml, org.yaml.snakeyaml.nodes.Node node,
                                                             @Nullable QuestionKind kind, List<Question.Option> options,
                                                             Phrase question) {
        var what = new Phrase("content.what.personal", question);
        var fields = yaml.mapping(node, what);
        if (fields == null) {
            return null;
        }
        yaml.onlyKnownFields(node, fields, PERSONAL_FIELDS, what);
        String text = yaml.text(node, fields, "text", what, true);
        String scenario = yaml.text(node, fields, "scenario", what, false);
        String explanation = yaml.text(node, fields, "explanation", what, false);
        if (scenario != null && kind != QuestionKind.SCENARIO) {
            yaml.problem(fields.get("scenario"), "content.problem.scenario-only", "scenario", what);
        }
        var wording = new LinkedHashMap<String, String>();
        var optionsNode = fields.get("options");
        if (optionsNode != null) {
            var ofOptions = new Phrase("content.what.personal-options", question);
            var byId = yaml.mapping(optionsNode, ofOptions);
            if (byId != null) {
                var ids = options.stream().map(Question.Option::id).collect(java.util.stream.Collectors.toSet());
                for (var entry : byId.entrySet()) {
                    String optionText = yaml.text(optionsNode, byId, entry.getKey(), ofOptions, true);
                    if (kind == QuestionKind.TRUE_FALSE || !ids.contains(entry.getKey())) {
                        yaml.problem(entry.getValue(), "content.problem.personal-option-unknown", entry.getKey(), question);
                    } else if (optionText != null) {
                        wording.put(entry.getKey(), optionText);
                    }
                }
            }
        }
        String all = text + " " + scenario + " " + explanation + " " + String.join(" ", wording.values());
        if (text != null && Question.PERSONAL_KEYS.stream().noneMatch(key -> Placeholders.names(all, key))) {
            yaml.problem(node, "content.problem.personal-names-nothing", question);
        }
        return text == null ? null : new Question.Personal(text, scenario, wording, explanation);
    }

    /** The general wording is read by everyone, so it may not name the learner's own service. */
    private static void generalOnly(YamlReader yaml, Map<String, org.yaml.snakeyaml.nodes.Node> fields, String field,
                                    Phrase what) {
        var node = fields.get(field);
        if (node instanceof org.yaml.snakeyaml.nodes.ScalarNode scalar
                && Question.PERSONAL_KEYS.stream().anyMatch(key -> Placeholders.names(scalar.getValue(), key))) {
            yaml.problem(node, "content.problem.personal-placeholder-general", what);
        }
    }

    /** Each question's topic must be the heading of a section of the module's text. */
    private static void checkTopics(String file, String questionsText, List<Question> questions, String markdown,
                                    List<ContentProblem> problems) {
        List<String> headings = ModuleDefinition.headingsOf(markdown);
        var lines = questionsText.lines().toList();
        for (Question q : questions) {
            if (q.topic() != null && !headings.contains(q.topic().strip())) {
                Integer line = null;
                for (int i = 0; i < lines.size(); i++) {
                    if (lines.get(i).strip().startsWith("topic:") && lines.get(i).contains(q.topic().strip())) {
                        line = i + 1;
                        break;
                    }
                }
                problems.add(new ContentProblem(file, line, "content.problem.topic-unknown", q.topic(), q.id(),
                        String.join(" | ", headings)));
            }
        }
    }

    private static List<Question.Option> parseOptions(YamlReader yaml, org.yaml.snakeyaml.nodes.Node item,
                                                      Map<String, org.yaml.snakeyaml.nodes.Node> fields, Phrase what) {
        var list = yaml.sequence(item, fields, "options", what, true);
        var options = new ArrayList<Question.Option>();
        if (list == null) {
            return options;
        }
        var ids = new HashSet<String>();
        var anOption = new Phrase("content.what.option", what);
        for (var node : list) {
            var option = yaml.mapping(node, anOption);
            if (option == null) {
                continue;
            }
            yaml.onlyKnownFields(node, option, OPTION_FIELDS, anOption);
            String id = yaml.text(node, option, "id", anOption, true);
            String text = yaml.text(node, option, "text", anOption, true);
            Boolean correct = yaml.bool(node, option, "correct", anOption, false);
            if (id != null && !ids.add(id)) {
                yaml.problem(option.get("id"), "content.problem.duplicate-option-id", id, what);
            }
            if (id != null && text != null) {
                options.add(new Question.Option(id, text, Boolean.TRUE.equals(correct)));
            }
        }
        if (list.size() < 2) {
            yaml.problem(item, "content.problem.too-few-options", what);
        }
        return options;
    }
}
