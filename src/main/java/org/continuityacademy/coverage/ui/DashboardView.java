package org.continuityacademy.coverage.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.continuityacademy.base.export.ExportColumn;
import org.continuityacademy.base.export.Pages;
import org.continuityacademy.base.ui.Badge;
import org.continuityacademy.base.ui.Chart;
import org.continuityacademy.base.ui.Dates;
import org.continuityacademy.base.ui.ExportButtons;
import org.continuityacademy.base.ui.ViewHeader;
import org.continuityacademy.catalogue.Catalogue;
import org.continuityacademy.catalogue.ModuleInfo;
import org.continuityacademy.catalogue.RoleDefinition;
import org.continuityacademy.continuity.ServiceState;
import org.continuityacademy.coverage.Coverage;
import org.continuityacademy.coverage.CoverageCount;
import org.continuityacademy.coverage.CoverageFilter;
import org.continuityacademy.coverage.CoveragePoint;
import org.continuityacademy.coverage.CoverageSlice;
import org.continuityacademy.coverage.Headline;
import org.continuityacademy.coverage.Option;
import org.continuityacademy.coverage.OverdueRow;
import org.continuityacademy.coverage.PairRow;
import org.continuityacademy.coverage.PairStatus;
import org.continuityacademy.security.AppRole;
import org.continuityacademy.security.AppRoles;
import org.continuityacademy.security.CurrentUser;

/**
 * The coverage dashboard HR and the continuity manager open every week (a manager sees their own
 * line): headline figures, coverage by department and role, service readiness, the trend, the overdue
 * list with "send a reminder now", and the people behind every figure. One filter drives all of it.
 */
@Route("dashboard")
@PageTitle("coverage.title")
@Menu(order = 4, icon = "vaadin:chart", title = "coverage.title")
@RolesAllowed({AppRoles.CONTINUITY_MANAGER, AppRoles.HR, AppRoles.MANAGER})
class DashboardView extends Main {

    /** The trend's period. */
    enum Period {
        DAYS_30("Last 30 days", 30), DAYS_90("Last 90 days", 90), MONTHS_12("Last 12 months", 365);

        final String label;
        final int days;

        Period(String label, int days) {
            this.label = label;
            this.days = days;
        }
    }

    /** What the people tab lists. */
    enum Show {
        NOT_CURRENT("Not current", EnumSet.of(PairStatus.NEVER, PairStatus.EXPIRED)),
        EXPIRING("Expiring within 30 days", EnumSet.of(PairStatus.EXPIRING)),
        CURRENT("Current", EnumSet.of(PairStatus.CURRENT, PairStatus.EXPIRING)),
        ALL("Everyone", EnumSet.allOf(PairStatus.class));

        final String label;
        final Set<PairStatus> statuses;

        Show(String label, Set<PairStatus> statuses) {
            this.label = label;
            this.statuses = statuses;
        }
    }

    private static final NumberFormat NUMBER = NumberFormat.getIntegerInstance(Locale.UK);

    final ComboBox<Option> department = new ComboBox<>("Department");
    final ComboBox<String> location = new ComboBox<>("Location");
    final ComboBox<RoleDefinition> role = new ComboBox<>("Continuity role");
    final ComboBox<ModuleInfo> module = new ComboBox<>("Module");
    final ComboBox<Option> campaign = new ComboBox<>("Campaign");
    final Select<Period> period = new Select<>();
    final Button clear = new Button("Clear filters");

    final Tile coverageTile = new Tile(() -> showPeople(Show.NOT_CURRENT));
    final Tile overdueTile = new Tile(this::showOverdue);
    final Tile servicesTile = new Tile(() -> getUI().ifPresent(ui -> ui.navigate("readiness")));
    final Tile expiringTile = new Tile(() -> showPeople(Show.EXPIRING));

