package org.continuityacademy.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.continuityacademy.IntegrationTest;
import org.continuityacademy.SignedIn;
import org.continuityacademy.audit.AuditTrail;
import org.continuityacademy.base.time.TestClock;
import org.continuityacademy.directory.EmployeeDirectory;
import org.continuityacademy.directory.EmployeeFilter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
class ServiceRegisterIT {

    @Autowired
    ServiceRegister register;
    @Autowired
    EmployeeDirectory directory;
    @Autowired
    AuditTrail audit;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;

    static String unique(String name) {
        return name + " " + System.nanoTime();
    }

    static ServiceDraft draft(String name, int rto, int mtpd, Set<Long> dependsOn) {
        return new ServiceDraft(name, "Takes premium payments", null, 1, rto, 15, mtpd,
                Set.of(new RequiredRole("it-recovery-lead", true)), dependsOn);
    }

    @Test
    @WithUserDetails("continuity")
    void the_continuity_manager_registers_a_service_and_the_audit_trail_records_it() {
        long ownerId = directory.search(new EmployeeFilter("priya", null, true), PageRequest.of(0, 1)).getFirst().id();
        var draft = new ServiceDraft(unique("Payments API"), "Takes premium payments", ownerId, 1, 120, 15, 24 * 60,
                Set.of(new RequiredRole("it-recovery-lead", true), new RequiredRole("service-owner", false)), Set.of());

        ServiceRow row = register.create(draft);

        assertThat(row.ownerName()).isEqualTo("Priya Raman");
        assertThat(row.requiredRoles()).extracting(RequiredRole::roleKey).containsExactly("it-recovery-lead", "service-owner");
        assertThat(audit.history(ServiceRegister.AUDIT_TYPE, String.valueOf(row.id()))).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("continuity");
            assertThat(e.action()).isEqualTo("service created");
            assertThat(e.before()).isNull();
            assertThat(e.after()).contains("RTO minutes: 120").contains("it-recovery-lead (+deputy)");
        });
    }

    @Test
    @WithUserDetails("continuity")
    void an_rto_longer_than_the_mtpd_is_refused_with_a_clear_message_and_nothing_is_stored() {
        long before = register.count(null);
        String name = unique("Claims Portal");

        assertThatThrownBy(() -> register.create(draft(name, 48 * 60, 24 * 60, Set.of())))
                .isInstanceOfSatisfying(ServiceRejected.class, e -> assertThat(e.problems().get("rto"))
                        .isEqualTo("RTO (2 days) is longer than the MTPD (1 day): the service must be back before the "
                                + "disruption becomes intolerable. Shorten the RTO or check the MTPD."));
        assertThat(register.count(null)).isEqualTo(before);
        assertThat(register.count(name)).isZero();
    }

    @Test
    @WithUserDetails("continuity")
    void names_are_unique_whatever_their_case() {
        String name = unique("Telephony");
        register.create(draft(name, 60, 240, Set.of()));
        assertThatThrownBy(() -> register.create(draft(name.toUpperCase(), 60, 240, Set.of())))
                .isInstanceOfSatisfying(ServiceRejected.class, e -> assertThat(e.problems().get("name")).contains("already in the register"));
    }

    @Test
    @WithUserDetails("continuity")
    void services_cannot_depend_on_each_other_in_a_circle() {
        ServiceRow network = register.create(draft(unique("Network"), 30, 120, Set.of()));
        ServiceRow email = register.create(draft(unique("E-mail"), 60, 240, Set.of(network.id())));

        assertThatThrownBy(() -> register.update(network.id(), draft(network.name(), 30, 120, Set.of(email.id()))))
                .isInstanceOfSatisfying(ServiceRejected.class, e -> assertThat(e.problems().get("dependsOn")).contains("circle"));
        assertThatThrownBy(() -> register.update(network.id(), draft(network.name(), 30, 120, Set.of(network.id()))))
                .isInstanceOfSatisfying(ServiceRejected.class, e -> assertThat(e.problems().get("dependsOn")).contains("itself"));
        assertThat(email.dependsOn()).containsExactly(network.name());
    }

    @Test
    @WithUserDetails("continuity")
    void required_roles_must_come_from_the_role_catalogue() {
        var unknown = new ServiceDraft(unique("Payroll"), "", null, 2, 60, 60, 600,
                Set.of(new RequiredRole("chief-wizard", false)), Set.of());
        assertThatThrownBy(() -> register.create(unknown)).isInstanceOfSatisfying(ServiceRejected.class,
                e -> assertThat(e.problems().get("roles")).contains("'chief-wizard' is not in the role catalogue"));
    }

    @Test
    @WithUserDetails("continuity")
    void a_change_is_audited_with_the_state_before_and_after() {
        ServiceRow row = register.create(draft(unique("Data warehouse"), 240, 2 * 24 * 60, Set.of()));
        register.update(row.id(), draft(row.name(), 180, 2 * 24 * 60, Set.of()));

        assertThat(audit.history(ServiceRegister.AUDIT_TYPE, String.valueOf(row.id()))).hasSize(2).last().satisfies(e -> {
            assertThat(e.before()).contains("RTO minutes: 240");
            assertThat(e.after()).contains("RTO minutes: 180");
        });
    }

    @Test
    @WithUserDetails("hr")
    void hr_reads_the_register_but_does_not_change_it() {
        assertThat(register.count(null)).isNotNegative();
        assertThatThrownBy(() -> register.create(draft(unique("HR attempt"), 60, 120, Set.of())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("learner")
    void a_learner_cannot_read_the_register() {
        assertThatThrownBy(() -> register.search(null, PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("continuity")
    void a_service_is_registered_and_changed_at_the_application_clocks_time() {
        clock.set(Instant.parse("2028-02-29T23:30:00Z"));
        ServiceRow row = register.create(draft(unique("Leap day billing"), 60, 240, Set.of()));
        clock.advance(Duration.ofDays(1));
        register.update(row.id(), draft(row.name(), 30, 240, Set.of()));

        // DATETIME columns hold UTC; read as text, so the JVM's time zone plays no part
        var times = jdbc.sql("select cast(created_at as char) c, cast(updated_at as char) u from critical_service where id = ?")
                .param(row.id()).query((rs, n) -> new String[] {rs.getString("c"), rs.getString("u")}).single();
        assertThat(times[0]).startsWith("2028-02-29 23:30");
        assertThat(times[1]).startsWith("2028-03-01 23:30");
    }

    @Test
    @WithUserDetails("continuity")
    void each_person_learns_the_services_they_own_and_no_one_elses() {
        long priya = jdbc.sql("select employee_id from account where username = 'continuity'").query(Long.class).single();
        long owned = register.create(new ServiceDraft(unique("Owned by Priya"), "Fixture", priya, 3, 480, 15, 2 * 24 * 60,
                Set.of(new RequiredRole("it-recovery-lead", false)), Set.of())).id();

        assertThat(register.ownedByMe()).contains(owned);
        assertThat(SignedIn.as(users, "learner", () -> register.ownedByMe())).doesNotContain(owned);
    }
}
