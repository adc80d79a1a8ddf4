package org.continuityacademy.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.continuityacademy.IntegrationTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * V21 opened accounts for the people already in HR's list when accounts began to follow it. The test database was
 * empty when it ran, so this runs its data statements again over a small world made for the purpose, inside a
 * transaction it rolls back: the accounts, roles, renamed leavers and audit entries are checked, then undone.
 */
@IntegrationTest
class AccountsMigrationIT {

    static final String MIGRATION = "db/migration/V21__accounts_follow_the_directory.sql";
    static final String DATA_FROM = "-- Data from here on";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;

    /** The migration's data statements, without comments, in order. */
    static List<String> dataStatements() throws IOException {
        String text = new ClassPathResource(MIGRATION).getContentAsString(StandardCharsets.UTF_8);
        String data = text.substring(text.indexOf(DATA_FROM));
        String withoutComments = String.join("\n", data.lines().filter(line -> !line.strip().startsWith("--")).toList());
        return Arrays.stream(withoutComments.split(";\\s*\\n")).map(String::strip)
                .map(s -> s.endsWith(";") ? s.substring(0, s.length() - 1) : s).filter(s -> !s.isEmpty()).toList();
    }

    long employee(String first, String last, String email, boolean active, @Nullable Long manager) {
        long id = jdbc.sql("select nextval(employee_seq)").query(Long.class).single();
        jdbc.sql("""
                insert into employee (id, employee_number, first_name, last_name, email, manager_id, active, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, '2026-01-01 00:00:00', '2026-01-01 00:00:00')
                """).params(id, "M" + id, first, last, email, manager, active).update();
        return id;
    }

    long account(String username, @Nullable Long employee, String role) {
        long id = jdbc.sql("select nextval(account_seq)").query(Long.class).single();
        jdbc.sql("""
                insert into account (id, username, display_name, email, employee_id, enabled, created_at, version)
                values (?, ?, 'Existing', null, ?, true, '2026-01-01 00:00:00', 0)
                """).params(id, username, employee).update();
        jdbc.sql("insert into account_role (account_id, role) values (?, ?)").params(id, role).update();
        return id;
    }

    record Opened(long id, String username, boolean enabled, Set<String> roles) {
    }

    @Nullable Opened accountOf(long employee) {
        return jdbc.sql("""
                        select a.id, a.username, a.enabled,
                               (select group_concat(r.role order by r.role) from account_role r where r.account_id = a.id)
                        from account a where a.employee_id = ?
                        """).param(employee)
                .query((rs, n) -> new Opened(rs.getLong(1), rs.getString(2), rs.getBoolean(3), Set.of(rs.getString(4).split(","))))
                .optional().orElse(null);
    }

    List<String> audit(String subjectType, long id) {
        return jdbc.sql("select concat(action, ' | ', actor, ' | ', summary, ' | ', coalesce(after_state, '')) from audit_entry "
                + "where subject_type = ? and subject_id = ? order by id").params(subjectType, String.valueOf(id)).query(String.class).list();
    }

    @Test
    void every_active_employee_gets_an_account_leavers_are_disabled_and_whoever_cannot_have_one_is_in_the_audit_trail() throws Exception {
        var statements = dataStatements();
        assertThat(statements).hasSizeGreaterThan(8);
        String n = String.valueOf(System.nanoTime() % 100_000_000);

        transaction.executeWithoutResult(status -> {
            long ann = employee("Ann", "Upper", "Ann.Upper." + n + "@Example.com", true, null);
            long max = employee("Max", "Manager", "max." + n + "@example.com", true, null);
            long rio = employee("Rio", "Report", "rio." + n + "@example.com", true, max);
            long lee = employee("Lee", "Left", "lee." + n + "@example.com", false, null);
            long leeAccount = account("lee." + n + "@example.com", lee, "HR");
            long cat = employee("Cat", "Clash", "shared." + n + "@example.com", true, null);
            long shared = account("shared." + n + "@example.com", null, "ADMIN");
            long old = employee("Olly", "Old", "desk." + n + "@example.com", false, null);
            long oldAccount = account("desk." + n + "@example.com", old, "LEARNER");
            long dan = employee("Dan", "Desk", "desk." + n + "@example.com", true, null);
            long eve = employee("Eve", "First", "twin." + n + "@example.com", true, null);
            long eli = employee("Eli", "Second", "twin." + n + "@example.com", true, null);
            long lon = employee("Lon", "Address", "l".repeat(90) + "." + n + "@example.com", true, null);
            long ina = employee("Ina", "Inactive", "ina." + n + "@example.com", false, null);

            statements.forEach(sql -> jdbc.sql(sql).update());

            assertThat(accountOf(ann)).isEqualTo(new Opened(accountOf(ann).id(), "ann.upper." + n + "@example.com", true, Set.of("LEARNER")));
            assertThat(jdbc.sql("select email from account where employee_id = ?").param(ann).query(String.class).single())
                    .isEqualTo("Ann.Upper." + n + "@Example.com");
            assertThat(accountOf(max).roles()).containsExactlyInAnyOrder("LEARNER", "MANAGER");
            assertThat(accountOf(rio).roles()).containsExactly("LEARNER");
            assertThat(audit("account", accountOf(ann).id())).containsExactly("account created | system | ann.upper." + n
                    + "@example.com opened for Ann Upper, in the employee list when accounts began to follow it | [LEARNER]");
            assertThat(audit("account", accountOf(max).id())).singleElement().asString().endsWith("[LEARNER, MANAGER]");

            assertThat(accountOf(lee).enabled()).isFalse();
            assertThat(audit("account", leeAccount)).singleElement().asString().startsWith("account disabled | system | lee." + n);

            assertThat(accountOf(cat)).isNull();
            assertThat(jdbc.sql("select count(*) from account a join account_role r on r.account_id = a.id "
                    + "where a.id = ? and a.employee_id is null and r.role = 'ADMIN'").param(shared).query(Long.class).single()).isOne();
            assertThat(audit("employee", cat)).containsExactly("account not opened | system | Cat Clash (M" + cat + ") has no account: "
                    + "the user name shared." + n + "@example.com belongs to another account | ");

            assertThat(accountOf(dan).username()).isEqualTo("desk." + n + "@example.com");
            assertThat(accountOf(old).username()).isEqualTo("left-" + oldAccount + "-desk." + n + "@example.com");
            assertThat(audit("account", oldAccount)).anySatisfy(entry -> assertThat(entry)
                    .startsWith("account details changed | system | desk." + n + "@example.com: the address now belongs to Dan Desk"));

            assertThat(accountOf(eve).username()).isEqualTo("twin." + n + "@example.com");
            assertThat(accountOf(eli)).isNull();
            assertThat(audit("employee", eli)).singleElement().asString().contains("belongs to another account");
            assertThat(accountOf(lon)).isNull();
            assertThat(audit("employee", lon)).singleElement().asString()
                    .contains("the e-mail address is longer than a user name may be (100 characters)");
            assertThat(accountOf(ina)).isNull();
            assertThat(jdbc.sql("select count(*) from account where id in (?, ?, ?)").params(accountOf(ann).id(), accountOf(max).id(),
                    accountOf(dan).id()).query(Long.class).single()).as("distinct ids").isEqualTo(3);

            status.setRollbackOnly();
        });
    }
}
