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
import org.continuityacademy.base.time.AwkwardDates;
import org.continuityacademy.base.time.TestClock;
import org.continuityacademy.security.AppUserPrincipal;
import org.continuityacademy.services.RequiredRole;
import org.continuityacademy.services.ServiceDraft;
import org.continuityacademy.services.ServiceRegister;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Readiness on a small world with answers worked out by hand. The IT Recovery Lead role requires five
 * modules (knowing-our-critical-services, rehearsals-and-vigilance, responding-to-the-real-thing,
 * role-it-recovery-lead, the-continuity-plan).
 * <pre>
 * service  requires                     primary        deputy
 * S1       Recovery Lead + deputy       Ann (5/5)      Ben (4/5)      -> at risk
 * S2       Recovery Lead                Ann (5/5)                     -> ready
 * S3       Recovery Lead + deputy       Cal (4/5 + 1 expired)  Ann    -> not ready
 * S4       Service Owner                nobody                        -> not ready
 * </pre>
 * Ann is the only trained holder of S1's, S2's and S3's Recovery Lead role: a single point of competence.
 * Ann, Ben and Cal report to the demo manager; Dee reports to nobody in the demo manager's line.
 * <p>
 * Whether a completion is current is judged against the application's clock, so the suite runs today and at
 * each of the awkward moments ({@link AwkwardDates}), every date computed from the clock.
 */
@IntegrationTest
@ParameterizedClass
@MethodSource("org.continuityacademy.base.time.AwkwardDates#moments")
class ReadinessIT {

    /** When the suite runs: null for today, else one of the awkward dates. */
    @Parameter
    @Nullable
    Instant moment;

    static final List<String> RECOVERY_LEAD_MODULES = org.continuityacademy.RoleModules.RECOVERY_LEAD;

    @Autowired
    Readiness readiness;
    @Autowired
    ContinuityRoles roles;
    @Autowired
    ServiceRegister services;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock clock;

    TestRecords records;
    long ann, ben, cal, dee;
    long s1, s2, s3, s4;
    Instant now;

    @BeforeEach
    void aSmallWorld() {
        AwkwardDates.pin(clock, moment);
        now = clock.instant();
        records = new TestRecords(jdbc, clock);
        long marcus = ((AppUserPrincipal) users.loadUserByUsername("manager")).employeeId();
        ann = records.employee("Ann", "Archer", marcus);
        ben = records.employee("Ben", "Baker", marcus);
        cal = records.employee("Cal", "Carter", marcus);
        dee = records.employee("Dee", "Dyer", null);
        // Ann: everything current. Ben: four of five. Cal: four current, one expired yesterday.
        RECOVERY_LEAD_MODULES.forEach(m -> records.completion(ann, m, now.minus(days(30)), now.plus(days(300))));
        RECOVERY_LEAD_MODULES.subList(0, RECOVERY_LEAD_MODULES.size() - 1).forEach(m -> records.completion(ben, m, now.minus(days(30)), now.plus(days(300))));
        RECOVERY_LEAD_MODULES.subList(0, RECOVERY_LEAD_MODULES.size() - 1).forEach(m -> records.completion(cal, m, now.minus(days(30)), now.plus(days(300))));
        records.completion(cal, "the-continuity-plan", now.minus(days(366)), now.minus(days(1)));

        SignedIn.as(users, "continuity", () -> {
            s1 = service("S1", 1, "it-recovery-lead", true);
            s2 = service("S2", 2, "it-recovery-lead", false);
            s3 = service("S3", 3, "it-recovery-lead", true);
            s4 = service("S4", 3, "service-owner", false);
            assign(ann, s1, Position.PRIMARY);
            assign(ben, s1, Position.DEPUTY);
            assign(ann, s2, Position.PRIMARY);
            assign(cal, s3, Position.PRIMARY);
            assign(ann, s3, Position.DEPUTY);
            return null;
        });
    }

