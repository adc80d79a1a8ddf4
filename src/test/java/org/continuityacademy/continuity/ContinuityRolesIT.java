package org.continuityacademy.continuity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.continuityacademy.IntegrationTest;
import org.continuityacademy.SignedIn;
import org.continuityacademy.TestRecords;
import org.continuityacademy.audit.AuditTrail;
import org.continuityacademy.base.time.TestClock;
import org.continuityacademy.directory.EmployeeDirectory;
import org.continuityacademy.directory.EmployeeFilter;
import org.continuityacademy.services.RequiredRole;
import org.continuityacademy.services.ServiceDraft;
import org.continuityacademy.services.ServiceRegister;
import org.continuityacademy.training.AssignmentOrigin;
import org.continuityacademy.training.TrainingAssignmentRow;
import org.continuityacademy.training.TrainingRecords;
import org.continuityacademy.training.TrainingState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@IntegrationTest
@RecordApplicationEvents
class ContinuityRolesIT {

    @Autowired
    ContinuityRoles roles;
    @Autowired
    ServiceRegister services;
    @Autowired
    EmployeeDirectory directory;
    @Autowired
    AuditTrail audit;
    @Autowired
    UserDetailsService users;
    @Autowired
    ApplicationEvents events;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired
    TrainingRecords training;
    @Autowired
    TestClock clock;

    long serviceId;
    long lena;
    long priya;
    long thomas;

    @BeforeEach
    void aServiceAndSomePeople() {
        serviceId = SignedIn.as(users, "continuity", () -> services.create(new ServiceDraft("Payments API " + System.nanoTime(),
                "Premium payments", null, 1, 120, 15, 24 * 60, Set.of(new RequiredRole("it-recovery-lead", true)), Set.of())).id());
        lena = person("lena.novak");
        priya = person("priya.raman");
        thomas = person("thomas.adams");
    }

    private long person(String email) {
        return SignedIn.as(users, "hr", () -> directory.search(new EmployeeFilter(email, null, true), PageRequest.of(0, 1)).getFirst().id());
    }

    /** Valid from the organisation's today. */
    private AssignRole assign(long who, String role, Long service, Position position, boolean replace) {
        return new AssignRole(who, role, service, position, "knows the platform", LocalDate.now(clock), null, replace);
    }

    @Test
    @WithUserDetails("continuity")
    void the_continuity_manager_assigns_a_service_role_and_it_is_audited_and_announced() {
        var row = roles.assign(assign(lena, "it-recovery-lead", serviceId, Position.PRIMARY, false));

        assertThat(row.employeeName()).isEqualTo("Lena Novak");
        assertThat(row.roleName()).isEqualTo("IT Recovery Lead");
        assertThat(row.position()).isEqualTo(Position.PRIMARY);
        assertThat(audit.history(ContinuityRoles.AUDIT_TYPE, String.valueOf(row.id()))).singleElement()
                .satisfies(e -> assertThat(e.summary()).isEqualTo("Lena Novak became primary IT Recovery Lead for " + row.serviceName()));
        assertThat(events.stream(RoleAssigned.class)).anySatisfy(e -> assertThat(e.assignmentId()).isEqualTo(row.id()));
        // Lena hears of it, with the training the role brings
        String body = jdbc.sql("select body from notification where recipient_id = ? and kind = 'ASSIGNED' and subject = ?")
                .params(lena, "You are now primary IT Recovery Lead for " + row.serviceName()).query(String.class).single();
        assertThat(body).contains("Your role: IT Recovery Lead");
    }

