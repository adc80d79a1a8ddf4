package org.continuityacademy.catalogue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.continuityacademy.catalogue.ContentProblem.Phrase;
import org.jspecify.annotations.Nullable;

/**
 * The lint's last rule: a sentence that names a service of the example register together with its tier, RTO, RPO or
 * MTPD and a figure must give the register's figure. Read are the module's text and, of each question, what the
 * learner is told is right: the text (not the statement of a true/false question whose answer is false), the scenario,
 * the explanation, the right options and the personal wording of all of these. Wrong options are never read: they
 * may state a wrong figure on purpose.
 * <p>
 * Deliberately narrow, so that it never flags a sentence that is right: a figure belongs to a service only when the
 * service is named earlier in the same sentence, with no ";" between, and the figure stands right by its measure ("RTO
 * of 1 hour", "RPO zero", "a 4-hour RTO"); a tier only right after the name ("Online Banking (Tier 1", "is a Tier 2
 * service"); each service takes the first such figure per measure after it is named (a later "RPO of zero" in the
 * same sentence may be about another thing); a time of day is not a figure.
 */
final class ExampleFigures {

    private static final String METRIC = "RTO|RPO|MTPD";
    /** "RTO 1 hour", "RTO of 1 hour", "RPO is 0", "RPO zero", "MTPD: 4 hours", "(RTO 30 minutes". */
    private static final Pattern METRIC_THEN_FIGURE = Pattern.compile("\\b(" + METRIC + ")\\b(?:\\s+(?:of|is|was|at|just|only))*"
            + "\\s*:?\\s*\\b(" + ExampleRegister.NUMBER + ")(?:[ -](" + ExampleRegister.UNIT + "))?\\b(?![:.,]?\\d)",
            Pattern.CASE_INSENSITIVE);
    /** "a 4-hour RTO", "its five-minute RPO". */
    private static final Pattern FIGURE_THEN_METRIC = Pattern.compile("\\b(" + ExampleRegister.NUMBER + ")-("
            + ExampleRegister.UNIT + ")\\s+(" + METRIC + ")\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern TIER = Pattern.compile("\\b[Tt]ier\\s+(\\d|one|two|three|four|five)\\b");
    /**
     * What may stand between a service's name and its tier: "Online Banking, Tier 1", "(Tier 1", "is Tier 3",
     * "is a Tier 2 service", ", a Tier 1 service". "Leave a Tier 1 service exposed" later in the sentence is not the
     * service's tier.
     */
    private static final Pattern TIER_GAP = Pattern.compile("(?i)(?:'s)?[\\s,(:]*(?:(?:is|was|remains|stays|as)\\s+)?"
            + "(?:(?:a|an|only|still)\\s+)*");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z0-9\"'(\\[])");
    private static final Pattern MARKUP = Pattern.compile("\\*\\*|__|`|(?<![\\w*])\\*(?=\\S)|(?<=\\S)\\*(?![\\w*])");

    private static final Phrase MODULE_TEXT = new Phrase("content.what.module-text");

    private ExampleFigures() {
    }

    /** A figure a sentence gives a service: where in the sentence, which measure, as written, and its value. */
    private record Statement(int at, String metric, String written, long value) {
    }

    /** A part of a question the learner is told is right: which part, and its words (null when it has none). */
    private record Part(String name, @Nullable String text) {
    }