    @Test
    @WithUserDetails("continuity")
    void services_are_ready_at_risk_or_not_ready_as_worked_out_by_hand() {
        var rows = mine(readiness.services(ReadinessOrder.TIER, false, 0, 10_000));

        assertThat(rows).extracting(ServiceReadiness::serviceId, ServiceReadiness::state).containsExactly(
                org.assertj.core.groups.Tuple.tuple(s1, ServiceState.AT_RISK),
                org.assertj.core.groups.Tuple.tuple(s2, ServiceState.READY),
                org.assertj.core.groups.Tuple.tuple(s3, ServiceState.NOT_READY),
                org.assertj.core.groups.Tuple.tuple(s4, ServiceState.NOT_READY));
        var s1Lead = rows.getFirst().roles().getFirst();
        assertThat(s1Lead.primary()).singleElement().satisfies(h -> {
            assertThat(h.employeeName()).isEqualTo("Ann Archer");
            assertThat(h.ready()).isTrue();
            assertThat(h.requiredModules()).isEqualTo(RECOVERY_LEAD_MODULES.size());
        });
        assertThat(s1Lead.deputies()).singleElement().satisfies(h -> {
            assertThat(h.employeeName()).isEqualTo("Ben Baker");
            assertThat(h.ready()).isFalse();
            assertThat(h.currentModules()).isEqualTo(RECOVERY_LEAD_MODULES.size() - 1);
        });
        var s3Lead = rows.get(2).roles().getFirst();
        assertThat(s3Lead.primary()).singleElement().satisfies(h -> assertThat(h.currentModules()).isEqualTo(RECOVERY_LEAD_MODULES.size() - 1));
        assertThat(rows.get(3).roles()).singleElement().satisfies(slot -> {
            assertThat(slot.roleKey()).isEqualTo("service-owner");
            assertThat(slot.primary()).isEmpty();
        });
    }

