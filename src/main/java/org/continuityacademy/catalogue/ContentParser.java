package org.continuityacademy.catalogue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.continuityacademy.catalogue.ContentProblem.Phrase;
import org.jspecify.annotations.Nullable;

/**
 * Reads and validates a content folder: {@code roles.yaml} and {@code modules/<id>/}. Never throws for
 * bad content: every problem is collected with its file and line, and a module with any problem is
 * left out of the result. A problem's words are a {@code content.problem.*} text of the catalogue's bundle;
 * the parts of a file they name ("the front matter", "question 'q1'") are {@code content.what.*} phrases.
 */
final class ContentParser {

    static final String ROLES_FILE = "roles.yaml";
    static final String MODULES = "modules/";
    static final String MODULE_FILE = "module.md";
    static final String QUESTIONS_FILE = "questions.yaml";

    static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Set<String> ROLE_FIELDS = Set.of("key", "name", "description", "scope", "deputyExpected",
            "responsibilities");
    private static final Set<String> HEADER_FIELDS = Set.of("id", "title", "version", "summary", "audience",
            "estimatedMinutes", "validityMonths", "passMark", "questionsPerAttempt", "maxAttempts", "cooldownMinutes");
    private static final Set<String> QUESTION_FIELDS = Set.of("id", "kind", "text", "scenario", "choice", "options",
            "answer", "explanation", "topic", "personal");
    private static final Set<String> PERSONAL_FIELDS = Set.of("text", "scenario", "options", "explanation");
    /** A section heading of a module's text: what a question's {@code topic} names. */
    private static final Pattern HEADING = Pattern.compile("(?m)^##[ \\t]+(.+?)[ \\t#]*$");
    private static final Set<String> OPTION_FIELDS = Set.of("id", "text", "correct");
    static final Map<String, String> IMAGE_TYPES = Map.of("png", "image/png", "jpg", "image/jpeg", "jpeg",
            "image/jpeg", "gif", "image/gif", "svg", "image/svg+xml", "webp", "image/webp");
    private static final Pattern SVG_ACTIVE = Pattern.compile("(?i)<script|\\son[a-z]+\\s*=|javascript:|<foreignObject");

    private static final Phrase ROLES_YAML = new Phrase("content.what.roles-file");
    private static final Phrase A_ROLE = new Phrase("content.what.a-role");
    private static final Phrase FRONT_MATTER = new Phrase("content.what.front-matter");
    private static final Phrase QUESTION_BANK = new Phrase("content.what.question-bank");
    private static final Phrase A_QUESTION = new Phrase("content.what.a-question");

    /**
     * What a content folder holds: the valid roles and modules, and every problem found.
     *
     * @param facts the organisation's facts from organisation.yaml (none when there is no such file), or null when the
     *              file has problems
     */
    record Result(List<RoleDefinition> roles, Map<String, ModuleDefinition> modules,
                  Map<String, List<ContentProblem>> moduleProblems, List<ContentProblem> otherProblems,
                  @Nullable List<FactDefinition> facts) {

        List<ContentProblem> allProblems() {
            var all = new ArrayList<>(otherProblems);
            moduleProblems.values().forEach(all::addAll);
            return all;
        }
    }

    Result parse(Map<String, byte[]> files) {
        return parse(files, Set.of());
    }