    @Test
    @WithUserDetails("continuity")
    void a_service_has_one_primary_per_role_and_a_new_one_replaces_the_old_only_when_confirmed() {
        roles.assign(assign(lena, "it-recovery-lead", serviceId, Position.PRIMARY, false));

        assertThatThrownBy(() -> roles.assign(assign(thomas, "it-recovery-lead", serviceId, Position.PRIMARY, false)))
                .isInstanceOfSatisfying(AssignmentRefused.class, e -> {
                    assertThat(e.currentPrimary()).isEqualTo("Lena Novak");
                    assertThat(e.getMessage()).contains("Lena Novak is the primary IT Recovery Lead").contains("Replace them with Thomas Adams?");
                });
        assertThat(roles.holders(serviceId)).extracting(AssignmentRow::employeeName).containsExactly("Lena Novak");

        roles.assign(assign(thomas, "it-recovery-lead", serviceId, Position.PRIMARY, true));

        assertThat(roles.holders(serviceId)).extracting(AssignmentRow::employeeName).containsExactly("Thomas Adams");
        assertThat(roles.history(lena)).filteredOn(a -> serviceId == (a.serviceId() == null ? -1 : a.serviceId()))
                .singleElement().satisfies(a -> {
                    assertThat(a.current()).isFalse();
                    assertThat(a.endReason()).isEqualTo("replaced by Thomas Adams");
                });
    }

    @Test
    @WithUserDetails("continuity")
    void the_deputy_is_not_the_primary() {
        roles.assign(assign(lena, "it-recovery-lead", serviceId, Position.PRIMARY, false));
        assertThatThrownBy(() -> roles.assign(assign(lena, "it-recovery-lead", serviceId, Position.DEPUTY, false)))
                .isInstanceOfSatisfying(AssignmentRefused.class, e -> assertThat(e.getMessage()).contains("already holds IT Recovery Lead"));
        roles.assign(assign(thomas, "it-recovery-lead", serviceId, Position.DEPUTY, false));
        assertThat(roles.holders(serviceId)).extracting(AssignmentRow::position).containsExactlyInAnyOrder(Position.PRIMARY, Position.DEPUTY);
    }

    @Test
    @WithUserDetails("continuity")
    void roles_are_held_where_the_catalogue_says() {
        assertThatThrownBy(() -> roles.assign(assign(lena, "it-recovery-lead", null, Position.PRIMARY, false)))
                .hasMessageContaining("is held for a critical service: choose the service");
        assertThatThrownBy(() -> roles.assign(assign(lena, "incident-commander", serviceId, Position.PRIMARY, false)))
                .hasMessageContaining("is held for the whole organisation");
        assertThatThrownBy(() -> roles.assign(assign(lena, "all-staff", null, Position.PRIMARY, false)))
                .hasMessageContaining("Everyone holds 'All staff' already");
        assertThatThrownBy(() -> roles.assign(assign(lena, "chief-wizard", null, Position.PRIMARY, false)))
                .hasMessageContaining("'chief-wizard' is not a role in the role catalogue");
    }

