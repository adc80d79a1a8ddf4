package org.continuityacademy.learning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashMap;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.continuityacademy.base.i18n.Formats;
import org.continuityacademy.base.ui.Badge;
import org.continuityacademy.catalogue.QuestionKind;
import org.continuityacademy.training.AttemptResult;
import org.continuityacademy.training.AttemptView;
import org.continuityacademy.training.Quiz;
import org.continuityacademy.training.QuizQuestion;
import org.continuityacademy.training.QuizRefused;
import org.continuityacademy.training.QuizStart;
import org.continuityacademy.training.TrainingAssignmentRow;
import org.continuityacademy.training.TrainingRecords;
import org.springframework.security.access.AccessDeniedException;

/**
 * Takes the quiz of an assigned module. The questions come without their answers; choices are kept as
 * the learner goes, so leaving and coming back resumes the same attempt. Radio buttons and check boxes
 * with labels, in reading order: no dragging.
 * <p>
 * Keyboard and screen readers: each question is a radio group or a group of check boxes named by its scenario and its
 * text (Tab reaches a group, arrow keys move between radio buttons, Space chooses). After submission the result replaces
 * the questions and takes the focus, scrolled into view, inside a status region. Element ids say where a question is
 * ({@code question-3}), never which question of the bank it is: some bank ids state the answer.
 */