    final Chart byDepartmentChart = new Chart("Coverage by department");
    final Grid<CoverageSlice> byDepartment = sliceGrid("Department");
    final Chart byRoleChart = new Chart("Coverage by continuity role");
    final Grid<CoverageSlice> byRole = sliceGrid("Continuity role");
    final Chart servicesChart = new Chart("Readiness of critical services");
    final Grid<Map.Entry<ServiceState, Integer>> services = new Grid<>();
    final Chart trendChart = new Chart("Coverage over time");
    final Grid<CoveragePoint> trend = new Grid<>();
    final Paragraph trendNote = new Paragraph();

    final Grid<OverdueRow> overdue = new Grid<>();
    final Button remind = new Button("Send a reminder now");
    final Select<Show> show = new Select<>();
    final Grid<PairRow> people = new Grid<>();
    final Tab overviewTab = new Tab("Overview");
    final Tab overdueTab = new Tab("Overdue");
    final Tab peopleTab = new Tab("People");
    final Tabs tabs = new Tabs(overviewTab, overdueTab, peopleTab);
    final List<Details> tables = new ArrayList<>();

    ExportButtons<OverdueRow> overdueExports;
    ExportButtons<PairRow> peopleExports;

    private final Coverage coverage;
    private final boolean canOpenPeople;
    private CoverageFilter filter = CoverageFilter.none();

    DashboardView(Coverage coverage, Catalogue catalogue, CurrentUser currentUser) {
        this.coverage = coverage;
        var me = currentUser.require();
        this.canOpenPeople = me.hasRole(AppRole.HR) || me.hasRole(AppRole.CONTINUITY_MANAGER);
        boolean whole = coverage.wholeOrganisation();
        addClassNames("academy-view", "flex", "flex-col");

        department.setItems(coverage.departments());
        department.setItemLabelGenerator(Option::label);
        location.setItems(coverage.locations());
        role.setItems(catalogue.roles());
        role.setItemLabelGenerator(RoleDefinition::name);
        module.setItems(catalogue.servedModules());
        module.setItemLabelGenerator(ModuleInfo::title);
        campaign.setItems(coverage.campaigns());
        campaign.setItemLabelGenerator(Option::label);
        period.setLabel("Trend period");
        period.setItems(Period.values());
        period.setItemLabelGenerator(p -> p.label);
        period.setValue(Period.DAYS_90);
        for (ComboBox<?> box : List.of(department, location, role, module, campaign)) {
            box.setClearButtonVisible(true);
            box.setPlaceholder("All");
            box.addValueChangeListener(e -> filterChanged());
        }
        period.addValueChangeListener(e -> refreshTrend());
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clear.addClickListener(e -> {
            department.clear();
            location.clear();
            role.clear();
            module.clear();
            campaign.clear();
        });
        add(new ViewHeader(whole
                ? "How much of the training that continuity roles require is current, where the gaps are and who is overdue."
                : "How much of the training your reporting line's continuity roles require is current, and who is overdue.",
                department, location, role, module, campaign, period, clear));

        var tiles = new Div(coverageTile, overdueTile, servicesTile, expiringTile);
        tiles.addClassName("academy-tiles");
        add(tiles);

        // the pages are switched on the server, so that what is hidden is not loaded
        Component overview = overview();
        Component overdueList = overdueList();
        Component peopleList = peopleList();
        Map<Tab, Component> pages = Map.of(overviewTab, overview, overdueTab, overdueList, peopleTab, peopleList);
        tabs.addSelectedChangeListener(e -> pages.forEach((tab, page) -> page.setVisible(tab == e.getSelectedTab())));
        overdueList.setVisible(false);
        peopleList.setVisible(false);
        tabs.setWidthFull();
        tabs.addClassName("mb-m");
        add(tabs, overview, overdueList, peopleList);
        refresh();
    }

