package org.continuityacademy.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.continuityacademy.IntegrationTest;
import org.continuityacademy.security.AppRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

/** Service methods refuse callers without the app role, whatever the UI shows. */
@IntegrationTest
class AccessControlIT {

    @Autowired
    AccountAdministration accounts;
    @Autowired
    EmployeeDirectory directory;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    @Test
    @WithUserDetails("learner")
    void a_learner_cannot_list_or_change_accounts() {
        assertThatThrownBy(() -> accounts.search("", PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.changeAccess(1L, EnumSet.of(AppRole.ADMIN), true))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("manager")
    void a_manager_cannot_search_the_whole_directory() {
        assertThatThrownBy(() -> directory.search(EmployeeFilter.activeOnly(), PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("learner")
    void a_learner_has_no_team_view() {
        assertThatThrownBy(() -> directory.myReportingLine(PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithAnonymousUser
    void nobody_signed_in_gets_nothing() {
        assertThatThrownBy(() -> directory.myProfile()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("admin")
    void an_administrator_lists_accounts() {
        assertThat(accounts.count("")).isGreaterThanOrEqualTo(5);
        assertThat(accounts.search("learner", PageRequest.of(0, 10)))
                .singleElement().satisfies(a -> assertThat(a.roles()).containsExactly(AppRole.LEARNER));
    }

    @Test
    @WithUserDetails("hr")
    void hr_searches_the_directory_by_name_and_department() {
        // the demo company's 250, and anyone other tests imported
        assertThat(directory.count(EmployeeFilter.activeOnly())).isGreaterThanOrEqualTo(250);
        var customerService = directory.departments().stream().filter(d -> d.name().equals("Customer Service"))
                .findFirst().orElseThrow();
        var found = directory.search(new EmployeeFilter("novak", customerService.id(), true), PageRequest.of(0, 10));
        assertThat(found).extracting(EmployeeRow::fullName).containsExactly("Lena Novak");
    }

    @Test
    @WithUserDetails("hr")
    void a_search_for_a_percent_sign_matches_nothing_rather_than_everything() {
        assertThat(directory.count(new EmployeeFilter("%", null, null))).isZero();
    }

    @Test
    @WithUserDetails("manager")
    void a_manager_sees_their_own_reporting_line_only() {
        long count = directory.countMyReportingLine();
        // other suites add people to Marcus's team as fixtures: read the whole line, however long it has grown
        var line = directory.myReportingLine(PageRequest.of(0, (int) count));
        assertThat(line).hasSize((int) count)
                .allSatisfy(e -> assertThat(e.managerName()).isEqualTo("Marcus Bell"))
                .extracting(EmployeeRow::fullName).contains("Lena Novak");
    }

    @Test
    @WithUserDetails("admin")
    void an_administrator_cannot_remove_their_own_administrator_role() {
        long self = accounts.search("admin", PageRequest.of(0, 10)).stream()
                .filter(a -> a.username().equals("admin")).findFirst().orElseThrow().id();
        assertThatThrownBy(() -> accounts.changeAccess(self, EnumSet.of(AppRole.LEARNER), true))
                .isInstanceOf(AccountChangeRefused.class)
                .hasMessageContaining("your own administrator role");
        assertThat(accounts.search("admin", PageRequest.of(0, 10)).getFirst().roles()).contains(AppRole.ADMIN);
    }

    @Test
    @WithUserDetails("admin")
    void an_administrator_grants_an_app_role() {
        long hr = accounts.search("hr", PageRequest.of(0, 10)).stream()
                .filter(a -> a.username().equals("hr")).findFirst().orElseThrow().id();
        var changed = accounts.changeAccess(hr, EnumSet.of(AppRole.LEARNER, AppRole.HR, AppRole.MANAGER), true);
        try {
            assertThat(changed.roles()).containsExactlyInAnyOrder(AppRole.LEARNER, AppRole.HR, AppRole.MANAGER);
        } finally {
            accounts.changeAccess(hr, EnumSet.of(AppRole.LEARNER, AppRole.HR), true);
        }
    }

    @Test
    @WithUserDetails("manager")
    void a_manager_learns_which_people_are_in_their_line_and_nothing_about_others() {
        long lena = directory.myReportingLine(PageRequest.of(0, 1000)).stream().filter(e -> e.fullName().equals("Lena Novak"))
                .findFirst().orElseThrow().id();
        long priya = jdbc.sql("select employee_id from account where username = 'continuity'").query(Long.class).single();

        assertThat(directory.inMyReportingLine(java.util.List.of(lena, priya, -1L))).containsExactly(lena);
    }

    @Test
    @WithUserDetails("learner")
    void a_learner_has_no_reporting_line_to_ask_about() {
        assertThatThrownBy(() -> directory.inMyReportingLine(java.util.List.of(1L))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("learner")
    void colleagues_names_by_id_are_for_services_inside_their_transaction_not_for_views() {
        assertThatThrownBy(() -> directory.names(java.util.List.of(1L, 2L, 3L)))
                .isInstanceOf(org.springframework.transaction.IllegalTransactionStateException.class);
        java.util.Map<Long, String> insideATransaction = transactions.execute(status -> directory.names(java.util.List.of(-1L)));
        assertThat(insideATransaction).isEmpty();
    }
}
