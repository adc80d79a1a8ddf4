package org.continuityacademy.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.continuityacademy.IntegrationTest;
import org.continuityacademy.SignedIn;
import org.continuityacademy.audit.AuditRow;
import org.continuityacademy.audit.AuditTrail;
import org.continuityacademy.base.db.ColumnSizes;
import org.continuityacademy.base.time.TestClock;
import org.continuityacademy.directory.TestAccounts;
import org.continuityacademy.training.AttemptView;
import org.continuityacademy.training.Quiz;
import org.continuityacademy.training.QuizQuestion;
import org.continuityacademy.training.TrainingRecords;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue #18, acceptance 1: the continuity manager changes the fallback phone number in the app; a learner's open module
 * shows the new number at once, the audit trail shows the change, and nobody is re-assigned: the module's version stays.
 * The module is a test fixture ({@code src/test/resources/fixtures/organisation-facts}) loaded beside the shipped content.
 */
@IntegrationTest
class OrganisationFactsIT {

    static final String MODULE = "fallback-check";
    static final String DEFAULT_PHONE = "0808 157 0192";
    static final String NEW_PHONE = "0808 157 0456";

    @Autowired
    Catalogue catalogue;
    @Autowired
    OrganisationFacts facts;
    @Autowired
    TrainingRecords records;
    @Autowired
    Quiz quiz;
    @Autowired
    AuditTrail audit;
    @Autowired
    ColumnSizes columnSizes;
    @Autowired
    UserDetailsService users;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock clock;

    FixtureContent content;

    @BeforeEach
    void loadTheShippedContentWithTheFixtureModule() throws IOException {
        content = FixtureContent.load(catalogue, "organisation-facts");
        assertThat(content.report.problems()).isEmpty();
    }

    @AfterEach
    void putTheShippedContentAndTheDefaultBack() throws IOException {
        SignedIn.as(users, "continuity", () -> facts.useDefault("fallback-phone"));
        content.close();
    }

