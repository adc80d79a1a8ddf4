package org.continuityacademy.benchmark;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A synthetic organisation at real scale, written with set-based SQL straight into the app's tables (after
 * the app has started: Flyway's schema and the shipped curriculum in {@code training_module*}):
 * <ul>
 *   <li>{@value #EMPLOYEES} employees (S000001…) in {@value #DEPARTMENTS} departments, a manager tree six wide
 *       and eight levels deep, 10 locations;</li>
 *   <li>{@value #SERVICES} critical services (tier 1–3) requiring incident commander, IT recovery lead (both with a
 *       deputy), service owner and, for tier 1, a communications lead; about 95% of primary and 85% of deputy slots
 *       filled, 20% with an ended earlier holder; 40 crisis-team members and 3 continuity managers; their role
 *       modules completed by 80% of the holders;</li>
 *   <li>two past campaigns to everyone with the same five modules, about 700 and 340 days ago: 1,000,000
 *       assignments, 1,000,000 enrolments and ~870,000 completions (first: 92% completed, 8% waived; second:
 *       85% completed, 5% waived, 10% still open and overdue);</li>
 *   <li>two campaigns not launched yet, used by {@code ScaleBenchmark}: "Scale launch" (five other modules,
 *       everyone, no reminders) and "Scale reminders" (one module, everyone, a reminder 7 days before the due
 *       date, due after 14 days).</li>
 * </ul>
 * Every choice is a CRC32 of the seed and the row's numbers, so the same seed gives the same rows; dates are
 * counted back from the day the data is made. Ids come from the tables' sequences: one {@code nextval} as the
 * base of a block, then {@code setval} past the block, so Hibernate's pooled blocks never collide. Running it
 * again on a database that has the data does nothing.
 */
public final class ScaleData {

    public static final int EMPLOYEES = 100_000;
    public static final int DEPARTMENTS = 50;
    public static final int SPAN = 6;
    public static final int SERVICES = 200;
    public static final long DEFAULT_SEED = 20261127L;
    public static final String LAUNCH_CAMPAIGN = "Scale launch (benchmark)";
    public static final String REMINDER_CAMPAIGN = "Scale reminders (benchmark)";
    /** The five modules of the past campaigns. */
    public static final List<String> HISTORY_MODULES = List.of("itscm-for-everyone", "the-continuity-plan",
            "knowing-our-critical-services", "rehearsals-and-vigilance", "responding-to-the-real-thing");
    /** The five modules of the campaign the benchmark launches. */
    public static final List<String> LAUNCH_MODULES = List.of("itscm-dr-and-bc", "reflect-and-refine",
            "role-communications-lead", "role-crisis-team-member", "role-service-owner");
    public static final String REMINDER_MODULE = "role-incident-commander";

    private final JdbcTemplate jdbc;
    private final long seed;
    private final Map<String, Long> timings = new LinkedHashMap<>();

    public ScaleData(JdbcTemplate jdbc, long seed) {
        this.jdbc = jdbc;
        this.seed = seed;
    }

    public static long seedFromSystem() {
        return Long.getLong("scale.seed", DEFAULT_SEED);
    }

    public boolean present() {
        return jdbc.queryForObject("select count(*) from employee where employee_number = 'S000001'", Integer.class) > 0;
    }

    /** Step → milliseconds of the last {@link #generate()}. */
    public Map<String, Long> timings() {
        return timings;
    }

    /** Makes the organisation unless it is there; returns false when it was there already. */
    public boolean generate() {
        if (present()) {
            return false;
        }
        jdbc.execute((ConnectionCallback<Void>) c -> {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute("set session foreign_key_checks = 0");
                write(c, s);
            } finally {
                try (Statement s = c.createStatement()) {
                    s.execute("set session foreign_key_checks = 1");
                }
                c.setAutoCommit(auto);
            }
            return null;
        });
        return true;
    }

    private void write(Connection c, Statement s) throws SQLException {
        String h = "crc32(concat(" + seed + ", ':%s:', %s))"; // h.formatted(tag, expression)
        step("numbers", () -> {
            s.execute("drop table if exists scale_number");
            s.execute("create table scale_number (n int not null primary key) engine = InnoDB");
            s.execute("""
                    insert into scale_number (n)
                    select 1 + a.d + 10 * b.d + 100 * c.d + 1000 * d.d + 10000 * e.d
                    from (select 0 d union all select 1 union all select 2 union all select 3 union all select 4 union all select 5
                          union all select 6 union all select 7 union all select 8 union all select 9) a
                    cross join (select 0 d union all select 1 union all select 2 union all select 3 union all select 4 union all select 5
                          union all select 6 union all select 7 union all select 8 union all select 9) b
                    cross join (select 0 d union all select 1 union all select 2 union all select 3 union all select 4 union all select 5
                          union all select 6 union all select 7 union all select 8 union all select 9) c
                    cross join (select 0 d union all select 1 union all select 2 union all select 3 union all select 4 union all select 5
                          union all select 6 union all select 7 union all select 8 union all select 9) d
                    cross join (select 0 d union all select 1 union all select 2 union all select 3 union all select 4 union all select 5
                          union all select 6 union all select 7 union all select 8 union all select 9) e
                    """);
        });
        long dept = block(s, "department_seq", DEPARTMENTS);
        long emp = block(s, "employee_seq", EMPLOYEES);
        long svc = block(s, "critical_service_seq", SERVICES);
        String today = "cast(utc_date() as datetime(6))";
        step("departments", () -> s.execute("""
                insert into department (id, name, version)
                select %d + n - 1, concat('Scale department ', lpad(n, 2, '0')), 0 from scale_number where n <= %d
                """.formatted(dept, DEPARTMENTS)));
        step("employees", () -> s.execute("""
                insert into employee (id, employee_number, first_name, last_name, email, department_id, manager_id, location,
                                      hire_date, leaving_date, active, created_at, updated_at, version)
                select %1$d + n - 1, concat('S', lpad(n, 6, '0')),
                       elt(1 + %3$s mod 20, 'Ada','Ben','Cara','Dev','Ella','Finn','Gita','Hugo','Iris','Jon','Kemi','Liam','Maya',
                           'Noor','Owen','Priya','Quinn','Rosa','Sam','Tariq'),
                       elt(1 + %4$s mod 25, 'Adams','Baker','Clarke','Davies','Evans','Fisher','Green','Hughes','Iqbal','Jones',
                           'Khan','Lewis','Morgan','Nolan','O''Brien','Patel','Quigley','Roberts','Singh','Taylor','Usman',
                           'Vaughan','Walker','Young','Zhang'),
                       concat('s', lpad(n, 6, '0'), '@scale.example'),
                       %2$d + (n - 1) mod %5$d,
                       case when n = 1 then null else %1$d + floor((n - 2) / %6$d) end,
                       elt(1 + %7$s mod 10, 'London','Leeds','Manchester','Bristol','Cardiff','Glasgow','Edinburgh','Belfast',
                           'Birmingham','Newcastle'),
                       date '2000-01-03' + interval (%8$s mod 9000) day, null, true,
                       %9$s - interval 3 year, %9$s - interval 3 year, 0
                from scale_number where n <= %10$d order by n
                """.formatted(emp, dept, h.formatted("first", "n"), h.formatted("last", "n"), DEPARTMENTS, SPAN,
                h.formatted("loc", "n"), h.formatted("hire", "n"), today, EMPLOYEES)));
        step("services", () -> {
            s.execute("""
                    insert into critical_service (id, name, description, owner_employee_id, tier, rto_minutes, rpo_minutes,
                                                  mtpd_minutes, created_at, updated_at, version)
                    select %1$d + n - 1, concat('Scale service ', lpad(n, 3, '0')), concat('Synthetic critical service ', n),
                           %2$d + %3$s mod %4$d, 1 + (n - 1) mod 3, 240 * (1 + (n - 1) mod 3), 60, 960 * (1 + (n - 1) mod 3),
                           %5$s - interval 2 year, %5$s - interval 2 year, 0
                    from scale_number where n <= %6$d
                    """.formatted(svc, emp, h.formatted("owner", "n"), EMPLOYEES, today, SERVICES));
            s.execute("""
                    insert into critical_service_role (service_id, role_key, deputy_required)
                    select cs.id, r.role_key, r.deputy
                    from critical_service cs
                    join (select 'incident-commander' role_key, true deputy, 1 max_tier union all select 'it-recovery-lead', true, 3
                          union all select 'service-owner', false, 3 union all select 'communications-lead', false, 1) r
                      on cs.tier <= r.max_tier or r.role_key <> 'communications-lead'
                    where cs.id between %d and %d
                    """.formatted(svc, svc + SERVICES - 1));
        });
        step("role assignments", () -> {
            // current primaries (95%), deputies (85% where required), an ended earlier primary for 20%
            long ra = nextval(s, "role_assignment_seq");
            s.execute("""
                    create temporary table scale_slot as
                    select row_number() over (order by sr.service_id, sr.role_key) as k, sr.service_id, sr.role_key, sr.deputy_required,
                           crc32(concat(%d, ':slot:', sr.service_id - %d, ':', sr.role_key)) as h
                    from critical_service_role sr where sr.service_id between %d and %d
                    """.formatted(seed, svc, svc, svc + SERVICES - 1));
            String insert = """
                    insert into role_assignment (id, employee_id, role_key, service_id, position, reason, assigned_by, assigned_at,
                                                 valid_from, valid_until, ended_at, ended_by, end_reason, version)
                    """;
            s.execute(insert + """
                    select %1$d + 3 * k, %2$d + h mod %3$d, role_key, service_id, 'PRIMARY', 'Scale data', 'scale-generator',
                           %4$s - interval (h mod 300) day, date(%4$s - interval (h mod 300) day), null, null, null, null, 0
                    from scale_slot where h mod 100 < 95
                    """.formatted(ra, emp, EMPLOYEES, today));
            s.execute(insert + """
                    select %1$d + 3 * k + 1, %2$d + (h div 7) mod %3$d, role_key, service_id, 'DEPUTY', 'Scale data', 'scale-generator',
                           %4$s - interval (h mod 200) day, date(%4$s - interval (h mod 200) day), null, null, null, null, 0
                    from scale_slot where deputy_required and (h div 100) mod 100 < 85
                    """.formatted(ra, emp, EMPLOYEES, today));
            s.execute(insert + """
                    select %1$d + 3 * k + 2, %2$d + (h div 13) mod %3$d, role_key, service_id, 'PRIMARY', 'Scale data', 'scale-generator',
                           %4$s - interval 700 day, date(%4$s - interval 700 day), null, %4$s - interval (300 + h mod 100) day,
                           'scale-generator', 'Moved on', 0
                    from scale_slot where (h div 10000) mod 100 < 20
                    """.formatted(ra, emp, EMPLOYEES, today));
            long rb = ra + 3L * 1000 + 10;
            s.execute(insert + """
                    select %1$d + n, %2$d + %3$s mod %4$d, case when n <= 40 then 'crisis-team-member' else 'continuity-manager' end,
                           null, 'PRIMARY', 'Scale data', 'scale-generator', %5$s - interval 400 day, date(%5$s - interval 400 day),
                           null, null, null, null, 0
                    from scale_number where n <= 43
                    """.formatted(rb, emp, h.formatted("team", "n"), EMPLOYEES, today));
            setval(s, "role_assignment_seq", rb + 100);
            s.execute("drop temporary table scale_slot");
        });
        // module facts of the curriculum as loaded by the app
        s.execute("drop table if exists scale_module");
        s.execute("""
                create table scale_module engine = InnoDB as
                select m.module_id, v.id as version_id, v.version, v.major
                from training_module m join training_module_version v on v.id = m.current_version_id
                """);
        step("role holders' completions", () -> {
            long comp = block(s, "training_completion_seq", 20_000);
            s.execute("""
                    insert into training_completion (id, employee_id, module_id, module_version_id, module_version, module_major, score,
                                                     completed_at, expires_at, assignment_id, verification_code)
                    select %1$d + row_number() over (order by x.employee_id, x.module_id) - 1, x.employee_id, x.module_id,
                           sm.version_id, sm.version, sm.major, 80 + x.h mod 21,
                           %2$s - interval (x.h mod 330) day, %2$s - interval (x.h mod 330) day + interval 365 day, null,
                           concat('R', lpad(hex(%1$d + row_number() over (order by x.employee_id, x.module_id) - 1), 15, '0'))
                    from (select distinct ra.employee_id, r.module_id,
                                 crc32(concat(%3$d, ':held:', ra.employee_id, ':', r.module_id)) as h
                          from role_assignment ra join training_module_role r on r.role_key = ra.role_key
                          where ra.ended_at is null and ra.assigned_by = 'scale-generator' and r.role_key <> 'all-staff') x
                    join scale_module sm on sm.module_id = x.module_id
                    where x.h mod 100 < 80
                    """.formatted(comp, today, seed));
        });
        // campaigns: two in the past, two for the benchmark
        long camp = block(s, "campaign_seq", 4);
        String campaign = """
                insert into campaign (id, name, description, state, schedule_kind, starts_at, cron, zone, due_days, skip_valid_days,
                                      everyone, new_joiner_days, remind_days_before, remind_on_due_date, overdue_every_days,
                                      escalate_manager_days, escalate_cm_days, created_by, created_at, updated_at, version)
                values (%d, '%s', 'Synthetic campaign', '%s', 'ONE_OFF', %s, null, 'UTC', %d, null, true, null, %s, false, null, null,
                        null, 'scale-generator', %s, %s, 0)
                """;
        String fire1 = today + " - interval 700 day", fire2 = today + " - interval 340 day";
        s.execute(campaign.formatted(camp, "Scale refresher, two years ago", "ARCHIVED", fire1, 30, "null", fire1, fire1));
        s.execute(campaign.formatted(camp + 1, "Scale refresher, last year", "ARCHIVED", fire2, 30, "null", fire2, fire2));
        s.execute(campaign.formatted(camp + 2, LAUNCH_CAMPAIGN, "PAUSED", today, 30, "null", today, today));
        s.execute(campaign.formatted(camp + 3, REMINDER_CAMPAIGN, "PAUSED", today, 14, "7", today, today));
        for (int k = 0; k < 2; k++) {
            for (String module : HISTORY_MODULES) {
                s.execute("insert into campaign_module values (%d, '%s')".formatted(camp + k, module));
            }
        }
        for (String module : LAUNCH_MODULES) {
            s.execute("insert into campaign_module values (%d, '%s')".formatted(camp + 2, module));
        }
        s.execute("insert into campaign_module values (%d, '%s')".formatted(camp + 3, REMINDER_MODULE));
        s.execute("drop table if exists scale_history_module");
        s.execute("create table scale_history_module (k int not null primary key, module_id varchar(80) not null) engine = InnoDB");
        for (int k = 0; k < HISTORY_MODULES.size(); k++) {
            s.execute("insert into scale_history_module values (%d, '%s')".formatted(k + 1, HISTORY_MODULES.get(k)));
        }
        int perRun = EMPLOYEES * HISTORY_MODULES.size();
        long asg = block(s, "training_assignment_seq", 2L * perRun);
        long comp = block(s, "training_completion_seq", 2L * perRun);
        for (int run = 0; run < 2; run++) {
            long campaignId = camp + run;
            String fire = run == 0 ? fire1 : fire2;
            int completedBelow = run == 0 ? 92 : 85, waivedBelow = run == 0 ? 100 : 90;
            long offset = (long) run * perRun;
            // x: person n, module k, a hash r of both, the day they passed
            String x = """
                    (select %1$d + e.n - 1 as employee_id, e.n, hm.k, hm.module_id, %2$d + (e.n - 1) * 5 + hm.k - 1 as rownum,
                            crc32(concat(%3$d, ':run%4$d:', e.n, ':', hm.k)) mod 100 as r,
                            %5$s + interval (crc32(concat(%3$d, ':day%4$d:', e.n, ':', hm.k)) mod 40) day
                                 + interval (crc32(concat(%3$d, ':sec%4$d:', e.n, ':', hm.k)) mod 36000) second as passed
                     from scale_number e cross join scale_history_module hm where e.n <= %6$d) x
                    """.formatted(emp, offset, seed, run, fire, EMPLOYEES);
            int r = run;
            step("campaign " + (run + 1) + " run + enrolments", () -> {
                s.execute("""
                        insert into campaign_run (id, campaign_id, fire_time, triggered_by, status, started_at, finished_at, audience_size,
                                                  processed, assigned, skipped_current, already_open, failed, error)
                        values (nextval(campaign_run_seq), %d, %s, 'schedule', 'DONE', %s, %s + interval 1 minute, %d, %d, %d, 0, 0, 0, null)
                        """.formatted(campaignId, fire, fire, fire, EMPLOYEES, EMPLOYEES, perRun));
                s.execute("""
                        insert into campaign_enrolment (campaign_id, fire_time, employee_id, module_id, outcome, enrolled_at, assignment_id)
                        select %d, %s, x.employee_id, x.module_id, 'ASSIGNED', %s, %d + x.rownum from %s order by x.employee_id, x.module_id
                        """.formatted(campaignId, fire, fire, asg, x));
            });
            step("campaign " + (run + 1) + " assignments", () -> s.execute("""
                    insert into training_assignment (id, employee_id, module_id, origin, origin_ref, reason, assigned_by, assigned_at,
                                                     due_on, status, started_at, closed_at, closed_by, close_reason, completion_id, version)
                    select %1$d + x.rownum, x.employee_id, x.module_id, 'CAMPAIGN', 'campaign:%2$d', 'Refresher campaign: scale', 'schedule',
                           %3$s, date(%3$s + interval 30 day),
                           case when x.r < %4$d then 'COMPLETED' when x.r < %5$d then 'WAIVED' else 'OPEN' end,
                           case when x.r < %4$d then x.passed - interval 1 hour end,
                           case when x.r < %4$d then x.passed when x.r < %5$d then %3$s + interval 45 day end,
                           case when x.r < %4$d then 'system' when x.r < %5$d then 'scale-generator' end,
                           case when x.r < %4$d then 'passed' when x.r < %5$d then 'Exempt (scale data)' end,
                           case when x.r < %4$d then %6$d + x.rownum end, 0
                    from %7$s order by x.rownum
                    """.formatted(asg, campaignId, fire, completedBelow, waivedBelow, comp, x)));
            step("campaign " + (r + 1) + " completions", () -> s.execute("""
                    insert into training_completion (id, employee_id, module_id, module_version_id, module_version, module_major, score,
                                                     completed_at, expires_at, assignment_id, verification_code)
                    select %1$d + x.rownum, x.employee_id, x.module_id, sm.version_id, sm.version, sm.major, 70 + x.r mod 31,
                           x.passed, x.passed + interval 365 day, %2$d + x.rownum, concat('C', lpad(hex(%1$d + x.rownum), 15, '0'))
                    from %3$s join scale_module sm on sm.module_id = x.module_id
                    where x.r < %4$d order by x.rownum
                    """.formatted(comp, asg, x, completedBelow)));
        }
        step("analyze", () -> {
            s.execute("drop table scale_history_module");
            s.execute("drop table scale_module");
            s.execute("drop table scale_number");
            for (String table : List.of("department", "employee", "critical_service", "critical_service_role", "role_assignment",
                    "training_assignment", "training_completion", "campaign", "campaign_module", "campaign_run", "campaign_enrolment")) {
                s.execute("analyze table " + table);
            }
        });
    }

    /** Row counts of the tables the generator writes, for the report. */
    public Map<String, Long> counts() {
        var counts = new LinkedHashMap<String, Long>();
        for (String table : List.of("department", "employee", "critical_service", "critical_service_role", "role_assignment",
                "training_assignment", "training_completion", "campaign", "campaign_run", "campaign_enrolment")) {
            counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
        return counts;
    }

    public long campaignId(String name) {
        return jdbc.queryForObject("select id from campaign where name = ?", Long.class, name);
    }

    private interface Sql {
        void run() throws SQLException;
    }

    private void step(String name, Sql work) throws SQLException {
        long t = System.nanoTime();
        work.run();
        long ms = (System.nanoTime() - t) / 1_000_000;
        timings.put(name, ms);
        System.out.printf(Locale.ROOT, "[scale data] %-32s %,8d ms%n", name, ms);
    }

    private static long nextval(Statement s, String sequence) throws SQLException {
        try (var rs = s.executeQuery("select nextval(" + sequence + ")")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A block of {@code size} ids starting at a fresh {@code nextval}; the sequence is moved past it. */
    private static long block(Statement s, String sequence, long size) throws SQLException {
        long base = nextval(s, sequence);
        setval(s, sequence, base + size + 50);
        return base;
    }

    private static void setval(Statement s, String sequence, long value) throws SQLException {
        try (var rs = s.executeQuery("select setval(" + sequence + ", " + value + ")")) {
            rs.next();
        }
    }
}
