package org.continuityacademy.catalogue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A question of a module's bank.
 *
 * @param scenario       the situation, for scenario questions
 * @param multipleAnswer whether more than one option is correct (multiple choice, or a scenario answered so)
 * @param topic          the heading of the module's section that teaches it, named to a learner who missed it
 * @param personal       the wording for a learner who holds a role for a critical service, or null for none
 */
public record Question(String id, QuestionKind kind, @Nullable String scenario, boolean multipleAnswer, String text,
                       List<Option> options, String explanation, @Nullable String topic, @Nullable Personal personal) {

    /** The placeholders a personal wording may use, filled from the learner's own service in the register. */
    public static final Set<String> PERSONAL_KEYS = Set.of("service", "service-role", "service-tier", "service-rto",
            "service-rpo", "service-mtpd");

    public Question(String id, QuestionKind kind, @Nullable String scenario, boolean multipleAnswer, String text,
                    List<Option> options, String explanation) {
        this(id, kind, scenario, multipleAnswer, text, options, explanation, null, null);
    }

    /** An answer option; true/false questions have the options {@code true} and {@code false}. */
    public record Option(String id, String text, boolean correct) {
    }

    /**
     * The wording of a question about the learner's own service ("Your service {{service}} must be back within
     * {{service-rto}}"). The options and which of them are correct stay those of the question: only words change.
     *
     * @param options the option texts it rewords, by option id (the others keep their generic text)
     */
    public record Personal(String text, @Nullable String scenario, Map<String, String> options,
                           @Nullable String explanation) {
    }

    public List<String> correctOptionIds() {
        return options.stream().filter(Option::correct).map(Option::id).toList();
    }

    /**
     * This question worded for the learner's own service, the {@link #PERSONAL_KEYS} filled from {@code service};
     * itself when it has no personal wording.
     */
    public Question personalised(Map<String, String> service) {
        if (personal == null) {
            return this;
        }
        return new Question(id, kind,
                personal.scenario() != null ? Placeholders.fill(personal.scenario(), service) : scenario,
                multipleAnswer, Placeholders.fill(personal.text(), service),
                options.stream().map(o -> personal.options().containsKey(o.id())
                        ? new Option(o.id(), Placeholders.fill(personal.options().get(o.id()), service), o.correct()) : o).toList(),
                personal.explanation() != null ? Placeholders.fill(personal.explanation(), service) : explanation,
                topic, null);
    }
}