    @Test
    void a_new_fallback_number_shows_in_a_learners_open_module_and_quiz_at_once_and_nobody_is_re_assigned() {
        var learner = learner("Fern", "Facts");
        SignedIn.as(users, "hr", () -> records.assignByHand(List.of(learner.employeeId()), MODULE,
                LocalDate.now(clock).plusDays(30), "checks the organisation's facts"));
        var opened = SignedIn.as(users, learner.email(), () -> records.openModule(MODULE));
        assertThat(opened.reading().sections().getFirst().html()).contains("ring " + DEFAULT_PHONE + " and say what you see")
                .contains("<a href=\"https://status.harbourline.example\"").doesNotContain("{{");
        assertThat(opened.reading().sections().get(1).html()).contains("The Chief Information Officer invokes the plan.");
        ModuleInfo before = opened.reading().module();
        long assignmentsBefore = assignments();
        long versionsBefore = versions();

        var changedFrom = clock.instant();
        var changed = SignedIn.as(users, "continuity", () -> facts.change("fallback-phone", "  " + NEW_PHONE + "\n"));

        assertThat(changed.value()).isEqualTo(NEW_PHONE);
        assertThat(changed.own()).isTrue();
        assertThat(changed.changedBy()).isEqualTo("continuity");
        assertThat(changed.changedAt()).isBetween(changedFrom, clock.instant());
        var reopened = SignedIn.as(users, learner.email(), () -> records.openModule(MODULE));
        assertThat(reopened.reading().sections().getFirst().html()).contains("ring " + NEW_PHONE).doesNotContain(DEFAULT_PHONE);
        assertThat(reopened.reading().module()).isEqualTo(before);
        assertThat(reopened.assignment().id()).isEqualTo(opened.assignment().id());
        assertThat(assignments()).as("no assignment created or re-opened").isEqualTo(assignmentsBefore);
        assertThat(versions()).as("no new version of the module").isEqualTo(versionsBefore);

        AttemptView attempt = SignedIn.as(users, learner.email(), () -> quiz.start(opened.assignment().id()));
        // every question of the fixture names the number: whichever was drawn shows the new one
        QuizQuestion drawn = attempt.questions().getFirst();
        String shown = drawn.scenario() + " " + drawn.text() + " "
                + String.join(" ", drawn.options().stream().map(QuizQuestion.Option::text).toList());
        assertThat(shown).contains(NEW_PHONE).doesNotContain(DEFAULT_PHONE).doesNotContain("{{");

        List<AuditRow> trail = SignedIn.as(users, "continuity", () -> audit.history(OrganisationFacts.AUDIT_TYPE, "fallback-phone"));
        assertThat(trail.getLast()).satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("organisation fact changed");
            assertThat(entry.actor()).isEqualTo("continuity");
            assertThat(entry.before()).isEqualTo("default: " + DEFAULT_PHONE);
            assertThat(entry.after()).isEqualTo(NEW_PHONE);
        });
    }

    @Test
    void back_to_the_default_is_audited_and_the_module_says_the_default_again() {
        var learner = learner("Dora", "Default");
        SignedIn.as(users, "hr", () -> records.assignByHand(List.of(learner.employeeId()), MODULE,
                LocalDate.now(clock).plusDays(30), "checks the organisation's facts"));
        SignedIn.as(users, "continuity", () -> facts.change("fallback-phone", NEW_PHONE));

        var reset = SignedIn.as(users, "continuity", () -> facts.useDefault("fallback-phone"));

        assertThat(reset.value()).isEqualTo(DEFAULT_PHONE);
        assertThat(reset.own()).isFalse();
        assertThat(SignedIn.as(users, learner.email(), () -> records.openModule(MODULE)).reading().sections().getFirst().html())
                .contains(DEFAULT_PHONE);
        assertThat(SignedIn.as(users, "continuity", () -> audit.history(OrganisationFacts.AUDIT_TYPE, "fallback-phone")).getLast())
                .satisfies(entry -> {
                    assertThat(entry.action()).isEqualTo("organisation fact reset");
                    assertThat(entry.before()).isEqualTo(NEW_PHONE);
                    assertThat(entry.after()).isEqualTo("default: " + DEFAULT_PHONE);
                });
    }

    @Test
    void an_empty_or_too_long_value_is_refused_naming_the_fact_and_nothing_changes() {
        int trailBefore = SignedIn.as(users, "continuity", () -> audit.history(OrganisationFacts.AUDIT_TYPE, "fallback-phone")).size();

        SignedIn.as(users, "continuity", () -> {
            assertThatThrownBy(() -> facts.change("fallback-phone", "  \n ")).isInstanceOf(FactRefused.class)
                    .hasMessage("Fallback phone number: enter a value, or use the default");
            assertThatThrownBy(() -> facts.change("fallback-phone", "0".repeat(501))).isInstanceOf(FactRefused.class)
                    .hasMessageContaining("Fallback phone number").hasMessageContaining("500");
            assertThatThrownBy(() -> facts.change("no-such-fact", "x")).isInstanceOf(FactRefused.class)
                    .hasMessageContaining("no-such-fact");
            return null;
        });

        var now = SignedIn.as(users, "continuity", () -> facts.facts()).stream().filter(f -> f.key().equals("fallback-phone"))
                .findFirst().orElseThrow();
        assertThat(now.value()).isEqualTo(DEFAULT_PHONE);
        assertThat(SignedIn.as(users, "continuity", () -> audit.history(OrganisationFacts.AUDIT_TYPE, "fallback-phone")))
                .hasSize(trailBefore);
    }

    @Test
    void only_the_continuity_manager_changes_a_fact_and_administrators_read_them() {
        for (String who : List.of("learner", "hr", "manager", "admin")) {
            SignedIn.as(users, who, () -> {
                assertThatThrownBy(() -> facts.change("fallback-phone", NEW_PHONE)).as(who).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> facts.useDefault("fallback-phone")).as(who).isInstanceOf(AccessDeniedException.class);
                return null;
            });
        }
        for (String who : List.of("learner", "hr", "manager")) {
            SignedIn.as(users, who, () -> assertThatThrownBy(() -> facts.facts()).as(who).isInstanceOf(AccessDeniedException.class));
        }
        assertThat(SignedIn.as(users, "admin", () -> facts.facts())).extracting(OrganisationFactRow::key)
                .startsWith("organisation-name", "fallback-phone");
        assertThat(SignedIn.as(users, "continuity", () -> facts.facts())).extracting(OrganisationFactRow::value)
                .contains(DEFAULT_PHONE);
    }

    @Test
    void an_unknown_placeholder_keeps_the_new_version_out_and_the_last_one_served() throws IOException {
        Path module = content.folder.resolve("modules/" + MODULE + "/module.md");
        Files.writeString(module, Files.readString(module).replace("version: 1.0.0", "version: 1.1.0")
                .replace("and say what you see.", "and say what you see.\nThen tell {{line-manger}}."));

        var report = content.reload();

        assertThat(report.problems()).singleElement().satisfies(p -> assertThat(p)
                .isEqualTo("modules/fallback-check/module.md:19: unknown placeholder {{line-manger}}: organisation.yaml defines no"
                        + " fact 'line-manger' (its facts: " + String.join(", ", facts.keysInContent().stream().sorted().toList())
                        + ")"));
        assertThat(SignedIn.as(users, "continuity", () -> catalogue.modules())).filteredOn(m -> m.id().equals(MODULE))
                .singleElement().satisfies(m -> {
                    assertThat(m.version()).isEqualTo("1.0.0");
                    assertThat(m.waitingProblems()).isNotEmpty();
                });
    }

    @Test
    void the_lengths_organisation_yaml_may_use_are_the_columns() {
        assertThat(columnSizes.max("organisation_fact", "fact_key")).isEqualTo(OrganisationFactsParser.KEY_MAX);
        assertThat(columnSizes.max("organisation_fact", "label")).isEqualTo(OrganisationFactsParser.LABEL_MAX);
        assertThat(columnSizes.max("organisation_fact", "description")).isEqualTo(OrganisationFactsParser.DESCRIPTION_MAX);
        assertThat(columnSizes.max("organisation_fact", "default_value")).isEqualTo(OrganisationFactsParser.VALUE_MAX);
        assertThat(columnSizes.max("organisation_fact", "own_value")).isEqualTo(OrganisationFactsParser.VALUE_MAX);
    }

    /** A learner of our own, so that the demo people's training stays as other tests expect it. */
    private TestAccounts.Person learner(String first, String last) {
        var person = TestAccounts.newcomer(context, first, last);
        TestAccounts.setPassword(context, person.accountId(), "a long test passphrase");
        return person;
    }

    private long assignments() {
        return jdbc.sql("select count(*) from training_assignment where module_id = ?").param(MODULE).query(Long.class).single();
    }

    private long versions() {
        return jdbc.sql("select count(*) from training_module_version where module_id = ?").param(MODULE).query(Long.class).single();
    }
}
