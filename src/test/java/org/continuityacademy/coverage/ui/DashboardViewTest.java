package org.continuityacademy.coverage.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.continuityacademy.IntegrationTest;
import org.continuityacademy.TestRecords;
import org.continuityacademy.base.time.TestClock;
import org.continuityacademy.continuity.ContinuityRoles;
import org.continuityacademy.coverage.CoverageFixture;
import org.continuityacademy.coverage.Option;
import org.continuityacademy.coverage.OverdueRow;
import org.continuityacademy.coverage.PairRow;
import org.continuityacademy.base.ui.NotFoundView;
import org.continuityacademy.services.ServiceRegister;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** The dashboard on the hand-counted {@link CoverageFixture}: what HR reads, clicks and downloads. */
@IntegrationTest
class DashboardViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock clock;
    @Autowired
    UserDetailsService users;
    @Autowired
    ServiceRegister services;
    @Autowired
    ContinuityRoles roles;
    @Autowired
    org.continuityacademy.continuity.Readiness readiness;

    CoverageFixture fixture;

    @BeforeEach
    void aSmallDepartment() {
        fixture = new CoverageFixture(jdbc, clock, users, services, roles);
    }

    @Test
    @WithUserDetails("hr")
    void the_figures_follow_the_filter_and_open_the_people_behind_them() {
        var view = open();
        chooseDepartment(view);

        assertThat(view.coverageTile.figureText()).isEqualTo("57%");
        assertThat(view.coverageTile.labelText()).isEqualTo("16 of 28 required modules current");
        assertThat(view.overdueTile.figureText()).isEqualTo("1");
        assertThat(view.expiringTile.figureText()).isEqualTo("1");
        assertThat(test(view.byDepartment).size()).isEqualTo(1);
        assertThat(test(view.byDepartment).getCellText(0, 1)).isEqualTo("57%");
        assertThat(test(view.byRole).getCellText(0, 0)).isEqualTo("All staff");
        assertThat(test(view.byRole).getCellText(1, 2)).isEqualTo("10 of 16");
        assertThat(view.byDepartmentChart.optionJson()).contains("\"" + fixture.departmentName + "\"").contains("\"value\":57.0");
        assertThat(view.byDepartmentChart.getElement().getAttribute("aria-label")).isEqualTo("Coverage by department");
        assertThat(view.byDepartmentChart.summaryText()).isEqualTo(fixture.departmentName + ": 57%.");

        test(view.coverageTile).click();
        assertThat(view.tabs.getSelectedTab()).isEqualTo(view.peopleTab);
        assertThat(test(view.people).size()).isEqualTo(12);
        assertThat(test(view.people).getCellText(0, 0)).isEqualTo("Ben Baker");
        test(view.expiringTile).click();
        assertThat(test(view.people).size()).isEqualTo(1);
        assertThat(test(view.people).getCellText(0, 3)).isEqualTo("Your role: IT Recovery Lead");
    }

    @Test
    @WithUserDetails("hr")
    void the_excel_download_opens_with_poi_and_holds_the_rows_of_the_grid() throws Exception {
        var view = open();
        chooseDepartment(view);
        view.showPeople(DashboardView.PeopleShown.ALL);
        var grid = test(view.people);
        assertThat(grid.size()).isEqualTo(28);

        var out = new ByteArrayOutputStream();
        view.peopleExports.writeXlsx(out);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(grid.size());
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Person");
            List<String> grid_rows = new ArrayList<>();
            List<String> sheet_rows = new ArrayList<>();
            for (int i = 0; i < grid.size(); i++) {
                grid_rows.add(grid.getCellText(i, 0) + "|" + grid.getCellText(i, 1) + "|" + grid.getCellText(i, 3));
                var row = sheet.getRow(i + 1);
                sheet_rows.add(row.getCell(0).getStringCellValue() + "|" + row.getCell(1).getStringCellValue() + "|"
                        + row.getCell(4).getStringCellValue());
            }
            assertThat(sheet_rows).isEqualTo(grid_rows);
        }

        var csv = new ByteArrayOutputStream();
        view.overdueExports.writeCsv(csv);
        String text = new String(csv.toByteArray(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFPerson,Department,Module,Due,Days late,Manager,Why assigned\r\n");
        assertThat(text.lines()).hasSize(2);
        assertThat(text.lines().skip(1).findFirst().orElseThrow()).startsWith("Cal Carter," + fixture.departmentName + ",")
                .contains(",5,,Fixture");
    }

    @Test
    @WithUserDetails("hr")
    void selected_overdue_people_get_a_reminder_now() {
        var view = open();
        chooseDepartment(view);
        test(view.overdueTile).click();
        assertThat(view.tabs.getSelectedTab()).isEqualTo(view.overdueTab);
        assertThat(view.remind.isEnabled()).isFalse();
        OverdueRow cal = test(view.overdue).getRow(0);
        assertThat(cal.name()).isEqualTo("Cal Carter");
        assertThat(test(view.overdue).getCellText(0, 4)).isEqualTo("5 days");

        view.overdue.select(cal);
        test(view.remind).click();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("1 reminder sent.");
        view.overdue.select(cal);
        test(view.remind).click();
        assertThat(test($(Notification.class).last()).getText())
                .isEqualTo("No reminder sent: this person already had one about it today.");
    }

    @Test
    @WithUserDetails("continuity")
    void a_filter_that_matches_nobody_shows_empty_states_not_errors() {
        var view = open();
        chooseDepartment(view);
        // nobody in the department holds this role
        view.role.setValue(view.role.getListDataView().getItems().filter(r -> r.key().equals("communications-lead")).findFirst()
                .orElseThrow());

        assertThat(view.coverageTile.figureText()).isEqualTo("—");
        assertThat(view.coverageTile.labelText()).isEqualTo("No training required for these filters");
        assertThat(test(view.byDepartment).size()).isZero();
        assertThat(view.byDepartment.getEmptyStateText()).isEqualTo("Nobody matches these filters.");
        assertThat(view.byDepartmentChart.summaryText()).isEqualTo("Nobody matches these filters.");
        view.showPeople(DashboardView.PeopleShown.ALL);
        assertThat(test(view.people).size()).isZero();
        assertThat(view.trendNote.getText()).startsWith("The trend follows one department, role or module at a time");
        view.clear.click();
        assertThat(view.role.getValue()).isNull();
        assertThat(view.department.getValue()).isNull();
    }

    @Test
    @WithUserDetails("hr")
    void each_chart_has_a_one_line_summary_under_it_that_describes_it_to_screen_readers() {
        var view = open();
        for (var chart : List.of(view.byDepartmentChart, view.byRoleChart, view.servicesChart, view.trendChart)) {
            // shown under the chart, and the chart's accessible description
            assertThat(chart.summary().getParent()).isEqualTo(chart.getParent());
            assertThat(chart.summary().isVisible()).isTrue();
            assertThat(chart.getElement().getAttribute("aria-describedby")).isEqualTo(chart.summary().getId().orElseThrow());
            assertThat(chart.summaryText()).isNotBlank().endsWith(".");
        }
        assertThat(view.byDepartmentChart.summaryText())
                .matches("\\d+ departments, from .+ at \\d+% to .+ at \\d+%; (none|one|\\d+) below 70%\\.");
        assertThat(view.byRoleChart.summaryText())
                .matches("\\d+ continuity roles, from .+ at \\d+% to .+ at \\d+%; (none|one|\\d+) below 70%\\.");
        assertThat(view.servicesChart.summaryText()).matches("(\\d+ of \\d+ critical services ready, \\d+ at risk, \\d+ not ready|"
                + "No critical services for these filters)\\.");

        LocalDate today = LocalDate.now(clock);
        var start = new org.continuityacademy.coverage.CoveragePoint(today.minusDays(90), 200, 122);
        var middle = new org.continuityacademy.coverage.CoveragePoint(today.minusDays(45), 200, 130);
        var end = new org.continuityacademy.coverage.CoveragePoint(today, 200, 148);
        assertThat(view.trendSummary(List.of(start, middle, end))).isEqualTo("Coverage rose from 61% to 74% over 90 days.");
        assertThat(view.trendSummary(List.of(end, new org.continuityacademy.coverage.CoveragePoint(today.plusDays(1), 200, 122))))
                .isEqualTo("Coverage fell from 74% to 61% over one day.");
        assertThat(view.trendSummary(List.of(start, new org.continuityacademy.coverage.CoveragePoint(today, 100, 61))))
                .isEqualTo("Coverage stayed at 61% over 90 days.");
        assertThat(view.trendSummary(List.of(end))).isEqualTo("Coverage was 74% on " + org.continuityacademy.base.i18n.Formats.current()
                .date(today) + ".");
        assertThat(view.trendSummary(List.of())).isEqualTo("No snapshots in this period yet: one is stored every day.");
    }

    @Test
    @WithUserDetails("manager")
    void a_manager_sees_their_own_line() {
        var view = open();
        chooseDepartment(view);
        assertThat(view.coverageTile.labelText()).isEqualTo("16 of 22 required modules current");
        assertThat(view.overdueTile.figureText()).isEqualTo("0");
        view.showPeople(DashboardView.PeopleShown.ALL);
        var grid = test(view.people);
        List<PairRow> rows = new ArrayList<>();
        for (int i = 0; i < grid.size(); i++) {
            rows.add(grid.getRow(i));
        }
        assertThat(rows).extracting(PairRow::employeeId).containsOnly(fixture.ann, fixture.ben);
        view.showOverdue();
        assertThat(test(view.overdue).size()).isZero();
        assertThat($(Button.class).withText("Send a reminder now").single().isEnabled()).isFalse();
    }

    @Test
    @WithUserDetails("hr")
    void the_overdue_tile_counts_an_assignment_due_today_only_from_midnight_in_the_organisations_zone() {
        clock.setZone(ZoneId.of("Pacific/Auckland"));
        LocalDate today = LocalDate.now(clock);
        var records = new TestRecords(jdbc, clock);
        long department = jdbc.sql("select nextval(department_seq)").query(Long.class).single();
        jdbc.sql("insert into department (id, name) values (?, ?)").params(department, "Auckland " + department).update();
        long pat = records.employee("Pat", "Auckland", null);
        jdbc.sql("update employee set department_id = ? where id = ?").params(department, pat).update();
        records.assignment(pat, "itscm-for-everyone", clock.instant().minus(Duration.ofDays(20)), today);

        clock.set(today.atTime(23, 30).atZone(clock.getZone()).toInstant());
        var view = open();
        Option auckland = view.department.getListDataView().getItems().filter(o -> o.label().equals("Auckland " + department))
                .findFirst().orElseThrow();
        view.department.setValue(auckland);
        assertThat(view.overdueTile.figureText()).isEqualTo("0");

        clock.set(today.plusDays(1).atTime(0, 10).atZone(clock.getZone()).toInstant());
        view.department.clear();
        view.department.setValue(auckland);
        assertThat(view.overdueTile.figureText()).isEqualTo("1");
        assertThat(view.overdueTile.labelText()).isEqualTo("assignment overdue");
        view.showOverdue();
        assertThat(test(view.overdue).getCellText(0, 4)).isEqualTo("1 day");
    }

    @Test
    @WithUserDetails("learner")
    void a_learner_cannot_open_it() {
        UI.getCurrent().navigate("dashboard");
        assertThat(getCurrentView()).isNotInstanceOf(DashboardView.class);
    }

    @Test
    @WithUserDetails("hr")
    void a_service_with_no_roles_defined_is_counted_but_never_ready() {
        org.continuityacademy.SignedIn.as(users, "continuity", () -> services.create(new org.continuityacademy.services.ServiceDraft(
                "No roles dashboard " + System.nanoTime(), "Fixture", null, 3, 60, 15, 2 * 24 * 60, java.util.Set.of(), java.util.Set.of())));
        var counts = readiness.stateCounts();
        assertThat(counts.get(org.continuityacademy.continuity.ServiceState.NO_ROLES)).isPositive();

        // "N of M ready": every service counts in M, only the ready ones in N
        assertThat(open().servicesTile.figureText()).isEqualTo(counts.get(org.continuityacademy.continuity.ServiceState.READY)
                + " of " + readiness.countServices() + " ready");
    }

    private DashboardView open() {
        UI.getCurrent().navigate("dashboard");
        var view = (DashboardView) getCurrentView();
        view.tables.forEach(details -> details.setOpened(true));
        return view;
    }

    private void chooseDepartment(DashboardView view) {
        Option option = view.department.getListDataView().getItems()
                .filter(o -> o.label().equals(fixture.departmentName)).findFirst().orElseThrow();
        view.department.setValue(option);
    }
}