    /**
     * @param lastFactKeys the facts placeholders may name when organisation.yaml has problems (those of the last valid
     *                     one); otherwise the file's own
     */
    Result parse(Map<String, byte[]> files, Set<String> lastFactKeys) {
        var other = new ArrayList<ContentProblem>();
        List<RoleDefinition> roles = files.containsKey(ROLES_FILE)
                ? parseRoles(text(files.get(ROLES_FILE)), other)
                : missing(other);
        Set<String> roleKeys = new HashSet<>();
        roles.forEach(r -> roleKeys.add(r.key()));
        // no organisation.yaml: no facts (a content folder from before placeholders existed), not a problem
        List<FactDefinition> facts = files.containsKey(OrganisationFactsParser.FILE)
                ? new OrganisationFactsParser().parse(text(files.get(OrganisationFactsParser.FILE)), other)
                : List.of();
        Set<String> factKeys = facts == null ? Set.copyOf(lastFactKeys)
                : facts.stream().map(FactDefinition::key).collect(java.util.stream.Collectors.toUnmodifiableSet());

        Map<String, Map<String, byte[]>> folders = new TreeMap<>();
        files.forEach((path, bytes) -> {
            if (path.startsWith(MODULES)) {
                String rest = path.substring(MODULES.length());
                int slash = rest.indexOf('/');
                if (slash > 0) {
                    folders.computeIfAbsent(rest.substring(0, slash), k -> new TreeMap<>()).put(rest.substring(slash + 1), bytes);
                } else {
                    other.add(new ContentProblem(path, null, "content.problem.outside-module"));
                }
            }
        });

        var modules = new LinkedHashMap<String, ModuleDefinition>();
        var moduleProblems = new LinkedHashMap<String, List<ContentProblem>>();
        var idsByFolder = new HashMap<String, String>();
        for (var folder : folders.entrySet()) {
            var problems = new ArrayList<ContentProblem>();
            ModuleDefinition module = parseModule(folder.getKey(), folder.getValue(), roleKeys, factKeys, problems);
            if (module != null) {
                String clash = idsByFolder.putIfAbsent(module.id(), folder.getKey());
                if (clash != null) {
                    problems.add(new ContentProblem(MODULES + folder.getKey() + "/" + MODULE_FILE, 2,
                            "content.problem.duplicate-module-id", module.id(), clash));
                }
            }
            if (problems.isEmpty() && module != null) {
                modules.put(module.id(), module);
            } else {
                moduleProblems.put(folder.getKey(), problems);
            }
        }
        return new Result(roles, modules, moduleProblems, other, facts);
    }

    private static List<RoleDefinition> missing(List<ContentProblem> problems) {
        problems.add(new ContentProblem(ROLES_FILE, null, "content.problem.roles-missing"));
        return List.of();
    }

    List<RoleDefinition> parseRoles(String text, List<ContentProblem> problems) {
        var yaml = new YamlReader(ROLES_FILE, 0, problems);
        var root = yaml.parse(text);
        if (root == null) {
            return List.of();
        }
        var top = yaml.mapping(root, ROLES_YAML);
        if (top == null) {
            return List.of();
        }
        yaml.onlyKnownFields(root, top, Set.of("roles"), ROLES_YAML);
        var items = yaml.sequence(root, top, "roles", ROLES_YAML, true);
        var roles = new ArrayList<RoleDefinition>();
        var keys = new HashSet<String>();
        if (items == null) {
            return roles;
        }
        for (var item : items) {
            int before = problems.size();
            var fields = yaml.mapping(item, A_ROLE);
            if (fields == null) {
                continue;
            }
            String key = yaml.text(item, fields, "key", A_ROLE, true);
            Phrase what = key == null ? A_ROLE : new Phrase("content.what.role", key);
            yaml.onlyKnownFields(item, fields, ROLE_FIELDS, what);
            if (key != null && !KEY.matcher(key).matches()) {
                yaml.problem(fields.get("key"), "content.problem.role-key-format", key);
            }
            if (key != null && !keys.add(key)) {
                yaml.problem(fields.get("key"), "content.problem.duplicate-role-key", key);
            }
            String name = yaml.text(item, fields, "name", what, true);
            String description = yaml.text(item, fields, "description", what, true);
            String scope = yaml.text(item, fields, "scope", what, true);
            if (scope != null && !scope.equals("organisation") && !scope.equals("service")) {
                yaml.problem(fields.get("scope"), "content.problem.role-scope", what, scope);
            }
            Boolean deputy = yaml.bool(item, fields, "deputyExpected", what, true);
            List<String> b = List.of(), d = List.of(), a = List.of();
            var resp = fields.get("responsibilities");
            if (resp == null) {
                yaml.problem(item, "content.problem.missing-field", "responsibilities", what);
            } else {
                var of = new Phrase("content.what.responsibilities", what);
                var phases = yaml.mapping(resp, of);
                if (phases != null) {
                    yaml.onlyKnownFields(resp, phases, Set.of("before", "during", "after"), of);
                    b = orEmpty(yaml.textList(resp, phases, "before", of, true));
                    d = orEmpty(yaml.textList(resp, phases, "during", of, true));
                    a = orEmpty(yaml.textList(resp, phases, "after", of, true));
                }
            }
            if (problems.size() == before) {
                roles.add(new RoleDefinition(key, name, description, "service".equals(scope), deputy, b, d, a));
            }
        }
        if (!keys.contains(RoleDefinition.ALL_STAFF) && !items.isEmpty()) {
            yaml.problem(root, "content.problem.all-staff-missing", RoleDefinition.ALL_STAFF);
        }
        return roles;
    }

