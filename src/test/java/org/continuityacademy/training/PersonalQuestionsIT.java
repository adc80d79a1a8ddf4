package org.continuityacademy.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.continuityacademy.IntegrationTest;
import org.continuityacademy.SignedIn;
import org.continuityacademy.catalogue.Catalogue;
import org.continuityacademy.catalogue.Question;
import org.continuityacademy.continuity.AssignRole;
import org.continuityacademy.continuity.ContinuityRoles;
import org.continuityacademy.continuity.Position;
import org.continuityacademy.directory.TestAccounts;
import org.continuityacademy.services.RequiredRole;
import org.continuityacademy.services.ServiceDraft;
import org.continuityacademy.services.ServiceRegister;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Questions about the learner's own service: a recovery lead's quiz names one of their services and its targets as the
 * register states them, scored like any other question; a learner who holds no service gets the general wording.
 */
@IntegrationTest
class PersonalQuestionsIT {

    static final String MODULE = "role-it-recovery-lead";

    @Autowired
    ApplicationContext context;
    @Autowired
    Quiz quiz;
    @Autowired
    TrainingRecords records;
    @Autowired
    Catalogue catalogue;
    @Autowired
    ContinuityRoles roles;
    @Autowired
    ServiceRegister services;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    java.time.Clock clock;

    @Test
    void a_recovery_lead_is_asked_about_their_own_service_and_its_targets_from_the_register() {
        var lead = TestAccounts.newcomer(context, "Rhea", "Quayle");
        TestAccounts.setPassword(context, lead.accountId(), "the card switch fails over at night");
        String name = "Card switch " + Long.toString(System.nanoTime(), 36);
        long service = service(name, 45, 0, 3 * 60);
        SignedIn.as(users, "continuity", () -> roles.assign(new AssignRole(lead.employeeId(), "it-recovery-lead", service,
                Position.PRIMARY, "runs the card switch", LocalDate.now(clock), null, false)));

        AttemptView view = SignedIn.as(users, lead.email(), () -> quiz.start(assignment()));

        Map<String, Question> bank = SignedIn.as(users, lead.email(), () -> QuizAnswers.bank(catalogue, transactions, jdbc, view));
        List<QuizQuestion> personal = view.questions().stream().filter(q -> bank.get(q.id()).personal() != null).toList();
        assertThat(personal).as("questions about the lead's own service in every attempt").hasSize(Quiz.PERSONAL_PER_ATTEMPT);
        assertThat(personal).allSatisfy(q -> assertThat(q.text()).startsWith("Your service " + name + " has an R"));
        assertThat(personal).as("the RTO or the RPO, as the register states it")
                .allSatisfy(q -> assertThat(q.text()).containsAnyOf("an RTO of 45 minutes", "an RPO of zero (no data loss)"));
        assertThat(view.toString()).doesNotContain("{{");

        // the register changes while the attempt is open: the attempt keeps the words the learner is answering
        SignedIn.as(users, "continuity", () -> services.update(service, new ServiceDraft(name, "Card payments", null, 1, 30, 0,
                3 * 60, Set.of(new RequiredRole("it-recovery-lead", true)), Set.of())));
        AttemptView again = SignedIn.as(users, lead.email(), () -> quiz.start(view.assignmentId()));
        assertThat(again.questions()).isEqualTo(view.questions());

        // scored on the server like every question; after a pass the explanations name the service too
        AttemptResult result = SignedIn.as(users, lead.email(), () -> quiz.submit(view.attemptId(),
                QuizAnswers.answers(catalogue, transactions, jdbc, view, 10)));
        assertThat(result.passed()).isTrue();
        assertThat(result.feedback()).filteredOn(f -> personal.stream().anyMatch(p -> p.id().equals(f.question().id())))
                .hasSize(Quiz.PERSONAL_PER_ATTEMPT)
                .allSatisfy(f -> {
                    assertThat(f.right()).isTrue();
                    assertThat(f.explanation()).contains(name);
                });
    }

    @Test
    void a_learner_who_holds_no_service_gets_the_general_wording() {
        var learner = TestAccounts.newcomer(context, "Gene", "Ralwording");
        TestAccounts.setPassword(context, learner.accountId(), "the card switch fails over at night");
        SignedIn.as(users, "hr", () -> records.assignByHand(List.of(learner.employeeId()), MODULE,
                LocalDate.now(clock).plusDays(7), "no service of their own"));

        AttemptView view = SignedIn.as(users, learner.email(), () -> quiz.start(assignment()));

        Map<String, Question> bank = SignedIn.as(users, learner.email(), () -> QuizAnswers.bank(catalogue, transactions, jdbc, view));
        view.questions().forEach(q -> assertThat(q.text()).isEqualTo(bank.get(q.id()).text()));
        assertThat(view.toString()).doesNotContain("Your service").doesNotContain("{{");
    }

    /** The signed-in learner's open assignment of the module. */
    private long assignment() {
        return records.myTraining().open().stream().filter(a -> a.moduleId().equals(MODULE)).findFirst().orElseThrow().id();
    }

    private long service(String name, int rto, int rpo, int mtpd) {
        return SignedIn.as(users, "continuity", () -> services.create(new ServiceDraft(name, "Card payments", null, 1, rto, rpo,
                mtpd, Set.of(new RequiredRole("it-recovery-lead", true)), Set.of())).id());
    }
}
