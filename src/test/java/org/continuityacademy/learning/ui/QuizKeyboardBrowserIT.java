package org.continuityacademy.learning.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.continuityacademy.Browsers;
import org.continuityacademy.IntegrationTest;
import org.continuityacademy.SignedIn;
import org.continuityacademy.catalogue.Catalogue;
import org.continuityacademy.catalogue.Question;
import org.continuityacademy.catalogue.QuestionKind;
import org.continuityacademy.security.AppUserPrincipal;
import org.continuityacademy.training.QuizAnswers;
import org.continuityacademy.training.TrainingRecords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In a real browser, a learner takes a whole quiz with the keyboard alone: Tab and Shift+Tab between questions and
 * check boxes, arrow keys and Space to choose, Enter on the buttons, the review dialog included; no mouse after signing
 * in. The focus shows where it is; after submission the result has the focus, at the top of the view, in a status
 * region. Nothing the page holds or was sent before submission names a question of the bank or tells a right option.
 */
@IntegrationTest
class QuizKeyboardBrowserIT {

    static final String MODULE = "itscm-for-everyone";
    @RegisterExtension
    static final Browsers.InClass browsers = new Browsers.InClass();

    @LocalServerPort
    int port;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    TrainingRecords records;
    @Autowired
    Catalogue catalogue;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    void a_learner_takes_a_whole_quiz_with_the_keyboard_alone_and_the_result_takes_the_focus() throws Exception {
        long lena = ((AppUserPrincipal) users.loadUserByUsername("learner")).employeeId();
        SignedIn.as(users, "hr", () -> {
            records.statusOf(lena).open().forEach(a -> records.waive(a.id(), "test set-up"));
            return records.assignByHand(List.of(lena), MODULE, LocalDate.now(clock).plusDays(7), "keyboard-only quiz");
        });

        Page page = browsers.newPage(1280, 900);
        page.navigate(url("/login"));
        Browsers.signIn(page, "learner", "demo");
        page.locator("#continue-training").waitFor();
        // everything the server sends for the quiz, until the answers are submitted
        var sent = new CopyOnWriteArrayList<String>();
        page.onResponse(response -> {
            if (response.url().contains("v-r=") || response.url().endsWith("/quiz")) {
                try {
                    sent.add(response.text());
                } catch (RuntimeException ignored) {
                    // a response without a body
                }
            }
        });
        // from here on, the keyboard only
        page.navigate(url("/learn/" + MODULE + "/quiz"));
        Locator boxes = page.locator(".academy-quiz-question");
        assertThat(boxes).hasCount(10);

        long versionId = jdbc.sql("select module_version_id from quiz_attempt where employee_id = ? and status = 'OPEN'")
                .param(lena).query(Long.class).single();
        Map<String, Question> bank = SignedIn.as(users, "learner", () -> QuizAnswers.bank(catalogue, transactions, versionId));
        @SuppressWarnings("unchecked")
        List<String> places = (List<String>) boxes.evaluateAll("els => els.map(e => e.id)");
        assertThat(places).containsExactly("question-1", "question-2", "question-3", "question-4", "question-5", "question-6",
                "question-7", "question-8", "question-9", "question-10");
        List<Question> drawn = places.stream()
                .map(place -> bank.get(LearnerJourneyBrowserIT.bankId(bank, page.locator("#" + place))))
                .toList();
        nothingGivesTheAnswersAway(page, bank);

        // each question is a named group of real radio buttons or check boxes
        for (int i = 0; i < places.size(); i++) {
            Locator group = page.getByRole(drawn.get(i).multipleAnswer() ? AriaRole.GROUP : AriaRole.RADIOGROUP,
                    new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("\\b" + (i + 1) + "\\. ")));
            assertThat(group).hasCount(1);
            assertThat(group.locator("input[type=" + (drawn.get(i).multipleAnswer() ? "checkbox" : "radio") + "]"))
                    .hasCount(drawn.get(i).options().size());
        }

