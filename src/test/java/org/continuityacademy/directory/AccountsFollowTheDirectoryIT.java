package org.continuityacademy.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.continuityacademy.HttpSignIn;
import org.continuityacademy.IntegrationTest;
import org.continuityacademy.SignedIn;
import org.continuityacademy.TestRecords;
import org.continuityacademy.base.time.TestClock;
import org.continuityacademy.security.AppRole;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Accounts follow HR's list through the import: joiners get an account, leavers lose it (and their open
 * session), rejoiners get it back, a new address moves the user name, the Manager role follows the reporting line,
 * and each step is in the audit trail, as is every applied file.
 */
@IntegrationTest
@RecordApplicationEvents
class AccountsFollowTheDirectoryIT {

    static final String HEADER = EmployeeImportsIT.HEADER;

    @Autowired
    EmployeeImports imports;
    @Autowired
    AccountAdministration administration;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    ApplicationEvents events;
    @LocalServerPort
    int port;
    @Autowired
    TestClock clock;


    /** The failed sign-ins here (a leaver or a disabled account trying again) must not count against the next tests. */
    @AfterEach
    void forgetFailedSignIns() {
        jdbc.sql("delete from sign_in_failure").update();
        jdbc.sql("delete from sign_in_lock").update();
    }

    /** An account as the database holds it, found by its employee's number. */
    record State(long id, String username, @Nullable String email, boolean enabled, boolean password, Set<String> roles) {
    }

    static String unique() {
        return "A" + (System.nanoTime() % 100_000_000);
    }

    static String row(String number, String first, String last, String email, @Nullable String manager, boolean active) {
        return number + "," + first + "," + last + "," + email + ",Claims," + (manager == null ? "" : manager) + ",Leeds,2025-01-01,"
                + (active ? "yes" : "no") + "\n";
    }

    long apply(String fileName, String rows) {
        var preview = imports.preview(fileName, (HEADER + rows).getBytes(StandardCharsets.UTF_8), false);
        assertThat(preview.plan().problems()).isEmpty();
        imports.apply(preview.importId());
        return preview.importId();
    }

