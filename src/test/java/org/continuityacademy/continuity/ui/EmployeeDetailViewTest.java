package org.continuityacademy.continuity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.continuityacademy.catalogue.ModuleInfo;
import org.continuityacademy.IntegrationTest;
import org.continuityacademy.training.TrainingRecords;
import org.continuityacademy.training.TrainingState;
import org.continuityacademy.training.ui.AssignModuleDialog;
import org.continuityacademy.training.ui.WaiveDialog;
import org.continuityacademy.base.ui.NotFoundView;
import org.continuityacademy.directory.EmployeeDirectory;
import org.continuityacademy.directory.EmployeeFilter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
class EmployeeDetailViewTest extends SpringBrowserlessTest {

    @Autowired
    EmployeeDirectory directory;
    @Autowired
    TrainingRecords training;

    @Test
    @WithUserDetails("hr")
    void hr_opens_a_person_with_their_roles() {
        long marcus = directory.search(new EmployeeFilter("marcus.bell", null, true, "London"), PageRequest.of(0, 1)).getFirst().id();
        UI.getCurrent().navigate("employees/" + marcus);

        assertThat($(H2.class).all()).extracting(H2::getText).contains("Marcus Bell");
        assertThat($(Span.class).all()).extracting(Span::getText).contains("Department: Customer Service");
        assertThat(getCurrentView()).isInstanceOf(EmployeeDetailView.class);
    }

    @Test
    @WithUserDetails("hr")
    void hr_assigns_a_module_by_hand_and_waives_it_with_a_reason() {
        long thomas = directory.search(new EmployeeFilter("thomas.adams", null, true), PageRequest.of(0, 1)).getFirst().id();
        UI.getCurrent().navigate("employees/" + thomas);
        var view = (EmployeeDetailView) getCurrentView();
        int before = test(view.assignments).size();

        test($(Button.class).withText("Assign a module").single()).click();
        var dialog = $(AssignModuleDialog.class).single();
        var assign = $(Button.class, dialog).withText("Assign").single();
        test(assign).click();
        assertThat(dialog.isOpened()).as("no module chosen").isTrue();
        @SuppressWarnings("unchecked")
        ComboBox<ModuleInfo> module = $(ComboBox.class, dialog).withCaption("Module").single();
        module.setValue(module.getListDataView().getItems()
                .filter(m -> m.id().equals("role-communications-lead")).findFirst().orElseThrow());
        test(assign).click();
        assertThat(dialog.isOpened()).as("no reason given").isTrue();
        assertThat($(Paragraph.class, dialog).all()).extracting(Paragraph::getText)
                .contains("Why: say why these people should take the module (for the history).");
        test($(TextField.class, dialog).withCaption("Why").single()).setValue("covers customer notices next quarter");
        test(assign).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(test(view.assignments).size()).isEqualTo(before + 1);
        int row = 0;
        while (!test(view.assignments).getRow(row).moduleId().equals("role-communications-lead")) {
            row++;
        }
        assertThat(test(view.assignments).getRow(row).reason()).isEqualTo("covers customer notices next quarter");

        test((Button) test(view.assignments).getCellComponent(row, "waive")).click();
        var waive = $(WaiveDialog.class).single();
        var waiveButton = $(Button.class, waive).withText("Waive").single();
        var why = $(TextField.class, waive).withCaption("Why").single();
        test(waiveButton).click();
        assertThat(why.getErrorMessage()).contains("say why");
        test(why).setValue("plans changed");
        test(waiveButton).click();

        assertThat(waive.isOpened()).isFalse();
        assertThat(training.statusOf(thomas).assignments()).filteredOn(a -> a.moduleId().equals("role-communications-lead"))
                .allSatisfy(a -> assertThat(a.state()).isEqualTo(TrainingState.WAIVED));
    }

    @Test
    @WithUserDetails("admin")
    void an_administrator_reads_training_but_does_not_assign_it() {
        long thomas = directory.search(new EmployeeFilter("thomas.adams", null, true), PageRequest.of(0, 1)).getFirst().id();
        UI.getCurrent().navigate("employees/" + thomas);
        assertThat($(Button.class).withText("Assign a module").all()).isEmpty();
        assertThat(((EmployeeDetailView) getCurrentView()).assignments.getColumnByKey("waive")).isNull();
    }

    @Test
    @WithUserDetails("hr")
    void the_import_page_is_not_mistaken_for_a_person() {
        UI.getCurrent().navigate("employees/import");
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("EmployeeImportView");
    }

    @Test
    @WithUserDetails("hr")
    void an_unknown_person_is_not_found() {
        UI.getCurrent().navigate("employees/999999999");
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    @WithUserDetails("learner")
    void a_learner_cannot_open_someone_else() {
        UI.getCurrent().navigate("employees/1");
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }
}
