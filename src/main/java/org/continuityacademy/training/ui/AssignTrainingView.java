package org.continuityacademy.training.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.continuityacademy.base.ui.ViewHeader;
import org.continuityacademy.catalogue.Catalogue;
import org.continuityacademy.directory.EmployeeDirectory;
import org.continuityacademy.directory.EmployeeFilter;
import org.continuityacademy.directory.EmployeeRow;
import org.continuityacademy.security.AppRoles;
import org.continuityacademy.training.TrainingRecords;
import org.springframework.data.domain.PageRequest;

/** HR and the continuity manager assign a module by hand to the people they choose. */
@Route("training/assign")
@PageTitle("assign-training.title")
@Menu(order = 31, icon = "vaadin:plus-circle", title = "assign-training.title")
@RolesAllowed({AppRoles.CONTINUITY_MANAGER, AppRoles.HR})
class AssignTrainingView extends Main {

    final MultiSelectComboBox<EmployeeRow> people = new MultiSelectComboBox<>("People");
    final Button next = new Button("Choose the module…");

    AssignTrainingView(EmployeeDirectory directory, Catalogue catalogue, TrainingRecords records) {
        addClassNames("academy-view", "flex", "flex-col");
        people.setItemLabelGenerator(e -> e.fullName() + " · " + (e.department() == null ? "no department" : e.department()));
        people.setItems(query -> directory.search(new EmployeeFilter(query.getFilter().orElse(""), null, true),
                PageRequest.of(query.getOffset() / Math.max(1, query.getLimit()), Math.max(1, query.getLimit()))).stream());
        people.setWidth("40rem");
        people.setMaxWidth("100%");
        people.setPlaceholder("Type a name, e-mail or employee number");
        people.setHelperText("Current employees only. Someone who already has the module open keeps that assignment.");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClickListener(e -> {
            if (people.getValue().isEmpty()) {
                people.setInvalid(true);
                people.setErrorMessage("Choose at least one person.");
                return;
            }
            people.setInvalid(false);
            var chosen = List.copyOf(people.getValue());
            String who = chosen.size() == 1 ? chosen.getFirst().fullName() : chosen.size() + " people";
            new AssignModuleDialog(who, chosen.stream().map(EmployeeRow::id).toList(), catalogue.servedModules(), records,
                    created -> people.clear()).open();
        });
        add(new ViewHeader("Give chosen people a module to complete by a date, for example after an exercise showed a gap. "
                + "Modules that continuity roles require are assigned on their own when someone takes the role."), people, next);
        next.getStyle().set("align-self", "flex-start");
    }
}
