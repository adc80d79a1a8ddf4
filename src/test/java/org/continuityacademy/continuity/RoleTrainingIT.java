package org.continuityacademy.continuity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.continuityacademy.IntegrationTest;
import org.continuityacademy.SignedIn;
import org.continuityacademy.TestRecords;
import org.continuityacademy.base.time.TestClock;
import org.continuityacademy.services.RequiredRole;
import org.continuityacademy.services.ServiceDraft;
import org.continuityacademy.services.ServiceRegister;
import org.continuityacademy.training.TrainingRecords;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The training a continuity role brings follows only a role assignment that the caller made, inside the transaction
 * that made it ({@link TrainingRecords#assignForRole}, {@link TrainingRecords#releaseRole}); the holders of a service reach
 * a manager only for a service their reporting line holds a role for. The denials, and the grants that every caller of
 * these methods relies on. People are new in each test: Nia reports to Marcus (the demo manager), Otto to nobody.
 */
@IntegrationTest
class RoleTrainingIT {

    static final List<String> RECOVERY_LEAD_MODULES = org.continuityacademy.RoleModules.RECOVERY_LEAD;

    @Autowired
    ContinuityRoles roles;
    @Autowired
    ServiceRegister services;
    @Autowired
    TrainingRecords training;
    @Autowired
    UserDetailsService users;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock clock;

    long serviceId;
    long nia;
    long otto;

    @BeforeEach
    void aServiceAndTwoNewPeople() {
        var records = new TestRecords(jdbc, clock);
        long marcus = jdbc.sql("select employee_id from account where username = 'manager'").query(Long.class).single();
        nia = records.employee("Nia", "Linehold", marcus);
        otto = records.employee("Otto", "Outside", null);
        serviceId = SignedIn.as(users, "continuity", () -> services.create(new ServiceDraft("Role training " + System.nanoTime(),
                "Fixture", null, 1, 120, 15, 24 * 60, Set.of(new RequiredRole("it-recovery-lead", true)), Set.of())).id());
    }

    private AssignRole primary(long who, boolean replace) {
        return new AssignRole(who, "it-recovery-lead", serviceId, Position.PRIMARY, "knows the platform", LocalDate.now(clock), null,
                replace);
    }

    private List<String> openRoleModules(long employeeId) {
        return jdbc.sql("select module_id from training_assignment where employee_id = ? and status = 'OPEN' and origin = 'ROLE'"
                + " order by module_id").param(employeeId).query(String.class).list();
    }

    // --- denials -------------------------------------------------------------------------------------------

    @Test
    @WithUserDetails("manager")
    void a_manager_cannot_assign_or_release_role_training_for_an_assignment_someone_else_made_or_ended() {
        long made = SignedIn.as(users, "continuity", () -> roles.assign(primary(otto, false)).id());

        assertThatThrownBy(() -> transactions.execute(status -> training.assignForRole(made, "IT Recovery Lead")))
                .isInstanceOf(AccessDeniedException.class);
        SignedIn.as(users, "continuity", () -> {
            roles.end(made, "test over");
            return null;
        });
        assertThatThrownBy(() -> transactions.execute(status -> training.releaseRole(made, "no longer needed")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(openRoleModules(otto)).as("the continuity manager's ending released them, nobody else's call").isEmpty();
    }

    @Test
    @WithUserDetails("continuity")
    void role_training_refuses_an_assignment_that_is_not_current_or_does_not_exist() {
        long made = roles.assign(primary(otto, false)).id();
        roles.end(made, "test over");

        assertThatThrownBy(() -> transactions.execute(status -> training.assignForRole(made, "IT Recovery Lead")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> transactions.execute(status -> training.assignForRole(-1, "IT Recovery Lead")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> transactions.execute(status -> training.releaseRole(-1, "why")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("continuity")
    void role_training_is_no_entry_point_for_a_view_which_has_no_transaction() {
        long made = roles.assign(primary(otto, false)).id();

        assertThatThrownBy(() -> training.assignForRole(made, "IT Recovery Lead")).isInstanceOf(IllegalTransactionStateException.class);
        assertThatThrownBy(() -> training.releaseRole(made, "why")).isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    @WithUserDetails("learner")
    void a_learner_may_not_call_role_training_at_all() {
        assertThatThrownBy(() -> transactions.execute(status -> training.assignForRole(1, "IT Recovery Lead")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> transactions.execute(status -> training.releaseRole(1, "why")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("manager")
    void a_manager_reads_the_holders_of_a_service_their_line_holds_a_role_for_and_of_no_other() {
        SignedIn.as(users, "continuity", () -> roles.assign(primary(otto, false)));
        assertThat(roles.holders(serviceId)).as("nobody of Marcus's line holds a role for it").isEmpty();
        assertThat(SignedIn.as(users, "hr", () -> roles.holders(serviceId))).extracting(AssignmentRow::employeeName)
                .containsExactly("Otto Outside");

        SignedIn.as(users, "continuity", () -> roles.assign(new AssignRole(nia, "it-recovery-lead", serviceId, Position.DEPUTY,
                "backs Otto up", LocalDate.now(clock), null, false)));
        assertThat(roles.holders(serviceId)).as("now Nia holds one, Marcus sees the service's holders")
                .extracting(AssignmentRow::employeeName).containsExactlyInAnyOrder("Otto Outside", "Nia Linehold");
    }

    @Test
    @WithUserDetails("learner")
    void a_learner_reads_no_service_holders() {
        assertThatThrownBy(() -> roles.holders(serviceId)).isInstanceOf(AccessDeniedException.class);
    }

    // --- grants: what the continuity roles service does with them keeps working ------------------------------

    @Test
    @WithUserDetails("manager")
    void a_manager_gives_someone_in_their_line_a_role_and_its_training_comes_and_goes_with_it() {
        var row = roles.assign(primary(nia, false));
        assertThat(openRoleModules(nia)).containsExactlyElementsOf(RECOVERY_LEAD_MODULES);

        roles.end(row.id(), "moved to another team");
        assertThat(openRoleModules(nia)).isEmpty();
    }

    @Test
    @WithUserDetails("manager")
    void a_manager_who_replaces_a_primary_from_another_line_releases_that_persons_role_training() {
        SignedIn.as(users, "continuity", () -> roles.assign(primary(otto, false)));
        assertThat(openRoleModules(otto)).containsExactlyElementsOf(RECOVERY_LEAD_MODULES);

        roles.assign(primary(nia, true));

        assertThat(openRoleModules(otto)).isEmpty();
        assertThat(openRoleModules(nia)).containsExactlyElementsOf(RECOVERY_LEAD_MODULES);
    }

    @Test
    @WithUserDetails("continuity")
    void training_still_required_by_another_role_the_person_holds_stays_when_one_role_ends() {
        long other = services.create(new ServiceDraft("Role training other " + System.nanoTime(), "Fixture", null, 2, 240, 15,
                24 * 60, Set.of(new RequiredRole("it-recovery-lead", false)), Set.of())).id();
        var first = roles.assign(primary(otto, false));
        roles.assign(new AssignRole(otto, "it-recovery-lead", other, Position.PRIMARY, "also this one", LocalDate.now(clock), null,
                false));

        roles.end(first.id(), "handed over");

        assertThat(openRoleModules(otto)).as("the other service's role still needs them").containsExactlyElementsOf(RECOVERY_LEAD_MODULES);
    }
}
