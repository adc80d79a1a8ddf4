package org.continuityacademy.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.continuityacademy.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class DemoOrganisationIT {

    static final String DEMO = "employee_number regexp '^E[0-9]+$'";

    @Autowired
    DemoOrganisation organisation;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_demo_company_is_a_believable_organisation() {
        // other tests import people too (numbers T…, V…): count the demo company's own (E…)
        assertThat(count("select count(*) from employee where " + DEMO)).isBetween(240, 260);
        assertThat(count("select count(*) from department")).isGreaterThanOrEqualTo(8);
        assertThat(count("select count(*) from employee where manager_id is null and " + DEMO)).isEqualTo(1);
        assertThat(count("select count(distinct manager_id) from employee")).isGreaterThan(20);
        assertThat(count("""
                with recursive chain (id, depth) as (
                    select id, 1 from employee where manager_id is null
                    union all select e.id, chain.depth + 1 from employee e join chain on e.manager_id = chain.id)
                select max(depth) from chain""")).isGreaterThanOrEqualTo(4);
        assertThat(count("select count(distinct email) from employee where " + DEMO))
                .isEqualTo(count("select count(*) from employee where " + DEMO));
    }

    @Test
    void every_demo_login_belongs_to_an_employee_and_holds_its_roles() {
        for (var login : DemoOrganisation.LOGINS) {
            assertThat(count("select count(*) from account a join employee e on e.id = a.employee_id "
                    + "where a.username = '" + login.username() + "' and concat(e.first_name, ' ', e.last_name) = '"
                    + login.name() + "'")).as(login.username()).isEqualTo(1);
            assertThat(jdbc.queryForList("select role from account_role r join account a on a.id = r.account_id "
                    + "where a.username = ?", String.class, login.username()))
                    .containsExactlyInAnyOrderElementsOf(login.roles().stream().map(Enum::name).toList());
        }
    }

    @Test
    void creating_it_again_duplicates_nothing() {
        int employees = count("select count(*) from employee");
        int accounts = count("select count(*) from account");

        assertThat(organisation.createIfEmpty()).isFalse();

        assertThat(count("select count(*) from employee")).isEqualTo(employees);
        assertThat(count("select count(*) from account")).isEqualTo(accounts);
    }

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }
}
