package org.continuityacademy.services.ui;

import java.util.List;
import org.continuityacademy.base.export.Pages;
import org.continuityacademy.base.export.ExportColumn;
import org.continuityacademy.base.ui.ExportButtons;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.stream.Collectors;
import org.continuityacademy.base.ui.Badge;
import org.continuityacademy.base.ui.SearchField;
import org.continuityacademy.base.ui.ViewHeader;
import org.continuityacademy.catalogue.Catalogue;
import org.continuityacademy.catalogue.RoleDefinition;
import org.continuityacademy.directory.EmployeeDirectory;
import org.continuityacademy.security.AppRole;
import org.continuityacademy.security.AppRoles;
import org.continuityacademy.security.CurrentUser;
import org.continuityacademy.services.Durations;
import org.continuityacademy.services.ServiceRegister;
import org.continuityacademy.services.ServiceRow;

/** The critical IT services with their recovery targets and the continuity roles each needs. */
@Route("services")
@PageTitle("services.title")
@Menu(order = 25, icon = "vaadin:server", title = "services.title")
@RolesAllowed({AppRoles.CONTINUITY_MANAGER, AppRoles.HR})
class ServicesView extends Main {

    final SearchField search = new SearchField("Name or description", "Search services", this::refreshGrid);
    final Grid<ServiceRow> grid = new Grid<>();
    final Button add = new Button("Add service", VaadinIcon.PLUS.create());
    private final ServiceRegister register;
    private final EmployeeDirectory directory;
    private final Catalogue catalogue;
    private final boolean mayEdit;

    ServicesView(ServiceRegister register, EmployeeDirectory directory, Catalogue catalogue, CurrentUser currentUser) {
        this.register = register;
        this.directory = directory;
        this.catalogue = catalogue;
        this.mayEdit = currentUser.require().hasRole(AppRole.CONTINUITY_MANAGER);
        addClassNames("academy-view", "flex", "flex-col", "h-full");

        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setVisible(mayEdit);
        add.addClickListener(e -> open(null));

        Map<String, String> roleNames = catalogue.roles().stream().collect(Collectors.toMap(RoleDefinition::key, RoleDefinition::name));
        grid.addColumn(ServiceRow::name).setHeader("Service").setSortProperty("name").setFlexGrow(2);
        grid.addColumn(s -> "Tier " + s.tier()).setHeader("Tier").setSortProperty("tier").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> Durations.describe(s.rtoMinutes())).setHeader("RTO").setSortProperty("rtoMinutes").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> Durations.describe(s.rpoMinutes())).setHeader("RPO").setSortProperty("rpoMinutes").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> Durations.describe(s.mtpdMinutes())).setHeader("MTPD").setSortProperty("mtpdMinutes").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> s.ownerName() == null ? "No owner yet" : s.ownerName()).setHeader("Owner").setFlexGrow(1);
        grid.addComponentColumn(s -> {
            var badges = new Div();
            badges.addClassNames("flex", "flex-wrap", "gap-xs");
            s.requiredRoles().forEach(r -> badges.add(new Badge(roleNames.getOrDefault(r.roleKey(), r.roleKey())
                    + (r.deputyRequired() ? " + deputy" : ""))));
            return badges;
        }).setHeader("Needs").setFlexGrow(3);
        grid.addColumn(s -> String.join(", ", s.dependsOn())).setHeader("Depends on").setFlexGrow(2);
        // the role holders page belongs to the continuity module: linked by address, not by class
        grid.addComponentColumn(s -> new Anchor("services/" + s.id() + "/roles", "Role holders"))
                .setKey("holders").setAutoWidth(true).setFlexGrow(0);
        if (mayEdit) {
            grid.addComponentColumn(s -> {
                var edit = new Button("Edit", e -> open(s));
                edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                edit.setAriaLabel("Edit " + s.name());
                return edit;
            }).setKey("edit").setAutoWidth(true).setFlexGrow(0);
        }
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText("No critical services yet." + (mayEdit ? " Add the first one." : ""));
        grid.setItems(query -> register.search(search.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) register.count(search.getValue()));
        grid.setSizeFull();

        add(new ViewHeader("The IT services the business cannot do without, how quickly each must be back (RTO), how "
                + "much data it may lose (RPO), the longest disruption it can bear (MTPD), and the continuity roles it needs.",
                search, add, new ExportButtons<ServiceRow>("critical-services", List.of(
                        ExportColumn.of("Service", ServiceRow::name), ExportColumn.of("Description", ServiceRow::description),
                        ExportColumn.of("Tier", ServiceRow::tier), ExportColumn.of("RTO (minutes)", ServiceRow::rtoMinutes),
                        ExportColumn.of("RPO (minutes)", ServiceRow::rpoMinutes), ExportColumn.of("MTPD (minutes)", ServiceRow::mtpdMinutes),
                        ExportColumn.of("Owner", ServiceRow::ownerName),
                        ExportColumn.of("Needs", s -> s.requiredRoles().stream().map(r -> roleNames.getOrDefault(r.roleKey(), r.roleKey())
                                + (r.deputyRequired() ? " + deputy" : "")).collect(Collectors.joining(", "))),
                        ExportColumn.of("Depends on", s -> String.join(", ", s.dependsOn()))),
                        () -> Pages.stream((offset, limit) -> register.search(search.getValue(),
                                org.springframework.data.domain.PageRequest.of(offset / limit, limit,
                                        org.springframework.data.domain.Sort.by("name"))), 500))), grid);
    }

    private void open(ServiceRow existing) {
        new ServiceDialog(existing, register, directory, catalogue.roles(), saved -> grid.getDataProvider().refreshAll()).open();
    }

    private void refreshGrid() {
        grid.getDataProvider().refreshAll();
    }
}
