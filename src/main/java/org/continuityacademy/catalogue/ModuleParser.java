package org.continuityacademy.catalogue;

import static org.continuityacademy.catalogue.ContentParser.MODULES;
import static org.continuityacademy.catalogue.ContentParser.MODULE_FILE;
import static org.continuityacademy.catalogue.ContentParser.QUESTIONS_FILE;
import static org.continuityacademy.catalogue.ContentParser.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
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
 * Reads one module folder: {@code module.md} (its front matter and Markdown text, with the links and images the text
 * names), the images beside it, and its question bank through {@link QuestionBankParser}.
 */
final class ModuleParser {

    private static final Set<String> HEADER_FIELDS = Set.of("id", "title", "version", "summary", "audience",
            "estimatedMinutes", "validityMonths", "passMark", "questionsPerAttempt", "maxAttempts", "cooldownMinutes", "owner", "answers",
            "reviewBy", "changes", "retrain");
    private static final Set<String> CHANGE_FIELDS = Set.of("version", "date", "note");
    static final Map<String, String> IMAGE_TYPES = Map.of("png", "image/png", "jpg", "image/jpeg", "jpeg",
            "image/jpeg", "gif", "image/gif", "svg", "image/svg+xml", "webp", "image/webp");
    private static final Pattern SVG_ACTIVE = Pattern.compile("(?i)<script|\\son[a-z]+\\s*=|javascript:|<foreignObject");
    private static final Phrase FRONT_MATTER = new Phrase("content.what.front-matter");
    private static final Phrase A_CHANGE = new Phrase("content.what.a-change");

    private final QuestionBankParser questionBank = new QuestionBankParser();

    /**
     * @param roleKeys the known role keys, or null to skip the audience check (re-reading a stored version)
     * @param factKeys the facts placeholders may name, or null to skip the check (re-reading a stored version)
     */
    @Nullable ModuleDefinition parse(String folder, Map<String, byte[]> files, @Nullable Set<String> roleKeys,
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
        // who keeps the module right, when it is next reviewed, what changed: optional here (older files still load),
        // the lint asks for them
        String owner = yaml.text(root, fields, "owner", FRONT_MATTER, false);
        LocalDate reviewBy = date(yaml, root, fields, "reviewBy", FRONT_MATTER, false);
        List<ModuleDefinition.Change> changes = changes(yaml, root, fields);
        // a correction of wrong teaching re-trains holders like a new major version; absent means false
        Boolean retrain = yaml.bool(root, fields, "retrain", FRONT_MATTER, false);
        // when a learner sees the right answers of an attempt; absent means after a pass or the last attempt
        String answersText = yaml.text(root, fields, "answers", FRONT_MATTER, false);
        AnswerReview answers = answersText == null ? AnswerReview.AFTER_PASS_OR_LAST_ATTEMPT
                : AnswerReview.fromKey(answersText).orElse(null);
        if (answersText != null && answers == null) {
            yaml.problem(fields.get("answers"), "content.problem.answers-setting", answersText,
                    String.join(", ", java.util.Arrays.stream(AnswerReview.values()).map(AnswerReview::key).toList()));
        }

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
            questions = questionBank.parse(base + QUESTIONS_FILE, questionsText, markdown, factKeys, problems);
            if (perAttempt != null && questions.size() < perAttempt && !questions.isEmpty()) {
                problems.add(new ContentProblem(base + QUESTIONS_FILE, null, "content.problem.too-few-questions", questions.size(),
                        perAttempt));
            }
        }
        if (!problems.isEmpty()) {
            return null;
        }
        return new ModuleDefinition(id, title, version, summary, List.copyOf(audience), minutes, validity, passMark,
                perAttempt, maxAttempts == null ? 3 : maxAttempts, cooldown == null ? 60 : cooldown,
                owner == null || owner.isEmpty() ? null : owner, reviewBy, changes, Boolean.TRUE.equals(retrain), answers, markdown,
                questions, assets, moduleText, questionsText, hash(moduleText, questionsText, assets));
    }

    /** The change log, newest first as written: each entry a version, a date and a note. */
    private static List<ModuleDefinition.Change> changes(YamlReader yaml, org.yaml.snakeyaml.nodes.Node root, Map<String, org.yaml.snakeyaml.nodes.Node> fields) {
        var items = yaml.sequence(root, fields, "changes", FRONT_MATTER, false);
        if (items == null) {
            return List.of();
        }
        var changes = new ArrayList<ModuleDefinition.Change>();
        for (var item : items) {
            var entry = yaml.mapping(item, A_CHANGE);
            if (entry == null) {
                continue;
            }
            yaml.onlyKnownFields(item, entry, CHANGE_FIELDS, A_CHANGE);
            String versionText = yaml.text(item, entry, "version", A_CHANGE, true);
            SemVer version = versionText == null ? null : SemVer.parse(versionText);
            if (versionText != null && version == null) {
                yaml.problem(entry.get("version"), "content.problem.version-format", versionText);
            }
            LocalDate date = date(yaml, item, entry, "date", A_CHANGE, true);
            String note = yaml.text(item, entry, "note", A_CHANGE, true);
            if (version != null && date != null && note != null) {
                changes.add(new ModuleDefinition.Change(version, date, note));
            }
        }
        return List.copyOf(changes);
    }

    private static @Nullable LocalDate date(YamlReader yaml, org.yaml.snakeyaml.nodes.Node owner, Map<String, org.yaml.snakeyaml.nodes.Node> fields, String key, Phrase what,
                                            boolean required) {
        String text = yaml.text(owner, fields, key, what, required);
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            yaml.problem(fields.get(key), "content.problem.date-format", key, what, text);
            return null;
        }
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
}