@Route("learn/:moduleId/quiz")
@PermitAll
class QuizView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final Quiz quiz;
    private final TrainingRecords records;
    final Div questionsBox = new Div();
    final Button review = new Button(getTranslation("quiz-view.review"));
    final Button submit = new Button(getTranslation("quiz-view.submit"));
    /** The answer fields by question-bank id: kept on the server, never sent to the browser. */
    final Map<String, HasValue<?, ?>> fields = new LinkedHashMap<>();
    /** Each question's box by question-bank id, for the review's "go to question". */
    private final Map<String, Component> boxes = new LinkedHashMap<>();
    private AttemptView attempt;
    private String moduleId = "";
    private String title = "";

    QuizView(Quiz quiz, TrainingRecords records) {
        this.quiz = quiz;
        this.records = records;
        addClassNames("academy-view", "flex", "flex-col", "gap-m");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        review.addClickListener(e -> openReview());
        submit.addClickListener(e -> {
            if (unanswered().isEmpty()) {
                submitAnswers();
            } else {
                openReview();
            }
        });
        questionsBox.addClassNames("flex", "flex-col", "gap-m");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        moduleId = event.getRouteParameters().get("moduleId").orElseThrow(NotFoundException::new);
        TrainingAssignmentRow assignment;
        try {
            assignment = records.openModule(moduleId).assignment();
        } catch (AccessDeniedException notMine) {
            throw new NotFoundException();
        }
        removeAll();
        if (assignment == null || !assignment.open()) {
            add(new H2(getTranslation("quiz-view.nothing.heading")), new Paragraph(getTranslation("quiz-view.nothing.text")),
                    back());
            return;
        }
        QuizStart check = quiz.check(assignment.id());
        if (!check.allowed()) {
            title = getTranslation("quiz-view.unavailable.title");
            var why = new Paragraph(check.reason() + (check.availableAt() == null ? ""
                    : " " + getTranslation("quiz-view.unavailable.try-again", Formats.current().dateTime(check.availableAt()))));
            add(new H2(getTranslation("quiz-view.unavailable.heading")), why, reread(), back());
            return;
        }
        attempt = quiz.start(assignment.id());
        showQuestions();
    }

    private void showQuestions() {
        title = getTranslation("quiz-view.heading", attempt.moduleTitle());
        removeAll();
        fields.clear();
        boxes.clear();
        var heading = new H2(title);
        heading.addClassNames("text-2xl", "mb-0");
        var facts = new Paragraph(getTranslation("quiz-view.facts", attempt.questions().size(), attempt.passMark(),
                attempt.attemptNumber(), attempt.maxAttempts()));
        facts.addClassName("text-secondary");
        questionsBox.removeAll();
        int number = 1;
        for (QuizQuestion q : attempt.questions()) {
            questionsBox.add(question(number++, q));
        }
        var actions = new Div(review, submit);
        actions.addClassNames("flex", "gap-s", "flex-wrap");
        add(heading, facts, questionsBox, actions);
    }

    private Component question(int number, QuizQuestion q) {
        // the place on the page, not the bank's id: "question-bia-not-likelihood" would tell the answer
        String id = "question-" + number;
        var box = new Div();
        box.addClassName("academy-quiz-question");
        box.setId(id);
        // the group is named by what a sighted person reads before the options: the scenario, then the question
        var name = new java.util.ArrayList<String>();
        if (q.scenario() != null) {
            var scenario = new Paragraph(q.scenario());
            scenario.addClassName("academy-scenario");
            scenario.setId(id + "-scenario");
            box.add(scenario);
            name.add(id + "-scenario");
        }
        var text = new Paragraph(number + ". " + q.text());
        // a question, not a small form label (Lumo's utility classes: the bundle's academy.css stays as it is)
        text.addClassNames("academy-quiz-question-text", "font-semibold", "text-body", "mt-s", "mb-0");
        text.setId(id + "-text");
        box.add(text);
        name.add(id + "-text");
        Set<String> chosen = attempt.chosen().getOrDefault(q.id(), Set.of());
        Map<String, String> texts = texts(q);
        // the options' values in the page are the group's own keys (1, 2, 3… in the order shown), not the options' ids
        if (q.multipleAnswer()) {
            var group = new CheckboxGroup<String>();
            group.setAriaLabelledBy(String.join(" ", name));
            strongFocusRing(group);
            group.setItems(q.options().stream().map(QuizQuestion.Option::id).toList());
            group.setItemLabelGenerator(texts::get);
            group.setHelperText(getTranslation("quiz-view.choose-all"));
            group.setValue(chosen);
            group.addThemeName("vertical");
            group.addValueChangeListener(e -> save());
            fields.put(q.id(), group);
            box.add(group);
        } else {
            var group = new RadioButtonGroup<String>();
            group.setAriaLabelledBy(String.join(" ", name));
            strongFocusRing(group);
            group.setItems(q.options().stream().map(QuizQuestion.Option::id).toList());
            group.setItemLabelGenerator(texts::get);
            chosen.stream().findFirst().ifPresent(group::setValue);
            group.addThemeName("vertical");
            group.addValueChangeListener(e -> save());
            fields.put(q.id(), group);
            box.add(group);
        }
        boxes.put(q.id(), box);
        return box;
    }

    /**
     * Lumo's focus ring on a radio button or check box is a faint half-tone ring: here it is the full primary text colour
     * and wider, so a keyboard user sees at a glance where they are. Vaadin's own custom properties, set on the group, reach
     * its options (academy.css lives in the committed front-end bundles, which this need not rebuild).
     */
    private static void strongFocusRing(Component group) {
        group.getElement().getStyle().set("--vaadin-focus-ring-color", "var(--lumo-primary-text-color)")
                .set("--vaadin-focus-ring-width", "3px");
    }

    private Map<String, Set<String>> answers() {
        var answers = new LinkedHashMap<String, Set<String>>();
        fields.forEach((id, field) -> {
            Object value = field.getValue();
            if (value instanceof Set<?> set && !set.isEmpty()) {
                answers.put(id, set.stream().map(String::valueOf).collect(Collectors.toSet()));
            } else if (value instanceof String single) {
                answers.put(id, Set.of(single));
            }
        });
        return answers;
    }

    private java.util.List<String> unanswered() {
        var given = answers();
        return fields.keySet().stream().filter(id -> !given.containsKey(id)).toList();
    }

    private void save() {
        try {
            quiz.saveAnswers(attempt.attemptId(), answers());
        } catch (QuizRefused refused) {
            showRefusal(refused);
        }
    }

    private void openReview() {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("quiz-view.review.heading"));
        // what a button chose happens once the dialog has closed and given the focus back, or it would take the focus
        // from where the button put it
        Runnable[] afterClosing = {null};
        dialog.addClosedListener(e -> {
            if (afterClosing[0] != null) {
                afterClosing[0].run();
            }
        });
        var missing = unanswered();
        int answered = fields.size() - missing.size();
        dialog.add(new Paragraph(getTranslation("quiz-view.review.answered", answered, fields.size())));
        if (!missing.isEmpty()) {
            dialog.add(new Paragraph(getTranslation("quiz-view.review.missing")));
            var list = new UnorderedList();
            var numbers = new java.util.ArrayList<>(fields.keySet());
            for (String id : missing) {
                var go = new Button(getTranslation("quiz-view.review.question", numbers.indexOf(id) + 1), e -> {
                    afterClosing[0] = () -> goTo(id);
                    dialog.close();
                });
                go.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                list.add(new ListItem(go));
            }
            dialog.add(list);
        }
        var send = new Button(getTranslation(missing.isEmpty() ? "quiz-view.submit" : "quiz-view.review.submit-anyway"), e -> {
            afterClosing[0] = this::submitAnswers;
            dialog.close();
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("quiz-view.review.keep-answering"), e -> dialog.close()), send);
        dialog.open();
    }

    /** Puts the focus on a question's first option (no choice made) and scrolls the question into view. */
    private void goTo(String questionId) {
        boxes.get(questionId).getElement().executeJs(
                "this.querySelector('input').focus({preventScroll: true}); this.scrollIntoView({block: 'start'})");
    }

    /**
     * The heading of what replaced the questions takes the focus, scrolled to the top of the view: the learner sees it
     * where they are, and a screen reader reads it (with what it describes) instead of losing its place in removed content.
     */
    private static void focus(H2 heading) {
        heading.getElement().setAttribute("tabindex", "-1");
        heading.getElement().executeJs("this.focus({preventScroll: true}); this.scrollIntoView({block: 'start'})");
    }

    private void submitAnswers() {
        try {
            showResult(quiz.submit(attempt.attemptId(), answers()));
        } catch (QuizRefused refused) {
            showRefusal(refused);
        }
    }

    private void showResult(AttemptResult result) {
        title = getTranslation("quiz-view.result.title", result.moduleTitle());
        removeAll();
        var heading = new H2(getTranslation(result.passed() ? "quiz-view.result.passed" : "quiz-view.result.failed"));
        heading.addClassNames("text-2xl", "mb-0");
        heading.setId("quiz-result");
        var badge = new Badge(getTranslation(result.passed() ? "quiz-view.result.badge.passed" : "quiz-view.result.badge.failed",
                result.score()));
        badge.addClassName(result.passed() ? "ready" : "not-ready");
        var summary = new Paragraph(result.passed()
                ? getTranslation("quiz-view.result.summary.passed", result.correct(), result.total(), result.passMark())
                : getTranslation("quiz-view.result.summary.failed", result.correct(), result.total(), result.passMark(),
                        result.attemptsLeft()));
        summary.setId("quiz-result-summary");
        heading.getElement().setAttribute("aria-describedby", "quiz-result-summary");
        var actions = new Div();
        actions.addClassNames("flex", "gap-s", "flex-wrap", "items-center");
        if (result.completion() != null) {
            var certificate = new Anchor("/certificates/" + result.completion().id(), getTranslation("quiz-view.result.certificate"));
            certificate.setRouterIgnore(true);
            certificate.getElement().setAttribute("download", true);
            actions.add(certificate, new Span(getTranslation("quiz-view.result.valid-until",
                    Formats.current().date(result.completion().expiresAt()))));
        } else {
            actions.add(reread());
        }
        actions.add(back());
        // a status region: announced as it appears, besides being read when its heading takes the focus
        var status = new Div(heading, badge, summary);
        status.addClassNames("academy-quiz-result", "flex", "flex-col", "gap-s", "items-start");
        status.getElement().setAttribute("role", "status");
        add(status, actions);
        focus(heading);
        if (!result.topics().isEmpty()) {
            add(topics(result));
        }
        if (!result.answersShown()) {
            var later = new Paragraph(getTranslation("quiz-view.answers.later"));
            later.setId("quiz-answers-later");
            later.addClassName("text-secondary");
            add(later);
            return;
        }
        var feedbackHeading = new H3(getTranslation("quiz-view.answers"));
        feedbackHeading.addClassNames("text-l", "mb-0");
        add(feedbackHeading);
        int number = 1;
        for (AttemptResult.Feedback f : result.feedback()) {
            add(feedback(number++, f));
        }
    }

    /** The sections that teach what was missed, each a link that opens the reader at that section. */
    private Component topics(AttemptResult result) {
        var heading = new H3(getTranslation(result.passed() ? "quiz-view.topics.passed" : "quiz-view.topics.failed"));
        heading.addClassNames("text-l", "mb-0");
        heading.setId("quiz-topics-heading");
        var list = new UnorderedList();
        list.setId("quiz-topics");
        list.getElement().setAttribute("aria-labelledby", "quiz-topics-heading");
        for (String topic : result.topics()) {
            var link = new Anchor("learn/" + moduleId + "?" + ModuleReaderView.SECTION + "="
                    + URLEncoder.encode(topic, StandardCharsets.UTF_8).replace("+", "%20"), topic);
            list.add(new ListItem(link));
        }
        var box = new Div(heading, list);
        box.addClassNames("flex", "flex-col", "gap-xs");
        return box;
    }

    private Component feedback(int number, AttemptResult.Feedback f) {
        var box = new Div();
        box.addClassNames("academy-quiz-question", f.right() ? "right" : "wrong");
        Map<String, String> texts = texts(f.question());
        var verdict = new Badge(getTranslation(f.right() ? "quiz-view.feedback.right" : "quiz-view.feedback.wrong"));
        verdict.addClassName(f.right() ? "ready" : "not-ready");
        var question = new Paragraph(number + ". " + f.question().text());
        question.addClassName("font-semibold");
        box.add(verdict, question);
        box.add(answer(getTranslation("quiz-view.feedback.your-answer"), f.question(), f.chosen(), texts));
        if (!f.right()) {
            box.add(answer(getTranslation("quiz-view.feedback.right-answers", f.correctOptions().size()), f.question(),
                    f.correctOptions(), texts));
        }
        var why = new Paragraph(f.explanation());
        why.addClassName("text-secondary");
        box.add(why);
        return box;
    }

    /** The options' texts by id; true and false are the app's words, in the learner's language. */
    private Map<String, String> texts(QuizQuestion q) {
        if (q.kind() == QuestionKind.TRUE_FALSE) {
            return Map.of("true", getTranslation("quiz-view.option.true"), "false", getTranslation("quiz-view.option.false"));
        }
        return q.options().stream().collect(Collectors.toMap(QuizQuestion.Option::id, QuizQuestion.Option::text));
    }

    /** One chosen option on a line; several as a list, in the order they were shown. */
    private Component answer(String label, QuizQuestion q, Set<String> ids, Map<String, String> texts) {
        var chosen = q.options().stream().map(QuizQuestion.Option::id).filter(ids::contains).map(texts::get).toList();
        if (chosen.size() <= 1) {
            return new Paragraph(getTranslation("quiz-view.answer.one", label,
                    chosen.isEmpty() ? getTranslation("quiz-view.answer.none") : chosen.getFirst()));
        }
        var list = new UnorderedList();
        chosen.forEach(text -> list.add(new ListItem(text)));
        var box = new Div(new Span(getTranslation("quiz-view.answer.several", label)), list);
        box.addClassName("mb-s");
        return box;
    }

    private void showRefusal(QuizRefused refused) {
        removeAll();
        var heading = new H2(getTranslation("quiz-view.refused.heading"));
        var why = new Paragraph(refused.getMessage());
        why.setId("quiz-refused-reason");
        heading.getElement().setAttribute("aria-describedby", "quiz-refused-reason");
        var status = new Div(heading, why);
        status.getElement().setAttribute("role", "status");
        add(status, back());
        focus(heading);
    }

    private Component reread() {
        return new Anchor("learn/" + moduleId, getTranslation("quiz-view.reread"));
    }

    private Component back() {
        return new Anchor("", getTranslation("quiz-view.back"));
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? getTranslation("quiz-view.title") : title;
    }
}