    private Component overview() {
        byDepartmentChart.addItemClickListener(key -> {
            department.setValue(department.getListDataView().getItems().filter(o -> o.key().equals(key)).findFirst().orElse(null));
            showPeople(Show.NOT_CURRENT);
        });
        byRoleChart.addItemClickListener(key -> {
            role.setValue(role.getListDataView().getItems().filter(r -> r.key().equals(key)).findFirst().orElse(null));
            showPeople(Show.NOT_CURRENT);
        });
        byDepartment.addItemClickListener(e -> {
            department.setValue(department.getListDataView().getItems().filter(o -> o.key().equals(e.getItem().key())).findFirst()
                    .orElse(null));
            showPeople(Show.NOT_CURRENT);
        });
        byRole.addItemClickListener(e -> {
            role.setValue(role.getListDataView().getItems().filter(r -> r.key().equals(e.getItem().key())).findFirst().orElse(null));
            showPeople(Show.NOT_CURRENT);
        });
        servicesChart.addItemClickListener(key -> getUI().ifPresent(ui -> ui.navigate("readiness")));

        services.addColumn(e -> stateLabel(e.getKey())).setHeader("Readiness");
        services.addColumn(Map.Entry::getValue).setHeader("Services").setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        services.setAllRowsVisible(true);
        services.addThemeVariants(GridVariant.LUMO_COMPACT);

        trend.addColumn(p -> Dates.date(p.day())).setHeader("Day");
        trend.addColumn(p -> p.percent() + "%").setHeader("Coverage").setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        trend.addColumn(p -> NUMBER.format(p.current()) + " of " + NUMBER.format(p.required())).setHeader("Current of required");
        trend.setAllRowsVisible(true);
        trend.addThemeVariants(GridVariant.LUMO_COMPACT);
        trend.setEmptyStateText("No snapshots in this period yet: one is stored every day.");
        trendNote.addClassNames("text-secondary", "text-s", "m-0");

        var panels = new Div(
                panel("Coverage by department", byDepartmentChart, byDepartment, new ExportButtons<>("coverage-by-department",
                        sliceColumns("Department"), () -> coverage.byDepartment(filter).stream())),
                panel("Coverage by continuity role", byRoleChart, byRole, new ExportButtons<>("coverage-by-role",
                        sliceColumns("Continuity role"), () -> coverage.byRole(filter).stream())),
                panel("Readiness of critical services", servicesChart, services, new Anchor("readiness", "Open the readiness matrix")),
                panel("Coverage over time", trendChart, trend, trendNote));
        panels.addClassName("academy-panels");
        return panels;
    }