    @Test
    @WithUserDetails("manager")
    void a_manager_assigns_roles_within_their_reporting_line_only() {
        var row = roles.assign(assign(lena, "it-recovery-lead", serviceId, Position.DEPUTY, false));
        assertThat(row.employeeName()).isEqualTo("Lena Novak");

        assertThatThrownBy(() -> roles.assign(assign(priya, "it-recovery-lead", serviceId, Position.DEPUTY, false)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> roles.history(priya)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("hr")
    void hr_does_not_assign_service_roles() {
        assertThatThrownBy(() -> roles.assign(assign(lena, "it-recovery-lead", serviceId, Position.PRIMARY, false)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("learner")
    void a_learner_sees_their_roles_and_their_deputy_but_cannot_assign() {
        SignedIn.as(users, "continuity", () -> {
            roles.assign(assign(lena, "it-recovery-lead", serviceId, Position.PRIMARY, false));
            return roles.assign(assign(thomas, "it-recovery-lead", serviceId, Position.DEPUTY, false));
        });

        var cards = roles.myRoles();

        assertThat(cards.getFirst().role().key()).isEqualTo("all-staff");
        assertThat(cards).anySatisfy(c -> {
            assertThat(c.role().key()).isEqualTo("it-recovery-lead");
            assertThat(c.position()).isEqualTo(Position.PRIMARY);
            assertThat(c.partners()).isEqualTo("Deputy: Thomas Adams");
        });
        assertThatThrownBy(() -> roles.assign(assign(lena, "incident-commander", null, Position.PRIMARY, false)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("continuity")
    void an_ended_role_is_listed_as_vacant_until_someone_takes_it_and_a_replacement_leaves_no_gap() {
        var lenaRole = roles.assign(assign(lena, "it-recovery-lead", serviceId, Position.PRIMARY, false));
        roles.assign(assign(thomas, "it-recovery-lead", serviceId, Position.PRIMARY, true));
        assertThat(roles.openVacancies()).noneMatch(v -> v.serviceId() == serviceId);

        var thomasRole = roles.holders(serviceId).getFirst();
        roles.end(thomasRole.id(), "moved to the Leeds office");
        assertThat(roles.openVacancies()).filteredOn(v -> v.serviceId() == serviceId).singleElement().satisfies(v -> {
            assertThat(v.previousHolder()).isEqualTo("Thomas Adams");
            assertThat(v.position()).isEqualTo(Position.PRIMARY);
            assertThat(v.roleName()).isEqualTo("IT Recovery Lead");
            assertThat(v.reason()).isEqualTo("moved to the Leeds office");
        });

        roles.assign(assign(priya, "it-recovery-lead", serviceId, Position.PRIMARY, false));
        assertThat(roles.openVacancies()).noneMatch(v -> v.serviceId() == serviceId);
        assertThat(lenaRole.current()).isTrue();
    }

    @Test
    @WithUserDetails("learner")
    void the_owner_of_a_service_is_alerted_to_its_vacant_roles() {
        long owned = SignedIn.as(users, "continuity", () -> {
            long id = services.create(new ServiceDraft("Owned by Lena " + System.nanoTime(), "", lena, 3, 60, 60, 600,
                    Set.of(new RequiredRole("it-recovery-lead", false)), Set.of())).id();
            var row = roles.assign(assign(thomas, "it-recovery-lead", id, Position.PRIMARY, false));
            roles.end(row.id(), "on long leave");
            return id;
        });

        assertThat(roles.vacanciesOnMyServices()).filteredOn(v -> v.serviceId() == owned).singleElement()
                .satisfies(v -> assertThat(v.reason()).isEqualTo("on long leave"));
        assertThatThrownBy(() -> roles.openVacancies()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("continuity")
    void ending_an_assignment_keeps_it_in_the_history() {
        var row = roles.assign(assign(priya, "it-recovery-lead", serviceId, Position.PRIMARY, false));
        roles.end(row.id(), "moved to another team");

        assertThat(roles.holders(serviceId)).isEmpty();
        assertThat(roles.history(priya)).anySatisfy(a -> {
            assertThat(a.id()).isEqualTo(row.id());
            assertThat(a.endReason()).isEqualTo("moved to another team");
            assertThat(a.endedBy()).isEqualTo("continuity");
        });
        assertThat(events.stream(RoleAssignmentEnded.class)).anySatisfy(e -> assertThat(e.assignmentId()).isEqualTo(row.id()));
    }

    @Test
    @WithUserDetails("continuity")
    void an_assignment_its_end_and_the_vacancy_it_leaves_take_their_time_from_the_application_clock() {
        clock.set(Instant.parse("2028-02-29T23:30:00Z"));
        Instant assigning = clock.instant();
        var row = roles.assign(assign(lena, "it-recovery-lead", serviceId, Position.PRIMARY, false));
        assertThat(row.assignedAt()).isBetween(assigning, clock.instant());
        assertThat(row.validFrom()).isEqualTo(LocalDate.of(2028, 2, 29));

        clock.advance(Duration.ofDays(3));
        Instant ending = clock.instant();
        roles.end(row.id(), "moved to the Leeds office");

        assertThat(roles.history(lena)).filteredOn(a -> a.id() == row.id()).singleElement()
                .satisfies(a -> assertThat(a.endedAt()).isBetween(ending, clock.instant()));
        assertThat(roles.openVacancies()).filteredOn(v -> v.serviceId() == serviceId).singleElement()
                .satisfies(v -> assertThat(v.vacatedAt()).isBetween(ending, clock.instant()));
    }

    @Test
    @WithUserDetails("continuity")
    void a_new_role_assigns_its_modules_due_by_the_tier_and_skips_current_completions() {
        var records = new TestRecords(jdbc, clock);
        long eve = records.employee("Eve", "Evans", null);
        records.completion(eve, "the-continuity-plan", clock.instant(), clock.instant().plus(Duration.ofDays(365)));

        roles.assign(new AssignRole(eve, "it-recovery-lead", serviceId, Position.PRIMARY, "fixture", LocalDate.now(clock), null, false));

        List<TrainingAssignmentRow> open = training.statusOf(eve).open();
        assertThat(open).extracting(TrainingAssignmentRow::moduleId).containsExactlyInAnyOrder("knowing-our-critical-services",
                "recovering-from-a-cyber-attack", "reflect-and-refine", "rehearsals-and-vigilance", "responding-to-the-real-thing",
                "role-it-recovery-lead", "supplier-and-cloud-outages");
        String serviceName = services.summary(serviceId).orElseThrow().name();
        assertThat(open).allSatisfy(a -> {
            assertThat(a.origin()).isEqualTo(AssignmentOrigin.ROLE);
            assertThat(a.dueOn()).isEqualTo(LocalDate.now(clock).plusDays(14)); // tier 1
            assertThat(a.state()).isEqualTo(TrainingState.ASSIGNED);
            assertThat(a.reason()).isEqualTo("Required for IT Recovery Lead for " + serviceName);
        });

        long fay = records.employee("Fay", "Fisher", null);
        roles.assign(new AssignRole(fay, "service-owner", ownedService(), Position.PRIMARY, "fixture", LocalDate.now(clock), null, false));
        assertThat(training.statusOf(fay).open()).isNotEmpty()
                .allSatisfy(a -> assertThat(a.dueOn()).isEqualTo(LocalDate.now(clock).plusDays(60))); // tier 3
    }

    @Test
    @WithUserDetails("continuity")
    void ending_a_role_waives_what_only_that_role_required_and_keeps_completions() {
        var records = new TestRecords(jdbc, clock);
        long gus = records.employee("Gus", "Green", null);
        records.completion(gus, "role-it-recovery-lead", clock.instant(), clock.instant().plus(Duration.ofDays(365)));
        var lead = roles.assign(new AssignRole(gus, "it-recovery-lead", serviceId, Position.DEPUTY, "backup for the API",
                LocalDate.now(clock), null, false));
        var owner = roles.assign(new AssignRole(gus, "service-owner", ownedService(), Position.PRIMARY, "owns it",
                LocalDate.now(clock), null, false));
        // Service Owner needs knowing-our-critical-services, rehearsals-and-vigilance and the-continuity-plan too

        roles.end(lead.id(), "moved to another team");

        var status = training.statusOf(gus);
        assertThat(status.open()).extracting(TrainingAssignmentRow::moduleId)
                .contains("knowing-our-critical-services", "rehearsals-and-vigilance", "the-continuity-plan", "role-service-owner")
                .doesNotContain("responding-to-the-real-thing");
        assertThat(status.assignments()).filteredOn(a -> a.moduleId().equals("responding-to-the-real-thing")).singleElement()
                .satisfies(a -> {
                    assertThat(a.state()).isEqualTo(TrainingState.WAIVED);
                    assertThat(a.closeReason()).isEqualTo("No longer needed: IT Recovery Lead ended (moved to another team)");
                });
        assertThat(status.completions()).extracting(c -> c.moduleId()).containsExactly("role-it-recovery-lead");

        roles.end(owner.id(), "left the service");
        assertThat(training.statusOf(gus).open()).isEmpty();
    }

    /** A tier 3 service that needs a Service Owner. */
    private long ownedService() {
        return services.create(new ServiceDraft("Intranet " + System.nanoTime(), "Fixture", null, 3, 480, 15, 2 * 24 * 60,
                Set.of(new RequiredRole("service-owner", false)), Set.of())).id();
    }
}