    @Test
    @WithUserDetails("continuity")
    void a_service_that_requires_no_role_has_no_roles_defined_and_is_never_ready() {
        long empty = SignedIn.as(users, "continuity", () -> services.create(new ServiceDraft("No roles readiness " + System.nanoTime(),
                "Fixture", null, 1, 60, 15, 2 * 24 * 60, Set.of(), Set.of())).id());

        assertThat(state(empty)).isEqualTo(ServiceState.NO_ROLES);
        assertThat(readiness.services(ReadinessOrder.STATE, false, 0, 10_000)).filteredOn(r -> r.serviceId() == empty)
                .singleElement().satisfies(r -> assertThat(r.roles()).isEmpty());
        assertThat(readiness.stateCounts().get(ServiceState.NO_ROLES)).isPositive();
        assertThat(readiness.stateCounts().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(readiness.countServices());
    }

    @Test
    @WithUserDetails("continuity")
    void one_more_completion_makes_the_deputy_ready_and_the_service_ready() {
        records.completion(ben, "the-continuity-plan", now, now.plus(days(365)));

        assertThat(mine(readiness.services(ReadinessOrder.TIER, false, 0, 10_000)).getFirst().state()).isEqualTo(ServiceState.READY);
    }

    @Test
    @WithUserDetails("continuity")
    void a_holder_stops_being_trained_the_moment_a_completion_expires_by_the_application_clock() {
        // Ben's last module, passed a year ago, runs out in an hour
        records.completion(ben, "the-continuity-plan", now.minus(days(365)), clock.instant().plus(Duration.ofHours(1)));
        assertThat(s1Deputy().ready()).isTrue();
        assertThat(state(s1)).isEqualTo(ServiceState.READY);

        clock.advance(Duration.ofHours(2));

        assertThat(s1Deputy().ready()).isFalse();
        assertThat(s1Deputy().currentModules()).isEqualTo(RECOVERY_LEAD_MODULES.size() - 1);
        assertThat(state(s1)).isEqualTo(ServiceState.AT_RISK);
        assertThat(readiness.stateCounts().get(ServiceState.AT_RISK)).isPositive();
    }

    @Test
    @WithUserDetails("continuity")
    void the_only_trained_holder_for_two_or_more_services_is_a_single_point_of_competence() {
        assertThat(readiness.singlePointsOfCompetence()).filteredOn(p -> Set.of(ann, ben, cal, dee).contains(p.employeeId()))
                .singleElement().satisfies(p -> {
                    assertThat(p.employeeName()).isEqualTo("Ann Archer");
                    assertThat(p.services()).containsExactlyInAnyOrder(name(s1), name(s2), name(s3));
                });

        records.completion(ben, "the-continuity-plan", now, now.plus(days(365)));

        // Ben now shares S1: Ann is still alone on S2 and S3
        assertThat(readiness.singlePointsOfCompetence()).filteredOn(p -> p.employeeId() == ann)
                .singleElement().satisfies(p -> assertThat(p.services()).containsExactlyInAnyOrder(name(s2), name(s3)));
    }

    @Test
    @WithUserDetails("continuity")
    void the_matrix_sorts_by_tier_and_by_rto() {
        var byRto = mine(readiness.services(ReadinessOrder.RTO, true, 0, 10_000));
        // RTOs: S1 60, S2 120, S3 240, S4 480 minutes
        assertThat(byRto).extracting(ServiceReadiness::serviceId).containsExactly(s4, s3, s2, s1);
        assertThat(readiness.countServices()).isGreaterThanOrEqualTo(4);
        assertThat(readiness.stateCounts().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(readiness.countServices());
    }

    @Test
    @WithUserDetails("manager")
    void a_manager_sees_the_services_their_line_holds_roles_for() {
        var ids = readiness.services(ReadinessOrder.TIER, false, 0, 10_000).stream().map(ServiceReadiness::serviceId).toList();

        assertThat(ids).contains(s1, s2, s3).doesNotContain(s4);
        assertThat(readiness.ofPeople(List.of(ann, dee))).containsOnlyKeys(ann);
        assertThat(readiness.ofPeople(List.of(ann)).get(ann)).hasSize(3).allSatisfy(h -> assertThat(h.ready()).isTrue());
    }

    @Test
    @WithUserDetails("learner")
    void a_learner_has_no_matrix() {
        assertThatThrownBy(() -> readiness.services(ReadinessOrder.TIER, false, 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> readiness.singlePointsOfCompetence()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> readiness.ofPeople(List.of(ann))).isInstanceOf(AccessDeniedException.class);
    }

    private long service(String label, int tier, String role, boolean deputy) {
        int rto = switch (label) {
            case "S1" -> 60;
            case "S2" -> 120;
            case "S3" -> 240;
            default -> 480;
        };
        return services.create(new ServiceDraft(label + " readiness " + System.nanoTime(), "Fixture", null, tier, rto, 15, 2 * 24 * 60,
                Set.of(new RequiredRole(role, deputy)), Set.of())).id();
    }

    private void assign(long who, long service, Position position) {
        String role = service == s4 ? "service-owner" : "it-recovery-lead";
        roles.assign(new AssignRole(who, role, service, position, "fixture", LocalDate.now(clock), null, false));
    }

    private HolderReadiness s1Deputy() {
        return readiness.service(s1).orElseThrow().roles().getFirst().deputies().getFirst();
    }

    private ServiceState state(long service) {
        return readiness.service(service).orElseThrow().state();
    }

    private String name(long service) {
        return services.summary(service).orElseThrow().name();
    }

    private List<ServiceReadiness> mine(List<ServiceReadiness> all) {
        return all.stream().filter(r -> Set.of(s1, s2, s3, s4).contains(r.serviceId())).toList();
    }

    private static Duration days(int n) {
        return Duration.ofDays(n);
    }
}
