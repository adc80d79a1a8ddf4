package org.continuityacademy.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.continuityacademy.IntegrationTest;
import org.continuityacademy.SignedIn;
import org.continuityacademy.continuity.ContinuityRoles;
import org.continuityacademy.services.ServiceRegister;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Coverage figures against the hand-counted {@link CoverageFixture}, now. The figures count relative to the
 * clock (expiring within 30 days, 5 days overdue), not to dates; the trend and the organisation's day, which
 * do depend on the date and zone, are {@link CoverageTrendIT}.
 */
@IntegrationTest
class CoverageIT {

    @Autowired
    Coverage coverage;
    @Autowired
    ContinuityRoles roles;
    @Autowired
    ServiceRegister services;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    java.time.Clock clock;
    @Autowired
    org.continuityacademy.base.i18n.Messages messages;

    long department, ann, ben, cal, dee, calOverdue;
    CoverageFilter mine;
    Instant now;

    @BeforeEach
    void aSmallDepartment() {
        now = clock.instant();
        var fixture = new CoverageFixture(jdbc, clock, users, services, roles);
        department = fixture.department;
        ann = fixture.ann;
        ben = fixture.ben;
        cal = fixture.cal;
        dee = fixture.dee;
        calOverdue = fixture.calOverdue;
        mine = fixture.filter;
    }

    @Test
    @WithUserDetails("hr")
    void the_headline_figures_equal_the_hand_counted_ones() {
        Headline headline = coverage.headline(mine);

        assertThat(headline.coverage()).isEqualTo(new CoverageCount(28, 16, 1));
        assertThat(headline.coverage().percent()).isEqualTo(57);
        assertThat(headline.overdue()).isEqualTo(1);
        assertThat(coverage.byDepartment(mine)).singleElement().satisfies(slice -> {
            assertThat(slice.label()).isEqualTo("Coverage " + department);
            assertThat(slice.count()).isEqualTo(new CoverageCount(28, 16, 1));
        });
        assertThat(coverage.byRole(mine)).extracting(CoverageSlice::label, CoverageSlice::count).containsExactly(
                org.assertj.core.groups.Tuple.tuple("All staff", new CoverageCount(12, 6, 0)),
                org.assertj.core.groups.Tuple.tuple("IT Recovery Lead", new CoverageCount(16, 10, 1)));
        assertThat(coverage.byModule(mine)).filteredOn(s -> s.key().equals("itscm-for-everyone")).singleElement()
                .satisfies(s -> assertThat(s.count()).isEqualTo(new CoverageCount(4, 2, 0)));
    }

    @Test
    @WithUserDetails("continuity")
    void filters_combine_and_a_filter_that_matches_nobody_gives_zeros() {
        assertThat(coverage.total(mine.withRole("it-recovery-lead"))).isEqualTo(new CoverageCount(16, 10, 1));
        assertThat(coverage.total(mine.withModule("knowing-our-critical-services"))).isEqualTo(new CoverageCount(2, 1, 0));
        assertThat(coverage.total(mine.withRole("all-staff").withModule("itscm-for-everyone"))).isEqualTo(new CoverageCount(4, 2, 0));
        assertThat(coverage.countOverdue(mine.withRole("it-recovery-lead"))).isZero();
        assertThat(coverage.countOverdue(mine.withModule("itscm-for-everyone"))).isEqualTo(1);

        var nobody = mine.withLocation("Nowhere " + System.nanoTime());
        assertThat(coverage.total(nobody)).isEqualTo(CoverageCount.NONE);
        assertThat(coverage.total(nobody).percent()).isZero();
        assertThat(coverage.byDepartment(nobody)).isEmpty();
        assertThat(coverage.people(nobody, Set.of(), 0, 50)).isEmpty();
        assertThat(coverage.overdue(nobody, 0, 50)).isEmpty();
    }