    private Component overdueList() {
        overdue.setSelectionMode(Grid.SelectionMode.MULTI);
        overdue.addComponentColumn(this::person).setHeader("Person").setFlexGrow(2);
        overdue.addColumn(r -> Optional.ofNullable(r.department()).orElse("")).setHeader("Department").setFlexGrow(1);
        overdue.addColumn(OverdueRow::moduleTitle).setHeader("Module").setFlexGrow(2);
        overdue.addColumn(r -> Dates.date(r.dueOn())).setHeader("Due").setAutoWidth(true).setFlexGrow(0);
        overdue.addColumn(r -> r.daysLate() == 1 ? "1 day" : r.daysLate() + " days").setHeader("Late by").setAutoWidth(true)
                .setFlexGrow(0);
        overdue.addColumn(r -> Optional.ofNullable(r.managerName()).orElse("—")).setHeader("Manager").setFlexGrow(1);
        overdue.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        overdue.setEmptyStateText("Nothing is overdue here. 🎉");
        overdue.setItems(q -> coverage.overdue(filter, q.getOffset(), q.getLimit()).stream(), q -> (int) coverage.countOverdue(filter));
        overdue.addSelectionListener(e -> {
            int n = e.getAllSelectedItems().size();
            remind.setEnabled(n > 0);
            remind.setText(n <= 1 ? "Send a reminder now" : "Send " + n + " reminders now");
        });
        remind.setEnabled(false);
        remind.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        remind.addClickListener(e -> {
            var chosen = overdue.getSelectedItems();
            int sent = coverage.remindNow(chosen.stream().map(OverdueRow::assignmentId).collect(Collectors.toSet()));
            int skipped = chosen.size() - sent;
            String text = sent == 0
                    ? (chosen.size() == 1 ? "No reminder sent: this person already had one about it today."
                    : "No reminders sent: they already had one about these today.")
                    : (sent == 1 ? "1 reminder sent" : sent + " reminders sent")
                    + (skipped > 0 ? "; " + skipped + " already had one today." : ".");
            Notification.show(text, 5000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(sent > 0 ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_CONTRAST);
            overdue.deselectAll();
        });
        overdueExports = new ExportButtons<OverdueRow>("overdue-training", List.of(
                ExportColumn.of("Person", OverdueRow::name), ExportColumn.of("Department", OverdueRow::department),
                ExportColumn.of("Module", OverdueRow::moduleTitle), ExportColumn.of("Due", OverdueRow::dueOn),
                ExportColumn.of("Days late", OverdueRow::daysLate), ExportColumn.of("Manager", OverdueRow::managerName),
                ExportColumn.of("Why assigned", OverdueRow::reason)),
                () -> Pages.stream((offset, limit) -> coverage.overdue(filter, offset, limit), 1000));
        var bar = new Div(remind, overdueExports);
        bar.addClassNames("flex", "gap-m", "items-center", "flex-wrap", "mb-s");
        var layout = new Div(new Paragraph("Open training past its due date, most overdue first. Select people to remind them now "
                + "(in the app and by e-mail; at most once a day each)."), bar, overdue);
        overdue.setHeight("32rem");
        return layout;
    }

    private Component peopleList() {
        show.setLabel("Show");
        show.setItems(Show.values());
        show.setItemLabelGenerator(s -> s.label);
        show.setValue(Show.NOT_CURRENT);
        show.addValueChangeListener(e -> people.getDataProvider().refreshAll());
        people.addComponentColumn(this::person).setHeader("Person").setFlexGrow(2);
        people.addColumn(PairRow::employeeNumber).setHeader("Employee no.").setAutoWidth(true).setFlexGrow(0);
        people.addColumn(r -> Optional.ofNullable(r.department()).orElse("")).setHeader("Department").setFlexGrow(1);
        people.addColumn(PairRow::moduleTitle).setHeader("Module").setFlexGrow(2);
        people.addComponentColumn(r -> status(r.status())).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        people.addColumn(r -> Dates.date(r.lastCompleted(), "—")).setHeader("Last passed")
                .setAutoWidth(true).setFlexGrow(0);
        people.addColumn(r -> Dates.date(r.validUntil(), "—")).setHeader("Valid until")
                .setAutoWidth(true).setFlexGrow(0);
        people.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        people.setEmptyStateText("Nobody matches these filters.");
        people.setItems(q -> coverage.people(filter, show.getValue().statuses, q.getOffset(), q.getLimit()).stream(),
                q -> (int) coverage.countPeople(filter, show.getValue().statuses));
        people.setHeight("32rem");
        peopleExports = new ExportButtons<PairRow>("coverage-people", List.of(
                ExportColumn.of("Person", PairRow::name), ExportColumn.of("Employee number", PairRow::employeeNumber),
                ExportColumn.of("Department", PairRow::department), ExportColumn.of("Location", PairRow::location),
                ExportColumn.of("Module", PairRow::moduleTitle), ExportColumn.of("Status", r -> statusText(r.status())),
                ExportColumn.of("Last passed", r -> r.lastCompleted() == null ? null : r.lastCompleted().atZone(ZoneOffset.UTC).toLocalDate()),
                ExportColumn.of("Valid until", r -> r.validUntil() == null ? null : r.validUntil().atZone(ZoneOffset.UTC).toLocalDate())),
                () -> Pages.stream((offset, limit) -> coverage.people(filter, show.getValue().statuses, offset, limit), 1000));
        var bar = new Div(show, peopleExports);
        bar.addClassNames("flex", "gap-m", "items-end", "flex-wrap", "mb-s");
        return new Div(new Paragraph("Each person with each module their continuity roles require. Use the filters above "
                + "to narrow it down; the headline figures and charts open this list."), bar, people);
    }

    private void filterChanged() {
        filter = new CoverageFilter(
                department.getValue() == null ? null : Long.valueOf(department.getValue().key()),
                location.getValue(),
                role.getValue() == null ? null : role.getValue().key(),
                module.getValue() == null ? null : module.getValue().id(),
                campaign.getValue() == null ? null : Long.valueOf(campaign.getValue().key()));
        refresh();
    }

    private void refresh() {
        clear.setEnabled(!filter.isEmpty());
        Headline headline = coverage.headline(filter);
        CoverageCount total = headline.coverage();
        coverageTile.show(total.required() == 0 ? "—" : total.percent() + "%",
                total.required() == 0 ? "No training required for these filters"
                        : NUMBER.format(total.current()) + " of " + NUMBER.format(total.required()) + " required modules current",
                total.required() == 0 ? "" : total.percent() >= 90 ? "good" : total.percent() >= 70 ? "warning" : "bad");
        overdueTile.show(NUMBER.format(headline.overdue()), headline.overdue() == 1 ? "assignment overdue" : "assignments overdue",
                headline.overdue() == 0 ? "good" : "bad");
        int ready = headline.services().getOrDefault(ServiceState.READY, 0);
        int atRisk = headline.services().getOrDefault(ServiceState.AT_RISK, 0);
        int notReady = headline.services().getOrDefault(ServiceState.NOT_READY, 0);
        int allServices = ready + atRisk + notReady;
        servicesTile.show(allServices == 0 ? "—" : ready + " of " + allServices + " ready", allServices == 0
                ? (coverage.wholeOrganisation() ? "No critical services are registered yet" : "Your line holds no roles for critical services")
                : "critical services · " + atRisk + " at risk · " + notReady + " not ready",
                allServices == 0 ? "" : notReady > 0 ? "bad" : atRisk > 0 ? "warning" : "good");
        expiringTile.show(NUMBER.format(total.expiring()), "completions expire within " + Coverage.EXPIRING_DAYS + " days",
                total.expiring() == 0 ? "good" : "warning");
        overdueTab.setLabel("Overdue (" + NUMBER.format(headline.overdue()) + ")");

        var departments = coverage.byDepartment(filter).stream()
                .sorted(java.util.Comparator.comparingInt((CoverageSlice s) -> s.count().percent()).thenComparing(CoverageSlice::label))
                .toList();
        byDepartment.setItems(departments);
        byDepartmentChart.showPercentBars(departments.stream().map(DashboardView::bar).toList());
        byDepartmentChart.getElement().setAttribute("aria-label", "Coverage by department: " + describe(departments));
        var roles = coverage.byRole(filter);
        byRole.setItems(roles);
        byRoleChart.showPercentBars(roles.stream().map(DashboardView::bar).toList());
        byRoleChart.getElement().setAttribute("aria-label", "Coverage by continuity role: " + describe(roles));

        var states = new java.util.LinkedHashMap<ServiceState, Integer>();
        for (ServiceState state : List.of(ServiceState.READY, ServiceState.AT_RISK, ServiceState.NOT_READY)) {
            states.put(state, headline.services().getOrDefault(state, 0));
        }
        services.setItems(states.entrySet());
        servicesChart.showDonut(states.entrySet().stream().map(e -> new Chart.Item(e.getKey().name(), stateLabel(e.getKey()),
                e.getValue(), switch (e.getKey()) {
                    case READY -> Chart.GOOD;
                    case AT_RISK -> Chart.WARNING;
                    case NOT_READY -> Chart.BAD;
                })).toList());
        servicesChart.getElement().setAttribute("aria-label", "Readiness of critical services: " + ready + " ready, " + atRisk
                + " at risk, " + notReady + " not ready");
        refreshTrend();
        overdue.getDataProvider().refreshAll();
        people.getDataProvider().refreshAll();
    }

    private void refreshTrend() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        var points = coverage.history(filter, today.minusDays(period.getValue().days), today);
        trend.setItems(points.reversed());
        trendChart.showPercentLine(points.stream().map(p -> new Chart.Item(p.day().toString(), Dates.date(p.day()), p.percent(),
                Chart.PRIMARY)).toList());
        trendChart.getElement().setAttribute("aria-label", points.isEmpty() ? "Coverage over time: no snapshots yet"
                : "Coverage over time: from " + points.getFirst().percent() + "% on " + Dates.date(points.getFirst().day()) + " to "
                + points.getLast().percent() + "% on " + Dates.date(points.getLast().day()));
        trendNote.setText(coverage.historyFollows(filter) ? "From the coverage stored every day."
                : "The trend follows one department, role or module at a time; it shows "
                + (coverage.wholeOrganisation() ? "the whole organisation" : "your whole reporting line") + " for these filters.");
    }

