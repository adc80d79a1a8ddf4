package org.continuityacademy.training.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
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

    final MultiSelectComboBox<EmployeeRow> people = new MultiSelectComboBox<>(getTranslation("assign-training.people"));
    final Button next = new Button(getTranslation("assign-training.next"));

    AssignTrainingView(EmployeeDirectory directory, Catalogue catalogue, TrainingRecords records, Clock clock) {
        addClassNames("academy-view", "flex", "flex-col");
        String noDepartment = getTranslation("assign-training.no-department");
        people.setItemLabelGenerator(e -> e.fullName() + " · " + (e.department() == null ? noDepartment : e.department()));
        people.setItems(query -> directory.search(new EmployeeFilter(query.getFilter().orElse(""), null, true),
                PageRequest.of(query.getOffset() / Math.max(1, query.getLimit()), Math.max(1, query.getLimit()))).stream());
        people.setWidth("40rem");
        people.setMaxWidth("100%");
        people.setPlaceholder(getTranslation("assign-training.people.placeholder"));
        people.setHelperText(getTranslation("assign-training.people.helper"));
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClickListener(e -> {
            if (people.getValue().isEmpty()) {
                people.setInvalid(true);
                people.setErrorMessage(getTranslation("assign-training.error.people"));
                return;
            }
            people.setInvalid(false);
            var chosen = List.copyOf(people.getValue());
            String who = chosen.size() == 1 ? chosen.getFirst().fullName() : getTranslation("assign-training.people-count", chosen.size());
            new AssignModuleDialog(who, chosen.stream().map(EmployeeRow::id).toList(), catalogue.servedModules(), records, clock,
                    created -> people.clear()).open();
        });
        add(new ViewHeader(getTranslation("assign-training.explanation")), people, next);
        next.getStyle().set("align-self", "flex-start");
    }
}
