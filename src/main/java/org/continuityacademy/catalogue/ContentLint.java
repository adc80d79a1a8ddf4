package org.continuityacademy.catalogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Whether a module's quiz measures understanding rather than test-taking: warnings an author can act on, for modules that
 * are valid (the parser has found no error in them). The catalogue shows them with a load's problems and serves the
 * modules all the same; {@code ShippedContentTest} treats them as errors for the content we ship.
 * <ul>
 *   <li>the bank holds fewer than three questions per question drawn, so a second attempt repeats the first;</li>
 *   <li>the right option is the longest in more than 40 % of the single-answer questions (a guesser's cue);</li>
 *   <li>"false" is the answer of fewer than 35 % or more than 65 % of the true/false questions;</li>
 *   <li>every multiple-answer question has all options but one right;</li>
 *   <li>the same question (the same words) is asked in two modules;</li>
 *   <li>the front matter names no owner, no review date or no change log, the review date has passed, or the change
 *       log's newest entry is not the module's version (or the log is not newest first);</li>
 *   <li>a sentence gives a service of the example register another tier, RTO, RPO or MTPD ({@link ExampleFigures}).</li>
 * </ul>
 */
final class ContentLint {

    static final int DRAWS_PER_BANK = 3;
    static final double LONGEST_CORRECT_LIMIT = 0.40;
    static final double FALSE_SHARE_LOW = 0.35;
    static final double FALSE_SHARE_HIGH = 0.65;

    private ContentLint() {
    }

    /**
     * The warnings for these modules, each with the module's file.
     *
     * @param today    the organisation's today (from the catalogue's clock), for review dates that have passed
     * @param register the example firm's services, whose figures the text must keep to; null to check none
     */
    static List<ContentProblem> check(Collection<ModuleDefinition> modules, LocalDate today,
                                      @Nullable ExampleRegister register) {
        var warnings = new ArrayList<ContentProblem>();
        Map<String, String> askedIn = new HashMap<>();
        for (ModuleDefinition module : modules) {
            warnings.addAll(upkeep(module, today));
            if (register != null) {
                warnings.addAll(ExampleFigures.check(module, register));
            }
            String file = ContentParser.MODULES + module.id() + "/" + ContentParser.QUESTIONS_FILE;
            Figures figures = Figures.of(module);
            if (figures.bank() < DRAWS_PER_BANK * module.questionsPerAttempt()) {
                warnings.add(new ContentProblem(file, null, "content.lint.bank-small", figures.bank(),
                        module.questionsPerAttempt(), DRAWS_PER_BANK * module.questionsPerAttempt()));
            }
            if (figures.single() > 0 && figures.longestCorrectShare() > LONGEST_CORRECT_LIMIT) {
                warnings.add(new ContentProblem(file, null, "content.lint.longest-correct", figures.longestCorrect(),
                        figures.single(), percent(LONGEST_CORRECT_LIMIT)));
            }
            if (figures.trueFalse() >= 2 && (figures.falseShare() < FALSE_SHARE_LOW || figures.falseShare() > FALSE_SHARE_HIGH)) {
                warnings.add(new ContentProblem(file, null, "content.lint.false-share", figures.falseAnswers(),
                        figures.trueFalse(), percent(FALSE_SHARE_LOW), percent(FALSE_SHARE_HIGH)));
            }
            if (figures.multiple() >= 2 && figures.allButOne() == figures.multiple()) {
                warnings.add(new ContentProblem(file, null, "content.lint.all-but-one", figures.multiple()));
            }
            for (Question question : module.questions()) {
                String words = normalised(question);
                String other = askedIn.putIfAbsent(words, module.id() + ": " + question.id());
                if (other != null) {
                    warnings.add(new ContentProblem(file, null, "content.lint.duplicate", question.id(), other));
                }
            }
        }
        return warnings;
    }

    /** Who keeps the module right, when it is next reviewed, and whether its change log names this version. */
    private static List<ContentProblem> upkeep(ModuleDefinition module, LocalDate today) {
        String file = ContentParser.MODULES + module.id() + "/" + ContentParser.MODULE_FILE;
        var warnings = new ArrayList<ContentProblem>();
        if (module.owner() == null) {
            warnings.add(new ContentProblem(file, 1, "content.lint.owner-missing"));
        }
        if (module.reviewBy() == null) {
            warnings.add(new ContentProblem(file, 1, "content.lint.review-missing"));
        } else if (module.reviewBy().isBefore(today)) {
            warnings.add(new ContentProblem(file, lineOf(module.moduleText(), "reviewBy:"), "content.lint.review-passed",
                    module.reviewBy().toString()));
        }
        var changes = module.changes();
        if (changes.isEmpty()) {
            warnings.add(new ContentProblem(file, 1, "content.lint.changes-missing"));
        } else if (!changes.getFirst().version().equals(module.version())) {
            warnings.add(new ContentProblem(file, lineOf(module.moduleText(), "changes:"), "content.lint.changes-version",
                    changes.getFirst().version().toString(), module.version().toString()));
        }
        for (int i = 1; i < changes.size(); i++) {
            if (changes.get(i - 1).version().compareTo(changes.get(i).version()) <= 0) {
                warnings.add(new ContentProblem(file, lineOf(module.moduleText(), "changes:"), "content.lint.changes-order",
                        changes.get(i - 1).version().toString(), changes.get(i).version().toString()));
                break;
            }
        }
        return warnings;
    }

    /** The first line of the text that starts with {@code start} (leading spaces aside), or null. */
    static @Nullable Integer lineOf(String text, String start) {
        var lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().startsWith(start)) {
                return i + 1;
            }
        }
        return null;
    }

    private static long percent(double share) {
        return Math.round(share * 100);
    }

    private static String normalised(Question question) {
        return ((question.scenario() == null ? "" : question.scenario() + " ") + question.text())
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }

    /**
     * What the lint counts in one module's bank.
     *
     * @param longestCorrect single-answer questions (single, and scenarios answered so) whose right option is the
     *                       strictly longest
     * @param allButOne      multiple-answer questions with every option but one right
     */
    record Figures(int bank, int single, int longestCorrect, int trueFalse, int falseAnswers, int multiple, int allButOne) {

        static Figures of(ModuleDefinition module) {
            int single = 0, longest = 0, trueFalse = 0, falseAnswers = 0, multiple = 0, allButOne = 0;
            for (Question q : module.questions()) {
                if (q.kind() == QuestionKind.TRUE_FALSE) {
                    trueFalse++;
                    if (q.correctOptionIds().equals(List.of("false"))) {
                        falseAnswers++;
                    }
                } else if (q.multipleAnswer()) {
                    multiple++;
                    if (q.correctOptionIds().size() == q.options().size() - 1) {
                        allButOne++;
                    }
                } else {
                    single++;
                    if (rightIsStrictlyLongest(q)) {
                        longest++;
                    }
                }
            }
            return new Figures(module.questions().size(), single, longest, trueFalse, falseAnswers, multiple, allButOne);
        }

        double longestCorrectShare() {
            return single == 0 ? 0 : (double) longestCorrect / single;
        }

        double falseShare() {
            return trueFalse == 0 ? 0.5 : (double) falseAnswers / trueFalse;
        }

        private static boolean rightIsStrictlyLongest(Question q) {
            int longestLength = -1;
            boolean tie = false;
            boolean right = false;
            for (Question.Option option : q.options()) {
                int length = option.text().strip().replaceAll("\\s+", " ").length();
                if (length > longestLength) {
                    longestLength = length;
                    tie = false;
                    right = option.correct();
                } else if (length == longestLength) {
                    tie = true;
                }
            }
            return right && !tie;
        }
    }
}
