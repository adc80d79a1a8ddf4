package org.continuityacademy.learning.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.continuityacademy.Browsers;
import org.continuityacademy.IntegrationTest;
import org.continuityacademy.SignedIn;
import org.continuityacademy.catalogue.Catalogue;
import org.continuityacademy.catalogue.Question;
import org.continuityacademy.security.AppUserPrincipal;
import org.continuityacademy.training.TrainingRecords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.continuityacademy.training.QuizAnswers;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * In a real browser: a learner signs in, reads the module assigned to them, passes its quiz, sees the
 * completion and downloads the certificate. Everything the server sends before the answers are
 * submitted is recorded and searched for the questions' explanations: none may be there.
 */
@IntegrationTest
class LearnerJourneyBrowserIT {

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
    void a_learner_reads_an_assigned_module_passes_its_quiz_and_downloads_the_certificate() throws Exception {
        long lena = ((AppUserPrincipal) users.loadUserByUsername("learner")).employeeId();
        SignedIn.as(users, "hr", () -> {
            records.statusOf(lena).open().forEach(a -> records.waive(a.id(), "test set-up"));
            return records.assignByHand(List.of(lena), MODULE, LocalDate.now(clock).plusDays(7), "awareness for everyone");
        });
        String title = SignedIn.as(users, "learner", () -> catalogue.moduleInfo(List.of(MODULE)).get(MODULE).title());

        Page page = browsers.newPage(1280, 900);
        var sent = new CopyOnWriteArrayList<String>();
        page.onResponse(response -> {
            if (response.url().contains("v-r=uidl") || response.url().endsWith("/")) {
                try {
                    sent.add(response.text());
                } catch (RuntimeException ignored) {
                    // a response without a body
                }
            }
        });
        page.navigate("http://localhost:" + port + "/");
        Browsers.signIn(page, "learner", "demo");

        // My training: one clear way on
        Locator start = page.locator("#continue-training");
        assertThat(start).containsText(title);
        Browsers.screenshot(page, "learner-my-training");
        start.click();

        // the reader, section by section, to the quiz
        assertThat(page.getByText("min left")).isVisible();
        Browsers.screenshot(page, "learner-reader");
        Locator next = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next"));
        var counter = java.util.regex.Pattern.compile("Section (\\d+) of (\\d+)").matcher(page.getByText("min left").textContent());
        assertThat(counter.find()).isTrue();
        int sections = Integer.parseInt(counter.group(2));
        for (int section = Integer.parseInt(counter.group(1)); section < sections; section++) {
            next.click();
            assertThat(page.getByText("Section " + (section + 1) + " of " + sections)).isVisible();
        }
        // from here on, everything the server sends is recorded (the module's own text may say what an explanation says)
        sent.clear();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Take the quiz")).click();

        // the quiz: answer every question right, by its label
        page.waitForURL("**/quiz");
        Browsers.screenshot(page, "learner-quiz-open");
        assertThat(page.locator("h2").first()).hasText("Quiz: " + title);
        Locator boxes = page.locator(".academy-quiz-question");
        assertThat(boxes.first()).isVisible();
        long versionId = jdbc.sql("select module_version_id from quiz_attempt where employee_id = ? and status = 'OPEN'")
                .param(lena).query(Long.class).single();
        Map<String, Question> bank = SignedIn.as(users, "learner", () -> QuizAnswers.bank(catalogue, transactions, versionId));
        // the page names questions by place (question-1…), never by the bank's id: find each by its text
        @SuppressWarnings("unchecked")
        List<String> places = (List<String>) boxes.evaluateAll("els => els.map(e => e.id)");
        assertThat(places).hasSize(10).allMatch(id -> id.matches("question-\\d+"));
        List<String> drawn = places.stream().map(place -> bankId(bank, page.locator("#" + place))).toList();
        Browsers.screenshot(page, "learner-quiz");
        for (int i = 0; i < drawn.size(); i++) {
            Question q = bank.get(drawn.get(i));
            Locator box = page.locator("#" + places.get(i));
            for (Question.Option option : q.options()) {
                if (option.correct()) {
                    box.getByRole(q.multipleAnswer() ? AriaRole.CHECKBOX : AriaRole.RADIO,
                            new Locator.GetByRoleOptions().setName(option.text()).setExact(true)).check();
                }
            }
        }
        // nothing sent so far carries an explanation of a drawn question
        String before = String.join("\n", sent);
        for (String id : drawn) {
            String explanation = bank.get(id).explanation();
            // the whole explanation up to its first quotation mark (which JSON would escape)
            int quote = explanation.indexOf('"');
            String text = quote > 30 ? explanation.substring(0, quote) : explanation;
            assertThat(before).as("explanation of %s before submission", id).doesNotContain(text);
        }

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit answers")).click();
        assertThat(page.getByText("You passed")).isVisible();
        assertThat(page.getByText("Passed: 100%")).isVisible();
        // the recording works: after submission the explanations do arrive
        String after = String.join("\n", sent);
        assertThat(drawn.stream().map(id -> bank.get(id).explanation()).map(e -> e.indexOf('"') > 30 ? e.substring(0, e.indexOf('"')) : e))
                .anyMatch(after::contains);
        Browsers.screenshot(page, "learner-quiz-passed");

        // the certificate downloads and names the learner and the module
        Download download = page.waitForDownload(() -> page.getByText("Download your certificate (PDF)").click());
        byte[] pdf = Files.readAllBytes(download.path());
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Lena Novak", title);
        }

        // back home, the completion is listed with its certificate
        page.getByText("Back to my training").click();
        assertThat(page.getByText("Modules passed")).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download the certificate for " + title)).first())
                .isVisible();
        Browsers.screenshot(page, "learner-completed");
    }

    /** The bank id of the question a box shows, by its text ("3. text") and its scenario (several share a text). */
    static String bankId(Map<String, Question> bank, Locator box) {
        String text = flat(box.locator("[id$=-text]").textContent().replaceFirst("^\\s*\\d+\\.\\s*", ""));
        Locator shownScenario = box.locator(".academy-scenario");
        String scenario = shownScenario.count() == 0 ? null : flat(shownScenario.textContent());
        List<String> found = bank.values().stream().filter(q -> flat(q.text()).equals(text))
                .filter(q -> java.util.Objects.equals(q.scenario() == null ? null : flat(q.scenario()), scenario))
                .map(Question::id).toList();
        assertThat(found).as("the questions of the bank that read %s", text).hasSize(1);
        return found.getFirst();
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