    @Test
    @WithUserDetails("hr")
    void every_figure_drills_down_to_the_people_behind_it() {
        var notCurrent = coverage.people(mine, Set.of(PairStatus.NEVER, PairStatus.EXPIRED), 0, 50);
        assertThat(notCurrent).hasSize(12);
        assertThat(coverage.countPeople(mine, Set.of(PairStatus.NEVER, PairStatus.EXPIRED))).isEqualTo(12);
        var expected = new java.util.ArrayList<org.assertj.core.groups.Tuple>();
        for (String m : List.of("recovering-from-a-cyber-attack", "reflect-and-refine", "role-it-recovery-lead",
                "supplier-and-cloud-outages", "the-continuity-plan")) {
            expected.add(org.assertj.core.groups.Tuple.tuple("Ben Baker", m, PairStatus.NEVER));
        }
        expected.add(org.assertj.core.groups.Tuple.tuple("Ben Baker", "knowing-our-critical-services", PairStatus.EXPIRED));
        for (String m : CoverageFixture.ALL_STAFF_MODULES) {
            expected.add(org.assertj.core.groups.Tuple.tuple("Cal Carter", m, PairStatus.NEVER));
            expected.add(org.assertj.core.groups.Tuple.tuple("Dee Dyer", m, PairStatus.EXPIRED));
        }
        assertThat(notCurrent).extracting(PairRow::name, PairRow::moduleId, PairRow::status)
                .containsExactlyInAnyOrderElementsOf(expected);
        // never trained first, then expired; by name within each
        assertThat(notCurrent).isSortedAccordingTo(java.util.Comparator.comparing((PairRow r) -> r.status() != PairStatus.NEVER)
                .thenComparing(PairRow::name));
        assertThat(coverage.people(mine, Set.of(PairStatus.EXPIRING), 0, 50)).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("Ann Archer");
            assertThat(p.moduleId()).isEqualTo("role-it-recovery-lead");
            assertThat(p.validUntil()).isAfter(now.plus(days(9))).isBefore(now.plus(days(11)));
        });
        assertThat(coverage.countPeople(mine, Set.of())).isEqualTo(28);
        assertThat(coverage.people(mine, Set.of(), 10, 50)).hasSize(18);

        assertThat(coverage.overdue(mine, 0, 50)).singleElement().satisfies(o -> {
            assertThat(o.assignmentId()).isEqualTo(calOverdue);
            assertThat(o.name()).isEqualTo("Cal Carter");
            assertThat(o.daysLate()).isEqualTo(5);
            assertThat(o.managerName()).isNull();
        });
    }

    @Test
    @WithUserDetails("manager")
    void a_manager_sees_the_same_for_their_own_line_only() {
        assertThat(coverage.wholeOrganisation()).isFalse();
        // Ann and Ben: 22 required, 16 current; Cal and Dee are not in the line
        assertThat(coverage.total(mine)).isEqualTo(new CoverageCount(22, 16, 1));
        assertThat(coverage.countOverdue(mine)).isZero();
        assertThat(coverage.people(mine, Set.of(), 0, 50)).extracting(PairRow::employeeId).containsOnly(ann, ben);
        assertThat(coverage.departments()).extracting(Option::key).contains(String.valueOf(department));
        // a reminder about someone outside the line sends nothing
        assertThat(coverage.remindNow(Set.of(calOverdue))).isZero();
    }

    @Test
    @WithUserDetails("hr")
    void a_reminder_now_goes_once_a_day_and_is_audited() {
        assertThat(coverage.remindNow(Set.of(calOverdue))).isEqualTo(1);
        assertThat(coverage.remindNow(Set.of(calOverdue))).isZero();
        assertThat(jdbc.sql("select count(*) from notification where recipient_id = ? and kind = 'REMINDER'").param(cal)
                .query(Integer.class).single()).isEqualTo(1);
        // in the organisation's language, with the due date as people write it
        String dueOn = messages.formats(messages.organisationLocale()).date(java.time.LocalDate.now(clock).minusDays(5));
        assertThat(jdbc.sql("select concat(subject, ' | ', body) from notification where recipient_id = ? and kind = 'REMINDER'")
                .param(cal).query(String.class).single())
                .startsWith("Reminder: IT service continuity for everyone is overdue | Hello Cal,")
                .contains("It was due on " + dueOn + " (5 days ago).");
        assertThat(jdbc.sql("select summary from audit_entry where action = 'reminders sent' and after_state = ?")
                .param(String.valueOf(calOverdue)).query(String.class).list())
                .containsExactly("Sent 1 reminder about overdue training now");
    }

    @Test
    void learners_and_nobody_are_refused() {
        for (String user : List.of("learner")) {
            assertThatThrownBy(() -> SignedIn.as(users, user, () -> coverage.headline(mine))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> SignedIn.as(users, user, () -> coverage.people(mine, Set.of(), 0, 10)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> SignedIn.as(users, user, () -> coverage.remindNow(Set.of(calOverdue))))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> coverage.total(mine)).isInstanceOf(
                org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }

    private static Duration days(long n) {
        return Duration.ofDays(n);
    }
}