    @Nullable State account(String employeeNumber) {
        return jdbc.sql("""
                        select a.id, a.username, a.email, a.enabled, a.password_hash is not null,
                               (select group_concat(r.role order by r.role) from account_role r where r.account_id = a.id)
                        from account a join employee e on e.id = a.employee_id where e.employee_number = ?
                        """).param(employeeNumber)
                .query((rs, n) -> new State(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4), rs.getBoolean(5),
                        rs.getString(6) == null ? Set.of() : Set.of(rs.getString(6).split(","))))
                .optional().orElse(null);
    }

    long employeeId(String number) {
        return jdbc.sql("select id from employee where employee_number = ?").param(number).query(Long.class).single();
    }

    /** The audit entries of one thing, oldest first: action, actor, summary, before, after. */
    List<List<String>> audit(String subjectType, long subjectId) {
        return jdbc.sql("""
                        select action, actor, summary, coalesce(before_state, ''), coalesce(after_state, '')
                        from audit_entry where subject_type = ? and subject_id = ? order by at, id
                        """).params(subjectType, String.valueOf(subjectId))
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .list();
    }

    void givePassword(long accountId, String password) {
        jdbc.sql("update account set password_hash = ? where id = ?").params(passwords.encode(password), accountId).update();
    }

    @Test
    @WithUserDetails("hr")
    void a_joiner_gets_an_account_named_by_their_address_without_a_password_as_a_learner() {
        String a = unique();
        apply("joiners.csv", row(a + "1", "Ana", "Able", "Ana.Able." + a + "@Harbourline.example", null, true)
                + row(a + "2", "Ben", "Gone", "ben." + a + "@harbourline.example", null, false)
                + row(a + "3", "Cy", "Boss", "cy." + a + "@harbourline.example", null, true)
                + row(a + "4", "Di", "Report", "di." + a + "@harbourline.example", a + "3", true));

        State ana = account(a + "1");
        assertThat(ana).isNotNull();
        assertThat(ana.username()).isEqualTo("ana.able." + a.toLowerCase() + "@harbourline.example");
        assertThat(ana.email()).isEqualToIgnoringCase("ana.able." + a + "@harbourline.example");
        assertThat(ana.password()).as("no password until its owner sets one").isFalse();
        assertThat(ana.enabled()).isTrue();
        assertThat(ana.roles()).containsExactly("LEARNER");
        assertThat(account(a + "2")).as("someone who is not active gets no account").isNull();
        assertThat(account(a + "3").roles()).containsExactlyInAnyOrder("LEARNER", "MANAGER");

        assertThat(events.stream(AccountOpened.class).filter(e -> e.email().contains(a.toLowerCase())))
                .extracting(AccountOpened::employeeId)
                .containsExactlyInAnyOrder(employeeId(a + "1"), employeeId(a + "3"), employeeId(a + "4"));
        assertThat(events.stream(AccountOpened.class).filter(e -> e.accountId() == ana.id()).findFirst().orElseThrow().displayName())
                .isEqualTo("Ana Able");
        assertThat(audit("account", ana.id())).singleElement().satisfies(entry -> {
            assertThat(entry.get(0)).isEqualTo("account created");
            assertThat(entry.get(1)).isEqualTo("hr");
            assertThat(entry.get(2)).contains(ana.username() + " opened for Ana Able", "joiners.csv");
            assertThat(entry.get(4)).isEqualTo("[LEARNER]");
        });
    }

    @Test
    @WithUserDetails("hr")
    void an_address_held_by_an_account_of_nobody_in_the_list_stays_with_it_and_the_person_gets_no_account() {
        String a = unique();
        String address = "shared." + a.toLowerCase() + "@harbourline.example";
        long other = jdbc.sql("select nextval(account_seq)").query(Long.class).single();
        jdbc.sql("""
                insert into account (id, username, display_name, email, enabled, created_at, version)
                values (?, ?, 'Shared mailbox', null, true, '2026-01-01 00:00:00', 0)
                """).params(other, address).update();
        jdbc.sql("insert into account_role (account_id, role) values (?, 'HR')").param(other).update();

        long importId = apply("taken.csv", row(a + "1", "Sam", "Shared", address, null, true));

        assertThat(account(a + "1")).isNull();
        assertThat(jdbc.sql("select count(*) from account where id = ? and employee_id is null and username = ?")
                .params(other, address).query(Long.class).single()).as("the other account is left as it was").isOne();
        assertThat(audit("employee", employeeId(a + "1"))).singleElement().satisfies(entry -> {
            assertThat(entry.get(0)).isEqualTo("account not opened");
            assertThat(entry.get(2)).isEqualTo("Sam Shared (" + a + "1) has no account: the user name " + address
                    + " belongs to another account");
        });
        assertThat(audit("employee import", importId).getFirst().get(4)).contains("accounts opened 0", "accounts not opened 1");
    }

    @Test
    @WithUserDetails("hr")
    void a_leavers_address_goes_to_the_new_person_who_has_it_now() {
        String a = unique();
        String address = "jo." + a.toLowerCase() + "@harbourline.example";
        apply("jo.csv", row(a + "1", "Jo", "Before", address, null, true));
        apply("jo-leaves.csv", row(a + "1", "Jo", "Before", address, null, false));
        State leaver = account(a + "1");

        apply("jo-again.csv", row(a + "2", "Jo", "After", address, null, true));

        assertThat(account(a + "2").username()).isEqualTo(address);
        assertThat(account(a + "1").username()).isEqualTo("left-" + leaver.id() + "-" + address);
        assertThat(account(a + "1").enabled()).isFalse();
        assertThat(audit("account", leaver.id())).extracting(e -> e.get(0))
                .containsExactly("account created", "account disabled", "account details changed");
        assertThat(audit("account", leaver.id()).getLast().get(3)).contains("user name " + address);
        assertThat(audit("account", leaver.id()).getLast().get(4)).contains("user name left-" + leaver.id() + "-" + address);
    }

    @Test
    @WithUserDetails("hr")
    void a_new_address_becomes_the_accounts_and_its_user_name_when_the_user_name_was_the_old_one() {
        String a = unique();
        String before = "pat.old." + a.toLowerCase() + "@harbourline.example";
        String after = "pat.new." + a.toLowerCase() + "@harbourline.example";
        apply("pat.csv", row(a + "1", "Pat", "Old", before, null, true)
                + row(a + "2", "Quinn", "Custom", "quinn." + a.toLowerCase() + "@harbourline.example", null, true));
        long pat = account(a + "1").id();
        long quinn = account(a + "2").id();
        jdbc.sql("update account set username = ? where id = ?").params("quinn-" + a, quinn).update();

        apply("pat-moved.csv", row(a + "1", "Pat", "New", after, null, true)
                + row(a + "2", "Quinn", "Custom", "quinn.new." + a.toLowerCase() + "@harbourline.example", null, true));

        assertThat(account(a + "1").username()).isEqualTo(after);
        assertThat(account(a + "1").email()).isEqualTo(after);
        assertThat(account(a + "2").username()).as("a user name that was not the address stays").isEqualTo("quinn-" + a);
        assertThat(account(a + "2").email()).isEqualTo("quinn.new." + a.toLowerCase() + "@harbourline.example");
        assertThat(audit("account", pat).getLast()).satisfies(entry -> {
            assertThat(entry.get(0)).isEqualTo("account details changed");
            assertThat(entry.get(3)).isEqualTo("user name " + before + ", e-mail " + before + ", name Pat Old");
            assertThat(entry.get(4)).isEqualTo("user name " + after + ", e-mail " + after + ", name Pat New");
        });
    }

    @Test
    @WithUserDetails("hr")
    void a_file_giving_one_address_to_two_active_people_is_refused_and_changes_nothing() {
        String a = unique();
        String twice = "twice." + a.toLowerCase() + "@harbourline.example";
        String lena = jdbc.sql("select e.email from employee e join account a on a.employee_id = e.id where a.username = 'learner'")
                .query(String.class).single();
        var preview = imports.preview("twice.csv", (HEADER + row(a + "1", "One", "Twice", twice, null, true)
                + row(a + "2", "Two", "Twice", twice, null, true)
                + row(a + "3", "Not", "Lena", lena, null, true)).getBytes(StandardCharsets.UTF_8), false);

        assertThat(preview.canApply()).isFalse();
        assertThat(preview.plan().problems()).contains(
                "Line 3, column D (E-mail): the e-mail address " + twice + " is already used on line 2: each active person needs their own address to sign in with");
        assertThat(preview.plan().problems()).anySatisfy(p -> assertThat(p).startsWith("Line 4, column D (E-mail): the e-mail address " + lena
                + " belongs to employee ").endsWith(", who stays active: each active person needs their own address to sign in with"));
        assertThatThrownBy(() -> imports.apply(preview.importId())).isInstanceOf(ImportRefused.class);
        assertThat(jdbc.sql("select count(*) from employee where employee_number like ?").param(a + "%").query(Long.class).single()).isZero();
    }

    @Test
    @WithUserDetails("hr")
    void a_leavers_account_is_disabled_with_the_import_and_their_open_session_ends_at_once() {
        String a = unique();
        String address = "sol." + a.toLowerCase() + "@harbourline.example";
        apply("sol.csv", row(a + "1", "Sol", "Signed-In", address, null, true));
        State sol = account(a + "1");
        givePassword(sol.id(), "a long enough password for sol");
        var browser = new HttpSignIn(port);
        assertThat(browser.signIn(address, "a long enough password for sol")).isTrue();
        assertThat(browser.signedIn()).isTrue();

        long importId = apply("sol-leaves.csv", row(a + "1", "Sol", "Signed-In", address, null, false));

        assertThat(account(a + "1").enabled()).isFalse();
        assertThat(browser.signedIn()).as("the session ended with the import").isFalse();
        assertThat(new HttpSignIn(port).signIn(address, "a long enough password for sol")).as("and cannot begin again").isFalse();
        assertThat(jdbc.sql("select generation from session_revocation where account_id = ?").param(sol.id()).query(Long.class).single())
                .isPositive();
        assertThat(audit("account", sol.id()).getLast()).satisfies(entry -> {
            assertThat(entry.get(0)).isEqualTo("account disabled");
            assertThat(entry.get(1)).isEqualTo("hr");
            assertThat(entry.get(2)).contains("Sol Signed-In left the organisation", "sol-leaves.csv");
            assertThat(entry.get(3) + " | " + entry.get(4)).isEqualTo("enabled | disabled");
        });
        assertThat(audit("employee import", importId).getFirst().get(4)).contains("left 1", "accounts disabled 1");
    }

    @Test
    @WithUserDetails("hr")
    void a_rejoiner_is_enabled_again_with_the_app_roles_of_an_employee() {
        String a = unique();
        String address = "ray." + a.toLowerCase() + "@harbourline.example";
        apply("ray.csv", row(a + "1", "Ray", "Return", address, null, true));
        long ray = account(a + "1").id();
        SignedIn.as(users, "admin", () -> administration.changeAccess(ray, EnumSet.of(AppRole.LEARNER, AppRole.HR), true));
        apply("ray-leaves.csv", row(a + "1", "Ray", "Return", address, null, false));
        assertThatThrownBy(() -> SignedIn.as(users, "admin", () -> administration.enable(ray)))
                .isInstanceOf(AccountChangeRefused.class)
                .hasMessageStartingWith("Ray Return has left the organisation according to the employee list");

        long importId = apply("ray-back.csv", row(a + "1", "Ray", "Return", address, null, true));

        assertThat(account(a + "1").enabled()).isTrue();
        assertThat(account(a + "1").roles()).containsExactly("LEARNER");
        var entries = audit("account", ray);
        assertThat(entries).extracting(e -> e.get(0)).containsExactly("account created", "app roles changed", "account disabled",
                "account enabled", "app roles changed");
        assertThat(entries.get(3).subList(3, 5)).containsExactly("disabled", "enabled");
        assertThat(entries.get(4).subList(3, 5)).containsExactly("[HR, LEARNER]", "[LEARNER]");
        assertThat(audit("employee import", importId).getFirst().get(4)).contains("rejoined 1", "accounts enabled again 1");
    }

    @Test
    @WithUserDetails("hr")
    void the_manager_role_is_granted_and_removed_as_the_reporting_line_changes() {
        String a = unique();
        String boss = "max." + a.toLowerCase() + "@harbourline.example";
        String report = "rik." + a.toLowerCase() + "@harbourline.example";
        apply("team.csv", row(a + "1", "Max", "Boss", boss, null, true) + row(a + "2", "Rik", "Report", report, a + "1", true));
        long max = account(a + "1").id();
        assertThat(account(a + "1").roles()).containsExactlyInAnyOrder("LEARNER", "MANAGER");

        apply("no-team.csv", row(a + "2", "Rik", "Report", report, null, true));
        assertThat(account(a + "1").roles()).containsExactly("LEARNER");
        assertThat(audit("account", max).getLast()).satisfies(entry -> {
            assertThat(entry.get(0)).isEqualTo("app roles changed");
            assertThat(entry.get(2)).isEqualTo(boss + ": Manager removed (no active direct reports in the employee list)");
            assertThat(entry.get(3) + " | " + entry.get(4)).isEqualTo("[LEARNER, MANAGER] | [LEARNER]");
        });

        apply("team-again.csv", row(a + "2", "Rik", "Report", report, a + "1", true));
        assertThat(account(a + "1").roles()).containsExactlyInAnyOrder("LEARNER", "MANAGER");
        assertThat(audit("account", max).getLast()).satisfies(entry -> {
            assertThat(entry.get(2)).isEqualTo(boss + ": Manager granted (has direct reports in the employee list)");
            assertThat(entry.get(3) + " | " + entry.get(4)).isEqualTo("[LEARNER] | [LEARNER, MANAGER]");
        });

        // a manager who leaves holds no Manager role, even while the list still names them as someone's manager
        apply("max-leaves.csv", row(a + "1", "Max", "Boss", boss, null, false));
        assertThat(account(a + "1").roles()).containsExactly("LEARNER");
        assertThat(account(a + "1").enabled()).isFalse();
    }

    @Test
    @WithUserDetails("hr")
    void each_applied_file_is_in_the_audit_trail_with_who_its_sha_256_and_the_counts() throws Exception {
        String a = unique();
        byte[] file = (HEADER + row(a + "1", "Fay", "File", "fay." + a.toLowerCase() + "@harbourline.example", null, true)
                + row(a + "2", "Gil", "File", "gil." + a.toLowerCase() + "@harbourline.example", null, true)).getBytes(StandardCharsets.UTF_8);
        // the entry says when, in the application's time (an awkward moment: the night the clocks go forward)
        java.time.Instant moment = java.time.Instant.parse("2027-03-28T01:30:00Z");
        clock.set(moment);
        var preview = imports.preview("counted.csv", file, false);
        imports.apply(preview.importId());

        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file));
        assertThat(audit("employee import", preview.importId())).singleElement().satisfies(entry -> {
            assertThat(entry.get(0)).isEqualTo("employee import applied");
            assertThat(entry.get(1)).isEqualTo("hr");
            assertThat(entry.get(2)).startsWith("counted.csv applied: 2 added, 0 changed, 0 left, 0 rejoined; accounts opened 2");
            assertThat(entry.get(4)).isEqualTo("SHA-256 " + sha256 + "; rows 2; added 2; changed 0; left 0; rejoined 0; "
                    + "accounts opened 2; accounts not opened 0; accounts disabled 0; accounts enabled again 0; "
                    + "account details changed 0; app roles changed 0");
        });
        assertThat(jdbc.sql("select timestampdiff(second, ?, at) from audit_entry where action = 'employee import applied' "
                + "and subject_id = ?").params(TestRecords.utc(moment), String.valueOf(preview.importId())).query(Long.class).single())
                .isBetween(0L, 60L);
    }
}
