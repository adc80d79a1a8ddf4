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
import org.continuityacademy.base.i18n.Formats;
import org.continuityacademy.base.ui.Badge;
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
    final Button reload = new Button(getTranslation("catalogue.reload"), VaadinIcon.REFRESH.create());

    CatalogueView(Catalogue catalogue, CurrentUser currentUser) {
        this.catalogue = catalogue;
        addClassNames("academy-view", "flex", "flex-col", "h-full");

        reload.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        reload.setVisible(currentUser.require().hasRole(AppRole.CONTINUITY_MANAGER));
        reload.addClickListener(e -> reload());

        grid.addComponentColumn(m -> new RouterLink(m.title(), ModuleView.class, new RouteParameters("moduleId", m.id())))
                .setHeader(getTranslation("catalogue.column.module")).setFlexGrow(3);
        grid.addColumn(ModuleSummary::version).setHeader(getTranslation("catalogue.column.version")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::audience).setHeader(getTranslation("catalogue.column.audience")).setFlexGrow(3);
        grid.addColumn(m -> getTranslation("catalogue.months", m.validityMonths())).setHeader(getTranslation("catalogue.column.validity"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(m -> getTranslation("catalogue.minutes", m.estimatedMinutes())).setHeader(getTranslation("catalogue.column.time"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(m -> getTranslation("catalogue.questions", m.questionsPerAttempt(), m.questionCount()))
                .setHeader(getTranslation("catalogue.column.questions"))
                .setTooltipGenerator(m -> getTranslation("catalogue.questions.tooltip", m.questionsPerAttempt(), m.questionCount()))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::status).setHeader(getTranslation("catalogue.column.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("catalogue.empty"));
        grid.setSizeFull();

        add(new ViewHeader(getTranslation("catalogue.explanation"), reload), loadStatus, grid);
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
        var notification = Notification.show(getTranslation("catalogue.reloaded", summary(report)), 6000,
                Notification.Position.BOTTOM_START);
        notification.addThemeVariants(report.problems().isEmpty() ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_WARNING);
    }

    private String summary(LoadReport report) {
        return getTranslation("catalogue.load.summary", report.added(), report.minorChanges() + report.majorChanges(),
                report.majorChanges(), report.removed(), report.problems().size());
    }

    private Component describe(LoadReport report) {
        String source = report.builtIn() ? getTranslation("catalogue.load.built-in") : report.source();
        var line = new Paragraph(getTranslation("catalogue.load.last", Formats.current().dateTime(report.loadedAt()),
                report.loadedBy(), source, summary(report)));
        line.addClassNames("text-s", "text-secondary", "mt-0");
        if (report.problems().isEmpty()) {
            return line;
        }
        var list = new UnorderedList();
        report.problems().forEach(p -> list.add(new ListItem(p)));
        list.addClassNames("text-s", "font-mono");
        var details = new Details(new Span(getTranslation("catalogue.load.problems", report.problems().size())), list);
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

    private Component status(ModuleSummary module) {
        if (module.retired()) {
            return new Badge(getTranslation("catalogue.status.retired"), true);
        }
        if (!module.waitingProblems().isEmpty()) {
            var badge = new Badge(getTranslation("catalogue.status.refused"));
            badge.getStyle().set("background", "var(--lumo-error-color-10pct)").set("color", "var(--lumo-error-text-color)");
            badge.setTitle(String.join("\n", module.waitingProblems()));
            return badge;
        }
        return new Badge(getTranslation("catalogue.status.current"));
    }
}