    void showPeople(Show what) {
        show.setValue(what);
        tabs.setSelectedTab(peopleTab);
    }

    void showOverdue() {
        tabs.setSelectedTab(overdueTab);
    }

    private Component person(OverdueRow row) {
        return personLink(row.employeeId(), row.name());
    }

    private Component person(PairRow row) {
        return personLink(row.employeeId(), row.name());
    }

    private Component personLink(long id, String name) {
        return canOpenPeople ? new Anchor("employees/" + id, name) : new Span(name);
    }

    private Component panel(String title, Chart chart, Grid<?> table, Component footer) {
        var details = new Details("Show as a table", table);
        tables.add(details);
        details.addClassName("mt-s");
        var panel = new Div(new H3(title), chart, details, footer);
        panel.addClassName("academy-card");
        return panel;
    }

    private static Grid<CoverageSlice> sliceGrid(String what) {
        var grid = new Grid<CoverageSlice>();
        grid.addColumn(CoverageSlice::label).setHeader(what).setFlexGrow(2);
        grid.addColumn(s -> s.count().percent() + "%").setHeader("Coverage").setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        grid.addColumn(s -> NUMBER.format(s.count().current()) + " of " + NUMBER.format(s.count().required())).setHeader("Current of required");
        grid.addColumn(s -> NUMBER.format(s.count().expiring())).setHeader("Expiring").setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setEmptyStateText("Nobody matches these filters.");
        return grid;
    }