    /**
     * @param roleKeys the known role keys, or null to skip the audience check (re-reading a stored version)
     * @param factKeys the facts placeholders may name, or null to skip the check (re-reading a stored version)
     */
    @Nullable ModuleDefinition parseModule(String folder, Map<String, byte[]> files, @Nullable Set<String> roleKeys,
                                           @Nullable Set<String> factKeys, List<ContentProblem> problems) {
        String base = MODULES + folder + "/";
        String moduleFile = base + MODULE_FILE;
        if (!files.containsKey(MODULE_FILE)) {
            problems.add(new ContentProblem(moduleFile, null, "content.problem.module-text-missing"));
            return null;
        }
        String moduleText = text(files.get(MODULE_FILE));
        var assets = new TreeMap<String, byte[]>();
        for (var file : files.entrySet()) {
            String name = file.getKey();
            if (name.equals(MODULE_FILE) || name.equals(QUESTIONS_FILE)) {
                continue;
            }
            String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
            if (!IMAGE_TYPES.containsKey(extension)) {
                problems.add(new ContentProblem(base + name, null, "content.problem.unexpected-file"));
            } else if (extension.equals("svg") && SVG_ACTIVE.matcher(text(file.getValue())).find()) {
                problems.add(new ContentProblem(base + name, null, "content.problem.svg-active"));
            } else {
                assets.put(name, file.getValue());
            }
        }

        // front matter between the first two "---" lines
        String normalised = moduleText.replace("\r\n", "\n");
        if (normalised.startsWith("\uFEFF")) {
            normalised = normalised.substring(1);
        }
        if (!normalised.startsWith("---\n")) {
            problems.add(new ContentProblem(moduleFile, 1, "content.problem.front-matter-start"));
            return null;
        }
        int end = normalised.indexOf("\n---\n", 3);
        if (end < 0 && normalised.endsWith("\n---")) {
            end = normalised.length() - 4;
        }
        if (end < 0) {
            problems.add(new ContentProblem(moduleFile, 1, "content.problem.front-matter-end"));
            return null;
        }
        String header = normalised.substring(4, end + 1);
        String markdown = end + 5 <= normalised.length() ? normalised.substring(Math.min(end + 5, normalised.length())) : "";
        int bodyFirstLine = (int) header.lines().count() + 3;

        var yaml = new YamlReader(moduleFile, 1, problems);
        var root = yaml.parse(header);
        if (root == null) {
            return null;
        }
        var fields = yaml.mapping(root, FRONT_MATTER);
        if (fields == null) {
            return null;
        }
        yaml.onlyKnownFields(root, fields, HEADER_FIELDS, FRONT_MATTER);
        String id = yaml.text(root, fields, "id", FRONT_MATTER, true);
        if (id != null && !id.equals(folder)) {
            yaml.problem(fields.get("id"), "content.problem.id-not-folder", id, folder);
        }
        String title = yaml.text(root, fields, "title", FRONT_MATTER, true);
        String versionText = yaml.text(root, fields, "version", FRONT_MATTER, true);
        SemVer version = versionText == null ? null : SemVer.parse(versionText);
        if (versionText != null && version == null) {
            yaml.problem(fields.get("version"), "content.problem.version-format", versionText);
        }
        String summary = yaml.text(root, fields, "summary", FRONT_MATTER, true);
        List<String> audience = yaml.textList(root, fields, "audience", FRONT_MATTER, true);
        if (audience != null) {
            if (audience.isEmpty()) {
                yaml.problem(fields.get("audience"), "content.problem.audience-empty");
            }
            for (String role : audience) {
                if (roleKeys != null && !roleKeys.contains(role)) {
                    yaml.problem(fields.get("audience"), "content.problem.audience-unknown", role);
                }
            }
        }
        Integer minutes = yaml.number(root, fields, "estimatedMinutes", FRONT_MATTER, true, 1, 600);
        Integer validity = yaml.number(root, fields, "validityMonths", FRONT_MATTER, true, 1, 120);
        Integer passMark = yaml.number(root, fields, "passMark", FRONT_MATTER, true, 1, 100);
        Integer perAttempt = yaml.number(root, fields, "questionsPerAttempt", FRONT_MATTER, true, 1, 200);
        Integer maxAttempts = yaml.number(root, fields, "maxAttempts", FRONT_MATTER, false, 1, 20);
        Integer cooldown = yaml.number(root, fields, "cooldownMinutes", FRONT_MATTER, false, 0, 10080);

        checkLinks(markdown, bodyFirstLine, moduleFile, assets.keySet(), factKeys != null, problems);
        if (factKeys != null) {
            Placeholders.refuse(moduleFile, header, 2, FRONT_MATTER, problems);
            Placeholders.check(moduleFile, markdown, bodyFirstLine, factKeys, problems);
        }
        if (markdown.isBlank()) {
            problems.add(new ContentProblem(moduleFile, bodyFirstLine, "content.problem.no-text"));
        }

        List<Question> questions = List.of();
        String questionsText = "";
        if (!files.containsKey(QUESTIONS_FILE)) {
            problems.add(new ContentProblem(base + QUESTIONS_FILE, null, "content.problem.questions-missing"));
        } else {
            questionsText = text(files.get(QUESTIONS_FILE));
            questions = parseQuestions(base + QUESTIONS_FILE, questionsText, problems);
            if (factKeys != null) {
                var known = new HashSet<>(factKeys);
                known.addAll(Question.PERSONAL_KEYS);
                Placeholders.check(base + QUESTIONS_FILE, questionsText, 1, known, problems);
                checkTopics(base + QUESTIONS_FILE, questionsText, questions, markdown, problems);
            }
            if (perAttempt != null && questions.size() < perAttempt && !questions.isEmpty()) {
                problems.add(new ContentProblem(base + QUESTIONS_FILE, null, "content.problem.too-few-questions", questions.size(),
                        perAttempt));
            }
        }
        if (!problems.isEmpty()) {
            return null;
        }
        return new ModuleDefinition(id, title, version, summary, List.copyOf(audience), minutes, validity, passMark,
                perAttempt, maxAttempts == null ? 3 : maxAttempts, cooldown == null ? 60 : cooldown, markdown,
                questions, assets, moduleText, questionsText, hash(moduleText, questionsText, assets));
    }