        // from the top of the page to the first option of the first question
        press(page, "Tab", () -> focusedIn(page, "#question-1"), 80);
        assertThat(page.evaluate("() => document.activeElement.closest('vaadin-radio-button, vaadin-checkbox')"
                + ".hasAttribute('focus-ring')")).as("the focused option shows its focus ring").isEqualTo(true);
        assertThat(page.evaluate("() => getComputedStyle(document.activeElement.closest('vaadin-radio-button, vaadin-checkbox'))"
                + ".getPropertyValue('--vaadin-focus-ring-width').trim()")).as("a ring wider than Lumo's faint one").isEqualTo("3px");
        viewport(page, "quiz-keyboard-focus");

        for (int i = 0; i < places.size(); i++) {
            String place = "#" + places.get(i);
            assertThat(focusedIn(page, place)).as("the focus is in %s", place).isTrue();
            if (i == 1) {
                // Shift+Tab goes back to the question before, where the choice made is kept; Tab comes back
                page.keyboard().press("Shift+Tab");
                assertThat(focusedIn(page, "#" + places.getFirst())).isTrue();
                if (!drawn.getFirst().multipleAnswer()) {
                    assertThat(page.evaluate("() => document.activeElement.checked")).isEqualTo(true);
                }
                page.keyboard().press("Tab");
                assertThat(focusedIn(page, place)).isTrue();
            }
            if (i == places.size() - 1) {
                break; // the last is left unanswered, to be found again through the review
            }
            answer(page, place, drawn.get(i));
            page.keyboard().press("Tab");
        }
        Browsers.screenshot(page, "quiz-keyboard-answered");

        // Submit with one question unanswered: the review dialog says which, and takes the learner there
        press(page, "Tab", () -> focusedButton(page, "Submit answers"), 10);
        page.keyboard().press("Enter");
        page.locator("vaadin-dialog[opened]").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
        assertThat(page.getByText("You have answered 9 of 10 questions.")).isVisible();
        press(page, "Tab", () -> focusedButton(page, "Question 10"), 10);
        Browsers.screenshot(page, "quiz-keyboard-review");
        page.keyboard().press("Enter");
        page.locator("vaadin-dialog[opened]").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
        page.waitForFunction("() => document.activeElement && !!document.activeElement.closest('#question-10')");
        answer(page, "#question-10", drawn.getLast());

        String before = String.join("\n", sent);
        for (Question q : bank.values()) {
            assertThat(before).as("sent before submission").doesNotContain(q.id());
        }
        press(page, "Tab", () -> focusedButton(page, "Submit answers"), 10);
        page.keyboard().press("Enter");

