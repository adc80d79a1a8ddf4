package org.continuityacademy.coverage;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.continuityacademy.SignedIn;
import org.continuityacademy.TestRecords;
import org.continuityacademy.continuity.AssignRole;
import org.continuityacademy.continuity.ContinuityRoles;
import org.continuityacademy.continuity.Position;
import org.continuityacademy.security.AppUserPrincipal;
import org.continuityacademy.services.RequiredRole;
import org.continuityacademy.services.ServiceDraft;
import org.continuityacademy.services.ServiceRegister;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A small department with coverage figures counted by hand. "All staff" requires three modules
 * ({@link org.continuityacademy.RoleModules#ALL_STAFF}); IT Recovery Lead eight ({@link org.continuityacademy.RoleModules#RECOVERY_LEAD}).
 * <pre>
 * person  roles                    required  current                         not current
 * Ann     all staff + Recovery Lead   11    11 (role-it-recovery-lead expiring in 10 days)
 * Ben     all staff + Recovery Lead   11     5 (all staff's 3, rehearsals, responding)  knowing expired, 5 never
 * Cal     all staff                    3     0                                all three never
 * Dee     all staff                    3     0                                all three expired
 * total                               28    16 (1 expiring)                  12: 8 never, 4 expired
 * </pre>
 * By role: all staff 12 pairs, 6 current; Recovery Lead 16 pairs, 10 current. Ann and Ben report to the
 * demo manager, Cal and Dee to nobody. Cal has one open assignment 5 days overdue; Dee one due
 * tomorrow; Ann a completed one that was due last week. The department keeps the shared test
 * database's other people out of the counts. "Now" and "today" are the application clock's (the test clock,
 * wherever the test put it, in the organisation's zone).
 */
public final class CoverageFixture {

    public static final List<String> ALL_STAFF_MODULES = org.continuityacademy.RoleModules.ALL_STAFF;
    public static final List<String> RECOVERY_LEAD_MODULES = org.continuityacademy.RoleModules.RECOVERY_LEAD;

    public final long department, ann, ben, cal, dee, calOverdue;
    public final String departmentName;
    public final CoverageFilter filter;
    private final JdbcClient jdbc;
    private final Instant now;

    public CoverageFixture(JdbcClient jdbc, java.time.Clock clock, UserDetailsService users, ServiceRegister services, ContinuityRoles roles) {
        this.jdbc = jdbc;
        this.now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        var records = new TestRecords(jdbc, clock);
        department = jdbc.sql("select nextval(department_seq)").query(Long.class).single();
        departmentName = "Coverage " + department;
        jdbc.sql("insert into department (id, name) values (?, ?)").params(department, departmentName).update();
        filter = CoverageFilter.none().withDepartment(department);
        long marcus = ((AppUserPrincipal) users.loadUserByUsername("manager")).employeeId();
        ann = records.employee("Ann", "Archer", marcus);
        ben = records.employee("Ben", "Baker", marcus);
        cal = records.employee("Cal", "Carter", null);
        dee = records.employee("Dee", "Dyer", null);
        jdbc.sql("update employee set department_id = ? where id in (?, ?, ?, ?)").params(department, ann, ben, cal, dee).update();

        ALL_STAFF_MODULES.forEach(m -> records.completion(ann, m, now.minus(days(30)), now.plus(days(300))));
        RECOVERY_LEAD_MODULES.forEach(m -> records.completion(ann, m, now.minus(days(30)),
                now.plus(days(m.equals("role-it-recovery-lead") ? 10 : 300))));
        ALL_STAFF_MODULES.forEach(m -> records.completion(ben, m, now.minus(days(30)), now.plus(days(300))));
        records.completion(ben, "rehearsals-and-vigilance", now.minus(days(30)), now.plus(days(300)));
        records.completion(ben, "responding-to-the-real-thing", now.minus(days(30)), now.plus(days(300)));
        records.completion(ben, "knowing-our-critical-services", now.minus(days(400)), now.minus(days(1)));
        ALL_STAFF_MODULES.forEach(m -> records.completion(dee, m, now.minus(days(800)), now.minus(days(70))));

        SignedIn.as(users, "continuity", () -> {
            long service = services.create(new ServiceDraft("Coverage " + System.nanoTime(), "Fixture", null, 1, 60, 15, 2 * 24 * 60,
                    Set.of(new RequiredRole("it-recovery-lead", true)), Set.of())).id();
            roles.assign(new AssignRole(ann, "it-recovery-lead", service, Position.PRIMARY, "fixture", today, null, false));
            roles.assign(new AssignRole(ben, "it-recovery-lead", service, Position.DEPUTY, "fixture", today, null, false));
            return null;
        });
        calOverdue = assignment(cal, "itscm-for-everyone", today.minusDays(5), "OPEN");
        assignment(dee, "itscm-for-everyone", today.plusDays(1), "OPEN");
        assignment(ann, "itscm-for-everyone", today.minusDays(7), "COMPLETED");
    }

    private long assignment(long employee, String module, LocalDate due, String status) {
        long id = jdbc.sql("select nextval(training_assignment_seq)").query(Long.class).single();
        jdbc.sql("""
                insert into training_assignment (id, employee_id, module_id, origin, origin_ref, reason, assigned_by, assigned_at,
                                                 due_on, status)
                values (?, ?, ?, 'MANUAL', null, 'Fixture', 'test', ?, ?, ?)
                """).params(id, employee, module, TestRecords.utc(now.minus(days(20))), due, status).update();
        return id;
    }

    static Duration days(long n) {
        return Duration.ofDays(n);
    }
}