    private static List<ExportColumn<CoverageSlice>> sliceColumns(String what) {
        return List.of(ExportColumn.of(what, CoverageSlice::label), ExportColumn.of("Required", s -> s.count().required()),
                ExportColumn.of("Current", s -> s.count().current()), ExportColumn.of("Coverage %", s -> s.count().percent()),
                ExportColumn.of("Expiring within 30 days", s -> s.count().expiring()));
    }

    private static Chart.Item bar(CoverageSlice s) {
        int percent = s.count().percent();
        return new Chart.Item(s.key(), s.label(), percent,
                percent >= 90 ? Chart.GOOD : percent >= 70 ? Chart.WARNING : Chart.BAD);
    }

    private static String describe(List<CoverageSlice> slices) {
        return slices.isEmpty() ? "nobody matches these filters"
                : slices.stream().map(s -> s.label() + " " + s.count().percent() + "%").collect(Collectors.joining(", "));
    }

    static String stateLabel(ServiceState state) {
        return switch (state) {
            case READY -> "Ready";
            case AT_RISK -> "At risk";
            case NOT_READY -> "Not ready";
        };
    }

    static String statusText(PairStatus status) {
        return switch (status) {
            case NEVER -> "Never passed";
            case EXPIRED -> "Expired";
            case EXPIRING -> "Expiring";
            case CURRENT -> "Current";
        };
    }

    private static Component status(PairStatus status) {
        var badge = new Badge((status.isCurrent() ? "✓ " : "✗ ") + statusText(status), false);
        badge.addClassName(switch (status) {
            case CURRENT -> "ready";
            case EXPIRING -> "at-risk";
            case NEVER, EXPIRED -> "not-ready";
        });
        return badge;
    }

}
