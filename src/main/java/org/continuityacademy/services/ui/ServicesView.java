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
import org.continuityacademy.base.i18n.Messages;
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
import org.continuityacademy.services.RequiredRole;
import org.continuityacademy.services.ServiceRegister;
import org.continuityacademy.services.ServiceRow;
import org.jspecify.annotations.Nullable;

/** The critical IT services with their recovery targets and the continuity roles each needs. */
@Route("services")
@PageTitle("services.title")
@Menu(order = 25, icon = "vaadin:server", title = "services.title")
@RolesAllowed({AppRoles.CONTINUITY_MANAGER, AppRoles.HR})
class ServicesView extends Main {

    final SearchField search = new SearchField(getTranslation("services.search.placeholder"), getTranslation("services.search.aria"),
            this::refreshGrid);
    final Grid<ServiceRow> grid = new Grid<>();
    final Button add = new Button(getTranslation("services.add"), VaadinIcon.PLUS.create());
    private final ServiceRegister register;
    private final EmployeeDirectory directory;
    private final Catalogue catalogue;
    private final boolean mayEdit;

    ServicesView(ServiceRegister register, EmployeeDirectory directory, Catalogue catalogue, CurrentUser currentUser, Messages messages) {
        this.register = register;
        this.directory = directory;
        this.catalogue = catalogue;
        this.mayEdit = currentUser.require().hasRole(AppRole.CONTINUITY_MANAGER);
        addClassNames("academy-view", "flex", "flex-col", "h-full");

        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setVisible(mayEdit);
        add.addClickListener(e -> open(null));

        Map<String, String> roleNames = catalogue.roles().stream().collect(Collectors.toMap(RoleDefinition::key, RoleDefinition::name));
        grid.addColumn(ServiceRow::name).setHeader(getTranslation("services.column.service")).setSortProperty("name").setFlexGrow(2);
        grid.addColumn(s -> getTranslation("services.tier", s.tier())).setHeader(getTranslation("services.column.tier"))
                .setSortProperty("tier").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> Durations.describe(s.rtoMinutes(), messages)).setHeader(getTranslation("services.column.rto"))
                .setSortProperty("rtoMinutes").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> Durations.describe(s.rpoMinutes(), messages)).setHeader(getTranslation("services.column.rpo"))
                .setSortProperty("rpoMinutes").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> Durations.describe(s.mtpdMinutes(), messages)).setHeader(getTranslation("services.column.mtpd"))
                .setSortProperty("mtpdMinutes").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> s.ownerName() == null ? getTranslation("services.no-owner") : s.ownerName())
                .setHeader(getTranslation("services.column.owner")).setFlexGrow(1);
        grid.addComponentColumn(s -> {
            var badges = new Div();
            badges.addClassNames("flex", "flex-wrap", "gap-xs");
            s.requiredRoles().forEach(r -> badges.add(new Badge(need(roleNames, r))));
            return badges;
        }).setHeader(getTranslation("services.column.needs")).setFlexGrow(3);
        grid.addColumn(s -> String.join(", ", s.dependsOn())).setHeader(getTranslation("services.column.depends-on")).setFlexGrow(2);
        // the role holders page belongs to the continuity module: linked by address, not by class
        grid.addComponentColumn(s -> new Anchor("services/" + s.id() + "/roles", getTranslation("services.role-holders")))
                .setKey("holders").setAutoWidth(true).setFlexGrow(0);
        if (mayEdit) {
            grid.addComponentColumn(s -> {
                var edit = new Button(getTranslation("services.edit"), e -> open(s));
                edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                edit.setAriaLabel(getTranslation("services.edit.aria", s.name()));
                return edit;
            }).setKey("edit").setAutoWidth(true).setFlexGrow(0);
        }
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(mayEdit ? getTranslation("services.empty.editor") : getTranslation("services.empty"));
        grid.setItems(query -> register.search(search.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) register.count(search.getValue()));
        grid.setSizeFull();

        add(new ViewHeader(getTranslation("services.explanation"),
                search, add, new ExportButtons<ServiceRow>("critical-services", List.of(
                        ExportColumn.of(getTranslation("services.column.service"), ServiceRow::name),
                        ExportColumn.of(getTranslation("services.export.description"), ServiceRow::description),
                        ExportColumn.of(getTranslation("services.column.tier"), ServiceRow::tier),
                        ExportColumn.of(getTranslation("services.export.rto-minutes"), ServiceRow::rtoMinutes),
                        ExportColumn.of(getTranslation("services.export.rpo-minutes"), ServiceRow::rpoMinutes),
                        ExportColumn.of(getTranslation("services.export.mtpd-minutes"), ServiceRow::mtpdMinutes),
                        ExportColumn.of(getTranslation("services.column.owner"), ServiceRow::ownerName),
                        ExportColumn.of(getTranslation("services.column.needs"), s -> s.requiredRoles().stream()
                                .map(r -> need(roleNames, r)).collect(Collectors.joining(", "))),
                        ExportColumn.of(getTranslation("services.column.depends-on"), s -> String.join(", ", s.dependsOn()))),
                        () -> Pages.stream((offset, limit) -> register.search(search.getValue(),
                                org.springframework.data.domain.PageRequest.of(offset / limit, limit,
                                        org.springframework.data.domain.Sort.by("name"))), 500))), grid);
    }

    /** "IT Recovery Lead + deputy". */
    private String need(Map<String, String> roleNames, RequiredRole role) {
        String name = roleNames.getOrDefault(role.roleKey(), role.roleKey());
        return role.deputyRequired() ? getTranslation("services.needs.with-deputy", name) : name;
    }

    private void open(@Nullable ServiceRow existing) {
        new ServiceDialog(existing, register, directory, catalogue.roles(), saved -> grid.getDataProvider().refreshAll()).open();
    }

    private void refreshGrid() {
        grid.getDataProvider().refreshAll();
    }
}
