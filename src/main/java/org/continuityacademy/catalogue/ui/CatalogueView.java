package org.continuityacademy.catalogue.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.continuityacademy.base.ui.Badge;
import org.continuityacademy.base.ui.Dates;
import org.continuityacademy.base.ui.ViewHeader;
import org.continuityacademy.catalogue.Catalogue;
import org.continuityacademy.catalogue.LoadReport;
import org.continuityacademy.catalogue.ModuleSummary;
import org.continuityacademy.security.AppRole;
import org.continuityacademy.security.AppRoles;
import org.continuityacademy.security.CurrentUser;

/** The training modules with their versions and audiences, and how the last content load went. */
@Route("catalogue")
@PageTitle("catalogue.title")
@Menu(order = 30, icon = "vaadin:book", title = "catalogue.title")
@RolesAllowed({AppRoles.CONTINUITY_MANAGER, AppRoles.HR})
class CatalogueView extends Main implements BeforeEnterObserver {

    private final Catalogue catalogue;
    private final Div loadStatus = new Div();
    private java.util.Map<String, String> roleNames = java.util.Map.of();
    final Grid<ModuleSummary> grid = new Grid<>();
    final Button reload = new Button("Reload content", VaadinIcon.REFRESH.create());

    CatalogueView(Catalogue catalogue, CurrentUser currentUser) {
        this.catalogue = catalogue;
        addClassNames("academy-view", "flex", "flex-col", "h-full");

        reload.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        reload.setVisible(currentUser.require().hasRole(AppRole.CONTINUITY_MANAGER));
        reload.addClickListener(e -> reload());

        grid.addComponentColumn(m -> new RouterLink(m.title(), ModuleView.class, new RouteParameters("moduleId", m.id())))
                .setHeader("Module").setFlexGrow(3);
        grid.addColumn(ModuleSummary::version).setHeader("Version").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::audience).setHeader("Who must take it").setFlexGrow(3);
        grid.addColumn(m -> m.validityMonths() + " months").setHeader("Valid for").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(m -> m.estimatedMinutes() + " min").setHeader("Time").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(m -> m.questionsPerAttempt() + " of " + m.questionCount()).setHeader("Questions")
                .setTooltipGenerator(m -> m.questionsPerAttempt() + " questions drawn per attempt from a bank of " + m.questionCount())
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(CatalogueView::status).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText("No modules yet. Add module folders to the content folder and reload.");
        grid.setSizeFull();

        add(new ViewHeader("The training modules everyone takes for their continuity roles, read from the content "
                + "folder. A module whose new files have problems keeps serving its last valid version.", reload),
                loadStatus, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        refresh();
    }

    private void refresh() {
        roleNames = new java.util.HashMap<>();
        catalogue.roles().forEach(role -> roleNames.put(role.key(), role.name()));
        // the whole curriculum is a few dozen modules: one call, no paging needed
        grid.setItems(catalogue.modules());
        loadStatus.removeAll();
        catalogue.lastLoad().ifPresent(report -> loadStatus.add(describe(report)));
    }

    private void reload() {
        LoadReport report = catalogue.reload();
        refresh();
        var notification = Notification.show("Content reloaded: " + report.summary(), 6000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(report.problems().isEmpty() ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_WARNING);
    }

    private static Component describe(LoadReport report) {
        var line = new Paragraph("Last loaded " + Dates.dateTime(report.loadedAt(), "") + " by " + report.loadedBy()
                + " from " + report.source() + ": " + report.summary() + ".");
        line.addClassNames("text-s", "text-secondary", "mt-0");
        if (report.problems().isEmpty()) {
            return line;
        }
        var list = new UnorderedList();
        report.problems().forEach(p -> list.add(new ListItem(p)));
        list.addClassNames("text-s", "font-mono");
        var details = new Details(new Span(report.problems().size() + (report.problems().size() == 1 ? " problem" : " problems")
                + " in the content files — the affected modules keep their last valid version"), list);
        details.setOpened(true);
        details.addClassNames("academy-card", "mb-m");
        details.getStyle().set("border-color", "var(--lumo-error-color-50pct)");
        return new Div(line, details);
    }

    private Div audience(ModuleSummary module) {
        var badges = new Div();
        badges.addClassNames("flex", "flex-wrap", "gap-xs");
        module.audience().forEach(role -> badges.add(new Badge(roleNames.getOrDefault(role, role))));
        return badges;
    }

    private static Component status(ModuleSummary module) {
        if (module.retired()) {
            return new Badge("Retired", true);
        }
        if (!module.waitingProblems().isEmpty()) {
            var badge = new Badge("New files refused");
            badge.getStyle().set("background", "var(--lumo-error-color-10pct)").set("color", "var(--lumo-error-text-color)");
            badge.setTitle(String.join("\n", module.waitingProblems()));
            return badge;
        }
        return new Badge("Current");
    }
}