    static List<ContentProblem> check(ModuleDefinition module, ExampleRegister register) {
        var warnings = new ArrayList<ContentProblem>();
        if (register.services().isEmpty()) {
            return warnings;
        }
        var names = register.services().stream()
                .map(s -> Pattern.compile("\\b" + Pattern.quote(s.name()) + "\\b")).toList();
        String moduleFile = ContentParser.MODULES + module.id() + "/" + ContentParser.MODULE_FILE;
        int first = firstLineOfText(module);
        var lines = module.markdown().lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            check(lines.get(i), register, names, moduleFile, first + i, MODULE_TEXT, warnings);
        }
        String questionsFile = ContentParser.MODULES + module.id() + "/" + ContentParser.QUESTIONS_FILE;
        for (Question q : module.questions()) {
            Integer line = lineOfQuestion(module.questionsText(), q.id());
            boolean statedAsTrue = q.kind() != QuestionKind.TRUE_FALSE || q.correctOptionIds().equals(List.of("true"));
            var parts = new ArrayList<Part>();
            if (statedAsTrue) {
                parts.add(new Part("text", q.text()));
            }
            parts.add(new Part("scenario", q.scenario()));
            parts.add(new Part("explanation", q.explanation()));
            var right = q.kind() == QuestionKind.TRUE_FALSE ? List.<Question.Option>of()
                    : q.options().stream().filter(Question.Option::correct).toList();
            right.forEach(o -> parts.add(new Part("option " + o.id(), o.text())));
            var personal = q.personal();
            if (personal != null) {
                if (statedAsTrue) {
                    parts.add(new Part("personal text", personal.text()));
                }
                parts.add(new Part("personal scenario", personal.scenario()));
                parts.add(new Part("personal explanation", personal.explanation()));
                right.forEach(o -> parts.add(new Part("personal option " + o.id(), personal.options().get(o.id()))));
            }
            for (Part part : parts) {
                if (part.text() != null) {
                    check(part.text(), register, names, questionsFile, line,
                            new Phrase("content.what.question-part", q.id(), part.name()), warnings);
                }
            }
        }
        return warnings;
    }

    /** @param names a pattern per service of the register, in its order */
    private static void check(String text, ExampleRegister register, List<Pattern> names, String file, @Nullable Integer line,
                              Phrase where, List<ContentProblem> warnings) {
        String plain = MARKUP.matcher(text).replaceAll("").replaceAll("\\s+", " ");
        for (String sentence : SENTENCE_END.split(plain)) {
            checkSentence(sentence, register, names, file, line, where, warnings);
        }
    }

    private static void checkSentence(String sentence, ExampleRegister register, List<Pattern> names, String file,
                                      @Nullable Integer line, Phrase where, List<ContentProblem> warnings) {
        // where each service is named, in order
        var mentions = new ArrayList<int[]>();
        var services = register.services();
        for (int s = 0; s < services.size(); s++) {
            Matcher m = names.get(s).matcher(sentence);
            while (m.find()) {
                mentions.add(new int[] {m.end(), s});
            }
        }
        if (mentions.isEmpty()) {
            return;
        }
        mentions.sort(Comparator.comparingInt(a -> a[0]));
        var statements = statements(sentence);
        Set<String> bound = new HashSet<>();
        for (Statement statement : statements) {
            int[] mention = null;
            for (int[] candidate : mentions) {
                if (candidate[0] <= statement.at()) {
                    mention = candidate;
                }
            }
            if (mention == null) {
                continue;
            }
            // a new clause ("…; the Intranet …") or, for a tier, more than a few joining words: not this service's figure
            String gap = sentence.substring(mention[0], statement.at());
            if (gap.contains(";") || statement.metric().equals("Tier") && !TIER_GAP.matcher(gap).matches()) {
                continue;
            }
            if (!bound.add(mention[0] + ":" + statement.metric())) {
                continue;
            }
            ExampleRegister.Service service = services.get(mention[1]);
            if (statement.metric().equals("Tier")) {
                if (statement.value() != service.tier()) {
                    warnings.add(new ContentProblem(file, line, "content.lint.figure-contradicted", where, service.name(), "Tier",
                            statement.written(), "Tier " + service.tier()));
                }
            } else {
                ExampleRegister.Figure figure = service.figure(statement.metric());
                if (figure != null && figure.minutes() != statement.value()) {
                    warnings.add(new ContentProblem(file, line, "content.lint.figure-contradicted", where, service.name(),
                            statement.metric(), statement.written(), statement.metric() + " " + figure.text()));
                }
            }
        }
    }

    /** The figures the sentence states by a measure, in the order they stand. */
    private static List<Statement> statements(String sentence) {
        var statements = new ArrayList<Statement>();
        Matcher after = METRIC_THEN_FIGURE.matcher(sentence);
        while (after.find()) {
            long minutes = ExampleRegister.minutes(after.group(2), after.group(3));
            if (minutes >= 0) {
                statements.add(new Statement(after.start(), after.group(1).toUpperCase(java.util.Locale.ROOT),
                        after.group(), minutes));
            }
        }
        Matcher before = FIGURE_THEN_METRIC.matcher(sentence);
        while (before.find()) {
            long minutes = ExampleRegister.minutes(before.group(1), before.group(2));
            if (minutes >= 0) {
                statements.add(new Statement(before.start(), before.group(3).toUpperCase(java.util.Locale.ROOT),
                        before.group(), minutes));
            }
        }
        Matcher tier = TIER.matcher(sentence);
        while (tier.find()) {
            int n = ExampleRegister.number(tier.group(1));
            if (n > 0) {
                statements.add(new Statement(tier.start(), "Tier", tier.group(), n));
            }
        }
        statements.sort(Comparator.comparingInt(Statement::at));
        return statements;
    }

    /** The line of module.md where the Markdown text begins (after the front matter). */
    private static int firstLineOfText(ModuleDefinition module) {
        String text = module.moduleText().replace("\r\n", "\n");
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int at = module.markdown().isEmpty() ? -1 : text.lastIndexOf(module.markdown());
        return at < 0 ? 1 : (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    /** The line of questions.yaml where the question with this id starts, or null. */
    private static @Nullable Integer lineOfQuestion(String questionsText, String id) {
        var pattern = Pattern.compile("^\\s*(?:-\\s*)?(?:\\{\\s*)?id:\\s*[\"']?" + Pattern.quote(id) + "[\"']?\\s*[,}]?.*$");
        var lines = questionsText.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (pattern.matcher(lines.get(i)).matches()) {
                return i + 1;
            }
        }
        return null;
    }
}