        // the result replaces the questions, has the focus, is at the top of the view, and is announced
        Locator heading = page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("You passed"));
        assertThat(heading).isVisible();
        page.waitForFunction("() => document.activeElement && document.activeElement.id === 'quiz-result'");
        page.waitForFunction("""
                () => {
                  const heading = document.getElementById('quiz-result');
                  const box = heading.getBoundingClientRect();
                  const atPoint = document.elementFromPoint(box.left + 8, box.top + box.height / 2);
                  return box.top >= 0 && box.bottom <= window.innerHeight && heading.contains(atPoint);
                }""");
        assertThat(heading).hasAttribute("tabindex", "-1");
        assertThat(page.locator("[role=status]")).containsText("You passed");
        assertThat(page.locator("[role=status]")).containsText("Passed: 100%");
        assertThat(heading).hasAccessibleDescription(java.util.regex.Pattern.compile("10 of 10 questions right"));
        assertThat(boxes.locator("input")).hasCount(0);
        viewport(page, "quiz-keyboard-result");
    }

    /** Chooses a question's right options, from the focus on its first option: arrow keys and Space, Tab between boxes. */
    private static void answer(Page page, String place, Question q) {
        @SuppressWarnings("unchecked")
        List<String> labels = (List<String>) page.locator(place + " :is(vaadin-radio-button, vaadin-checkbox) > label[slot=label]").evaluateAll(
                "els => els.map(e => e.textContent.replace(/\\s+/g, ' ').trim())");
        List<Boolean> right = new ArrayList<>();
        for (String label : labels) {
            right.add(q.options().stream().filter(o -> shown(q, o).equals(label)).findFirst()
                    .orElseThrow(() -> new AssertionError(place + " shows an option the bank does not have: " + label)).correct());
        }
        if (q.multipleAnswer()) {
            for (int i = 0; i < right.size(); i++) {
                if (right.get(i)) {
                    page.keyboard().press("Space");
                }
                if (i < right.size() - 1) {
                    page.keyboard().press("Tab");
                }
            }
        } else {
            int at = right.indexOf(true);
            if (at == 0) {
                page.keyboard().press("Space");
            }
            for (int i = 0; i < at; i++) {
                page.keyboard().press("ArrowDown");
            }
        }
        @SuppressWarnings("unchecked")
        List<Boolean> checked = (List<Boolean>) page.locator(place + " input").evaluateAll("els => els.map(e => e.checked)");
        assertThat(checked).as("the options chosen in %s", place).isEqualTo(right);
    }

    /** An option's text as the page shows it: true and false are the app's words. */
    private static String shown(Question q, Question.Option option) {
        if (q.kind() == QuestionKind.TRUE_FALSE) {
            return "true".equals(option.id()) ? "True" : "False";
        }
        return option.text().replaceAll("\\s+", " ").strip();
    }

    /**
     * No id, name, value, class or other attribute in the page holds a question's bank id or a word that tells right from
     * wrong; the options' values are the groups' own numbers.
     */
    private static void nothingGivesTheAnswersAway(Page page, Map<String, Question> bank) {
        @SuppressWarnings("unchecked")
        List<String> attributes = (List<String>) page.evaluate("""
                () => Array.from(document.querySelectorAll('main, main *')).flatMap(e => Array.from(e.attributes)
                    .map(a => e.tagName.toLowerCase() + ' ' + a.name + '=' + a.value))""");
        assertThat(attributes).isNotEmpty();
        @SuppressWarnings("unchecked")
        List<String> ids = (List<String>) page.evaluate("() => Array.from(document.querySelectorAll('[id]')).map(e => e.id)");
        for (String id : bank.keySet()) {
            assertThat(ids).as("ids naming the question %s", id).noneMatch(i -> i.contains(id));
        }
        for (String id : bank.keySet()) {
            assertThat(attributes).as("attributes naming the question %s", id).noneMatch(a -> a.contains(id));
        }
        assertThat(attributes).as("attributes telling right from wrong")
                .noneMatch(a -> a.toLowerCase().matches(".*\\b(correct|right|wrong|answer)\\b.*"));
        assertThat(attributes.stream().filter(a -> a.startsWith("input value=")).toList())
                .isNotEmpty().allMatch(a -> a.matches("input value=\\d+"));
    }

    private static boolean focusedIn(Page page, String selector) {
        return (Boolean) page.evaluate("s => !!document.activeElement && !!document.activeElement.closest(s)", selector);
    }

    private static boolean focusedButton(Page page, String text) {
        return (Boolean) page.evaluate("t => !!document.activeElement && document.activeElement.tagName === 'VAADIN-BUTTON'"
                + " && document.activeElement.textContent.trim() === t", text);
    }

    /** Presses a key until the condition holds, at most {@code times} times. */
    private static void press(Page page, String key, java.util.function.BooleanSupplier until, int times) {
        for (int i = 0; i < times && !until.getAsBoolean(); i++) {
            page.keyboard().press(key);
        }
        assertThat(until.getAsBoolean()).as("reached with %s", key).isTrue();
    }

    /** What the learner sees: the window, not the whole page. */
    private static void viewport(Page page, String name) throws java.io.IOException {
        Path folder = Files.createDirectories(Path.of("target/screenshots"));
        page.screenshot(new Page.ScreenshotOptions().setPath(folder.resolve(name + ".png")));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
