package org.continuityacademy.continuity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.continuityacademy.IntegrationTest;
import org.continuityacademy.base.time.TestClock;
import org.continuityacademy.continuity.AssignmentRow;
import org.continuityacademy.continuity.ContinuityRoles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
class MyTeamViewTest extends SpringBrowserlessTest {

    @Autowired
    ContinuityRoles roles;
    @Autowired
    TestClock clock;

    @Test
    @WithUserDetails("manager")
    void a_manager_gives_someone_in_their_team_an_organisation_wide_role() {
        var view = navigate(MyTeamView.class);
        assertThat(test(view.grid).size()).isGreaterThan(5);
        int row = 0;
        while (!test(view.grid).getRow(row).employee().fullName().equals("Lena Novak")) {
            row++;
        }
        var assign = (Button) test(view.grid).getCellComponent(row, "assign");
        test(assign).click();
        var dialog = $(AssignRoleDialog.class).single();
        dialog.role.setValue(dialog.role.getListDataView().getItems()
                .filter(r -> r.key().equals("communications-lead")).findFirst().orElseThrow());
        test(dialog.reason).setValue("writes our customer notices");
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        long lena = test(view.grid).getRow(row).employee().id();
        assertThat(roles.history(lena)).anySatisfy(a -> {
            assertThat(a.roleKey()).isEqualTo("communications-lead");
            assertThat(a.assignedBy()).isEqualTo("manager");
            assertThat(a.current()).isTrue();
        });
        roles.history(lena).stream().filter(AssignmentRow::current).filter(a -> a.roleKey().equals("communications-lead"))
                .forEach(a -> roles.end(a.id(), "test clean-up"));
    }

    @Test
    @WithUserDetails("manager")
    void a_refused_assignment_is_explained_in_the_dialog() {
        var view = navigate(MyTeamView.class);
        test((Button) test(view.grid).getCellComponent(0, "assign")).click();
        var dialog = $(AssignRoleDialog.class).single();
        dialog.role.setValue(dialog.role.getListDataView().getItems()
                .filter(r -> r.key().equals("incident-commander")).findFirst().orElseThrow());
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.error.getText()).isEqualTo("Say why this person takes the role (for the history).");
    }

    @Test
    @WithUserDetails("manager")
    void a_role_is_valid_from_the_organisations_today_not_the_servers() {
        clock.setZone(ZoneId.of("Pacific/Auckland"));
        clock.set(Instant.parse("2026-12-31T11:30:00Z")); // half past midnight on New Year's Day in Auckland

        var view = navigate(MyTeamView.class);
        test((Button) test(view.grid).getCellComponent(0, "assign")).click();

        assertThat($(AssignRoleDialog.class).single().from.getValue()).isEqualTo(LocalDate.of(2027, 1, 1));
    }
}