    List<Question> parseQuestions(String file, String text, List<ContentProblem> problems) {
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
            if (id != null && !KEY.matcher(id).matches()) {
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
        var headings = new java.util.LinkedHashSet<String>();
        HEADING.matcher(markdown).results().forEach(m -> headings.add(m.group(1).strip()));
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

    /**
     * Relative links and images must name a file in the module's folder; scripts in links are refused; with
     * {@code placeholders} (a load, not a stored version read again) no address may hold a placeholder.
     */
    private static void checkLinks(String markdown, int firstLine, String file, Set<String> assets, boolean placeholders,
                                   List<ContentProblem> problems) {
        Node document = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build().parse(markdown);
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                check(link, link.getDestination(), false);
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                check(image, image.getDestination(), true);
            }

            private void check(Node node, String destination, boolean image) {
                Integer line = node.getSourceSpans().isEmpty() ? null : node.getSourceSpans().getFirst().getLineIndex() + firstLine;
                String target = destination.strip();
                if (placeholders && Placeholders.in(target)) {
                    // an address is never filled in: a value that is a web address becomes a link in the text
                    problems.add(new ContentProblem(file, line, "content.problem.placeholder-in-address", target));
                    return;
                }
                String lower = target.toLowerCase(Locale.ROOT);
                if (lower.matches("^[a-z][a-z0-9+.-]*:.*")) {
                    if (image) {
                        problems.add(new ContentProblem(file, line, "content.problem.image-address", target));
                    } else if (!(lower.startsWith("https:") || lower.startsWith("http:") || lower.startsWith("mailto:"))) {
                        problems.add(new ContentProblem(file, line, "content.problem.link-scheme", target));
                    }
                    return;
                }
                if (target.isEmpty() || target.startsWith("#")) {
                    if (image) {
                        problems.add(new ContentProblem(file, line, "content.problem.image-no-name"));
                    }
                    return;
                }
                String name = target.startsWith("./") ? target.substring(2) : target;
                if (!assets.contains(name)) {
                    problems.add(new ContentProblem(file, line, image ? "content.problem.broken-image" : "content.problem.broken-link",
                            target));
                }
            }
        });
    }

    static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    static String hash(String moduleText, String questionsText, Map<String, byte[]> assets) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update(moduleText.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(questionsText.getBytes(StandardCharsets.UTF_8));
            for (var asset : new TreeMap<>(assets).entrySet()) {
                digest.update((byte) 0);
                digest.update(asset.getKey().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(asset.getValue());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> List<T> orEmpty(@Nullable List<T> list) {
        return list == null ? List.of() : list;
    }
}
