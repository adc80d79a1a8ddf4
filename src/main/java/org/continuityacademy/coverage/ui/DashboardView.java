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
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.continuityacademy.base.export.ExportColumn;
import org.continuityacademy.base.export.Pages;
import org.continuityacademy.base.i18n.Formats;
import org.continuityacademy.base.i18n.Labelled;
import org.continuityacademy.base.i18n.Messages;
import org.continuityacademy.base.time.Days;
import org.continuityacademy.base.ui.AccessibleTabs;
import org.continuityacademy.base.ui.Badge;
import org.continuityacademy.base.ui.Chart;
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
 * Texts come from {@code i18n/coverage.properties}; dates and numbers from {@link Formats}, "today" from the
 * application's clock (the organisation's day).
 */
@Route("dashboard")
@PageTitle("coverage.title")
@Menu(order = 4, icon = "vaadin:chart", title = "coverage.title")
@RolesAllowed({AppRoles.CONTINUITY_MANAGER, AppRoles.HR, AppRoles.MANAGER})
class DashboardView extends Main {

    /** The trend's period. */
    enum TrendPeriod implements Labelled {
        DAYS_30(30), DAYS_90(90), MONTHS_12(365);

        final int days;

        TrendPeriod(int days) {
            this.days = days;
        }
    }

    /** What the people tab lists. */
    enum PeopleShown implements Labelled {
        NOT_CURRENT(EnumSet.of(PairStatus.NEVER, PairStatus.EXPIRED)),
        EXPIRING(EnumSet.of(PairStatus.EXPIRING)),
        CURRENT(EnumSet.of(PairStatus.CURRENT, PairStatus.EXPIRING)),
        ALL(EnumSet.allOf(PairStatus.class));

        final Set<PairStatus> statuses;

        PeopleShown(Set<PairStatus> statuses) {
            this.statuses = statuses;
        }
    }

    /** Bars below this percentage are drawn red, and the chart's summary counts them. */
    static final int BELOW = 70;

    private final Formats formats = Formats.current();

    final ComboBox<Option> department = new ComboBox<>(getTranslation("dashboard.filter.department"));
    final ComboBox<String> location = new ComboBox<>(getTranslation("dashboard.filter.location"));
    final ComboBox<RoleDefinition> role = new ComboBox<>(getTranslation("dashboard.filter.role"));
    final ComboBox<ModuleInfo> module = new ComboBox<>(getTranslation("dashboard.filter.module"));
    final ComboBox<Option> campaign = new ComboBox<>(getTranslation("dashboard.filter.campaign"));
    final Select<TrendPeriod> period = new Select<>();
    final Button clear = new Button(getTranslation("dashboard.filter.clear"));

    final Tile coverageTile = new Tile(getTranslation("dashboard.tile.opens.people"), () -> showPeople(PeopleShown.NOT_CURRENT));
    final Tile overdueTile = new Tile(getTranslation("dashboard.tile.opens.overdue"), this::showOverdue);
    final Tile servicesTile = new Tile(getTranslation("dashboard.tile.opens.readiness"),
            () -> getUI().ifPresent(ui -> ui.navigate("readiness")));
    final Tile expiringTile = new Tile(getTranslation("dashboard.tile.opens.people"), () -> showPeople(PeopleShown.EXPIRING));

    final Chart byDepartmentChart = new Chart(getTranslation("dashboard.by-department.title"));
    final Grid<CoverageSlice> byDepartment = sliceGrid(getTranslation("dashboard.column.department"));
    final Chart byRoleChart = new Chart(getTranslation("dashboard.by-role.title"));
    final Grid<CoverageSlice> byRole = sliceGrid(getTranslation("dashboard.column.role"));
    final Chart servicesChart = new Chart(getTranslation("dashboard.services.title"));
    final Grid<Map.Entry<ServiceState, Integer>> services = new Grid<>();
    final Chart trendChart = new Chart(getTranslation("dashboard.trend.title"));
    final Grid<CoveragePoint> trend = new Grid<>();
    final Paragraph trendNote = new Paragraph();

    final Grid<OverdueRow> overdue = new Grid<>();
    final Button remind = new Button(getTranslation("dashboard.overdue.remind", 1));
    final Select<PeopleShown> show = new Select<>();
    final Grid<PairRow> people = new Grid<>();
    final Tab overviewTab = new Tab(getTranslation("dashboard.tab.overview"));
    final Tab overdueTab = new Tab(getTranslation("dashboard.tab.overdue", formats.number(0)));
    final Tab peopleTab = new Tab(getTranslation("dashboard.tab.people"));
    final Tabs tabs = AccessibleTabs.of(new Tabs(overviewTab, overdueTab, peopleTab));
    final List<Details> tables = new ArrayList<>();

    ExportButtons<OverdueRow> overdueExports;
    ExportButtons<PairRow> peopleExports;

    private final Coverage coverage;
    private final Clock clock;
    private final boolean canOpenPeople;
    private CoverageFilter filter = CoverageFilter.none();

    DashboardView(Coverage coverage, Catalogue catalogue, CurrentUser currentUser, Clock clock) {
        this.coverage = coverage;
        this.clock = clock;
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
        period.setLabel(getTranslation("dashboard.filter.period"));
        period.setItems(TrendPeriod.values());
        period.setItemLabelGenerator(p -> getTranslation(Messages.labelKey(p)));
        period.setValue(TrendPeriod.DAYS_90);
        for (ComboBox<?> box : List.of(department, location, role, module, campaign)) {
            box.setClearButtonVisible(true);
            box.setPlaceholder(getTranslation("dashboard.filter.all"));
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
        add(new ViewHeader(getTranslation(whole ? "dashboard.intro.organisation" : "dashboard.intro.line"),
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
            showPeople(PeopleShown.NOT_CURRENT);
        });
        byRoleChart.addItemClickListener(key -> {
            role.setValue(role.getListDataView().getItems().filter(r -> r.key().equals(key)).findFirst().orElse(null));
            showPeople(PeopleShown.NOT_CURRENT);
        });
        byDepartment.addItemClickListener(e -> {
            department.setValue(department.getListDataView().getItems().filter(o -> o.key().equals(e.getItem().key())).findFirst()
                    .orElse(null));
            showPeople(PeopleShown.NOT_CURRENT);
        });
        byRole.addItemClickListener(e -> {
            role.setValue(role.getListDataView().getItems().filter(r -> r.key().equals(e.getItem().key())).findFirst().orElse(null));
            showPeople(PeopleShown.NOT_CURRENT);
        });
        servicesChart.addItemClickListener(key -> getUI().ifPresent(ui -> ui.navigate("readiness")));

        services.addColumn(e -> stateLabel(e.getKey())).setHeader(getTranslation("dashboard.column.readiness"));
        services.addColumn(e -> formats.number(e.getValue())).setHeader(getTranslation("dashboard.column.services"))
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        services.setAllRowsVisible(true);
        services.addThemeVariants(GridVariant.LUMO_COMPACT);

        trend.addColumn(p -> formats.date(p.day())).setHeader(getTranslation("dashboard.column.day"));
        trend.addColumn(p -> formats.percent(p.percent(), 0)).setHeader(getTranslation("dashboard.column.coverage"))
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        trend.addColumn(p -> currentOfRequired(p.current(), p.required())).setHeader(getTranslation("dashboard.column.current-of-required"));
        trend.setAllRowsVisible(true);
        trend.addThemeVariants(GridVariant.LUMO_COMPACT);
        trend.setEmptyStateText(getTranslation("dashboard.trend.empty"));
        trendNote.addClassNames("text-secondary", "text-s", "m-0");

        var panels = new Div(
                panel(getTranslation("dashboard.by-department.title"), byDepartmentChart, byDepartment,
                        new ExportButtons<>("coverage-by-department", sliceColumns(getTranslation("dashboard.column.department")),
                                () -> coverage.byDepartment(filter).stream())),
                panel(getTranslation("dashboard.by-role.title"), byRoleChart, byRole,
                        new ExportButtons<>("coverage-by-role", sliceColumns(getTranslation("dashboard.column.role")),
                                () -> coverage.byRole(filter).stream())),
                panel(getTranslation("dashboard.services.title"), servicesChart, services,
                        new Anchor("readiness", getTranslation("dashboard.services.open-matrix"))),
                panel(getTranslation("dashboard.trend.title"), trendChart, trend, trendNote));
        panels.addClassName("academy-panels");
        return panels;
    }

    private Component overdueList() {
        overdue.setSelectionMode(Grid.SelectionMode.MULTI);
        overdue.addComponentColumn(this::person).setHeader(getTranslation("dashboard.column.person")).setFlexGrow(2);
        overdue.addColumn(r -> Optional.ofNullable(r.department()).orElse("")).setHeader(getTranslation("dashboard.column.department"))
                .setFlexGrow(1);
        overdue.addColumn(OverdueRow::moduleTitle).setHeader(getTranslation("dashboard.column.module")).setFlexGrow(2);
        overdue.addColumn(r -> formats.date(r.dueOn())).setHeader(getTranslation("dashboard.column.due")).setAutoWidth(true)
                .setFlexGrow(0);
        overdue.addColumn(r -> getTranslation("dashboard.overdue.days-late", r.daysLate())).setHeader(getTranslation("dashboard.column.late-by"))
                .setAutoWidth(true).setFlexGrow(0);
        overdue.addColumn(r -> Optional.ofNullable(r.managerName()).orElse("—")).setHeader(getTranslation("dashboard.column.manager"))
                .setFlexGrow(1);
        overdue.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        overdue.setEmptyStateText(getTranslation("dashboard.overdue.empty"));
        overdue.setItems(q -> coverage.overdue(filter, q.getOffset(), q.getLimit()).stream(), q -> (int) coverage.countOverdue(filter));
        overdue.addSelectionListener(e -> {
            int n = e.getAllSelectedItems().size();
            remind.setEnabled(n > 0);
            remind.setText(getTranslation("dashboard.overdue.remind", Math.max(1, n)));
        });
        remind.setEnabled(false);
        remind.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        remind.addClickListener(e -> {
            var chosen = overdue.getSelectedItems();
            int sent = coverage.remindNow(chosen.stream().map(OverdueRow::assignmentId).collect(Collectors.toSet()));
            int skipped = chosen.size() - sent;
            String text = sent == 0 ? getTranslation("dashboard.overdue.none-sent", chosen.size())
                    : skipped > 0 ? getTranslation("dashboard.overdue.sent-some", sent, skipped)
                    : getTranslation("dashboard.overdue.sent", sent);
            Notification.show(text, 5000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(sent > 0 ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_CONTRAST);
            overdue.deselectAll();
        });
        overdueExports = new ExportButtons<OverdueRow>("overdue-training", List.of(
                ExportColumn.of(getTranslation("dashboard.column.person"), OverdueRow::name),
                ExportColumn.of(getTranslation("dashboard.column.department"), OverdueRow::department),
                ExportColumn.of(getTranslation("dashboard.column.module"), OverdueRow::moduleTitle),
                ExportColumn.of(getTranslation("dashboard.column.due"), OverdueRow::dueOn),
                ExportColumn.of(getTranslation("dashboard.column.days-late"), OverdueRow::daysLate),
                ExportColumn.of(getTranslation("dashboard.column.manager"), OverdueRow::managerName),
                ExportColumn.of(getTranslation("dashboard.column.why-assigned"), OverdueRow::reason)),
                () -> Pages.stream((offset, limit) -> coverage.overdue(filter, offset, limit), 1000));
        var bar = new Div(remind, overdueExports);
        bar.addClassNames("flex", "gap-m", "items-center", "flex-wrap", "mb-s");
        var layout = new Div(new Paragraph(getTranslation("dashboard.overdue.intro")), bar, overdue);
        overdue.setHeight("32rem");
        return layout;
    }

    private Component peopleList() {
        show.setLabel(getTranslation("dashboard.people.show"));
        show.setItems(PeopleShown.values());
        show.setItemLabelGenerator(s -> getTranslation(Messages.labelKey(s)));
        show.setValue(PeopleShown.NOT_CURRENT);
        show.addValueChangeListener(e -> people.getDataProvider().refreshAll());
        people.addComponentColumn(this::person).setHeader(getTranslation("dashboard.column.person")).setFlexGrow(2);
        people.addColumn(PairRow::employeeNumber).setHeader(getTranslation("dashboard.column.employee-no")).setAutoWidth(true)
                .setFlexGrow(0);
        people.addColumn(r -> Optional.ofNullable(r.department()).orElse("")).setHeader(getTranslation("dashboard.column.department"))
                .setFlexGrow(1);
        people.addColumn(PairRow::moduleTitle).setHeader(getTranslation("dashboard.column.module")).setFlexGrow(2);
        people.addComponentColumn(r -> status(r.status())).setHeader(getTranslation("dashboard.column.status")).setAutoWidth(true)
                .setFlexGrow(0);
        people.addColumn(r -> formats.date(r.lastCompleted(), "—")).setHeader(getTranslation("dashboard.column.last-passed"))
                .setAutoWidth(true).setFlexGrow(0);
        people.addColumn(r -> formats.date(r.validUntil(), "—")).setHeader(getTranslation("dashboard.column.valid-until"))
                .setAutoWidth(true).setFlexGrow(0);
        people.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        people.setEmptyStateText(getTranslation("dashboard.nobody"));
        people.setItems(q -> coverage.people(filter, show.getValue().statuses, q.getOffset(), q.getLimit()).stream(),
                q -> (int) coverage.countPeople(filter, show.getValue().statuses));
        people.setHeight("32rem");
        // dates in the organisation's zone: the day a person passed is the day they would name
        peopleExports = new ExportButtons<PairRow>("coverage-people", List.of(
                ExportColumn.of(getTranslation("dashboard.column.person"), PairRow::name),
                ExportColumn.of(getTranslation("dashboard.column.employee-number"), PairRow::employeeNumber),
                ExportColumn.of(getTranslation("dashboard.column.department"), PairRow::department),
                ExportColumn.of(getTranslation("dashboard.column.location"), PairRow::location),
                ExportColumn.of(getTranslation("dashboard.column.module"), PairRow::moduleTitle),
                ExportColumn.of(getTranslation("dashboard.column.status"), r -> statusText(r.status())),
                ExportColumn.of(getTranslation("dashboard.column.last-passed"),
                        r -> r.lastCompleted() == null ? null : Days.dayOf(r.lastCompleted(), clock)),
                ExportColumn.of(getTranslation("dashboard.column.valid-until"),
                        r -> r.validUntil() == null ? null : Days.dayOf(r.validUntil(), clock))),
                () -> Pages.stream((offset, limit) -> coverage.people(filter, show.getValue().statuses, offset, limit), 1000));
        var bar = new Div(show, peopleExports);
        bar.addClassNames("flex", "gap-m", "items-end", "flex-wrap", "mb-s");
        return new Div(new Paragraph(getTranslation("dashboard.people.intro")), bar, people);
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
        coverageTile.show(total.required() == 0 ? "—" : formats.percent(total.percent(), 0),
                total.required() == 0 ? getTranslation("dashboard.tile.coverage.none")
                        : getTranslation("dashboard.tile.coverage", formats.number(total.current()), formats.number(total.required())),
                total.required() == 0 ? Tile.Tone.NONE : Tile.Tone.of(total.percent()));
        overdueTile.show(formats.number(headline.overdue()), getTranslation("dashboard.tile.overdue", headline.overdue()),
                headline.overdue() == 0 ? Tile.Tone.GOOD : Tile.Tone.BAD);
        int ready = headline.services().getOrDefault(ServiceState.READY, 0);
        int atRisk = headline.services().getOrDefault(ServiceState.AT_RISK, 0);
        int noRoles = headline.services().getOrDefault(ServiceState.NO_ROLES, 0);
        // a service with no roles defined is not ready: nobody is trained to recover it
        int notReady = headline.services().getOrDefault(ServiceState.NOT_READY, 0) + noRoles;
        int allServices = ready + atRisk + notReady;
        servicesTile.show(allServices == 0 ? "—" : getTranslation("dashboard.tile.services", formats.number(ready), formats.number(allServices)),
                allServices == 0
                        ? getTranslation(coverage.wholeOrganisation() ? "dashboard.tile.services.none" : "dashboard.tile.services.none-in-line")
                        : getTranslation("dashboard.tile.services.detail", formats.number(atRisk), formats.number(notReady)),
                allServices == 0 ? Tile.Tone.NONE : notReady > 0 ? Tile.Tone.BAD : atRisk > 0 ? Tile.Tone.WARNING : Tile.Tone.GOOD);
        expiringTile.show(formats.number(total.expiring()), getTranslation("dashboard.tile.expiring", Coverage.EXPIRING_DAYS),
                total.expiring() == 0 ? Tile.Tone.GOOD : Tile.Tone.WARNING);
        overdueTab.setLabel(getTranslation("dashboard.tab.overdue", formats.number(headline.overdue())));

        var departments = coverage.byDepartment(filter).stream()
                .sorted(java.util.Comparator.comparingInt((CoverageSlice s) -> s.count().percent()).thenComparing(CoverageSlice::label))
                .toList();
        byDepartment.setItems(departments);
        byDepartmentChart.showPercentBars(departments.stream().map(DashboardView::bar).toList());
        byDepartmentChart.setSummary(summary("dashboard.by-department.summary", departments));
        var roles = coverage.byRole(filter);
        byRole.setItems(roles);
        byRoleChart.showPercentBars(roles.stream().map(DashboardView::bar).toList());
        byRoleChart.setSummary(summary("dashboard.by-role.summary", roles));

        var states = new java.util.LinkedHashMap<ServiceState, Integer>();
        for (ServiceState state : List.of(ServiceState.READY, ServiceState.AT_RISK, ServiceState.NOT_READY, ServiceState.NO_ROLES)) {
            int count = headline.services().getOrDefault(state, 0);
            if (state != ServiceState.NO_ROLES || count > 0) {
                states.put(state, count);
            }
        }
        services.setItems(states.entrySet());
        servicesChart.showDonut(states.entrySet().stream().map(e -> new Chart.Item(e.getKey().name(), stateLabel(e.getKey()),
                e.getValue(), switch (e.getKey()) {
                    case READY -> Chart.GOOD;
                    case AT_RISK -> Chart.WARNING;
                    case NOT_READY, NO_ROLES -> Chart.BAD;
                })).toList());
        servicesChart.setSummary(allServices == 0 ? getTranslation("dashboard.services.summary.none")
                : getTranslation("dashboard.services.summary", formats.number(ready), formats.number(allServices),
                formats.number(atRisk), formats.number(notReady)));
        refreshTrend();
        overdue.getDataProvider().refreshAll();
        people.getDataProvider().refreshAll();
    }

    private void refreshTrend() {
        LocalDate today = LocalDate.now(clock);
        var points = coverage.history(filter, today.minusDays(period.getValue().days), today);
        trend.setItems(points.reversed());
        trendChart.showPercentLine(points.stream().map(p -> new Chart.Item(p.day().toString(), formats.date(p.day()), p.percent(),
                Chart.PRIMARY)).toList());
        trendChart.setSummary(trendSummary(points));
        trendNote.setText(coverage.historyFollows(filter) ? getTranslation("dashboard.trend.note")
                : getTranslation(coverage.wholeOrganisation() ? "dashboard.trend.note.organisation" : "dashboard.trend.note.line"));
    }

    void showPeople(PeopleShown what) {
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
        var details = new Details(getTranslation("dashboard.show-as-table"), table);
        tables.add(details);
        details.addClassName("mt-s");
        var panel = new Div(new H3(title), chart, chart.summary(), details, footer);
        panel.addClassName("academy-card");
        return panel;
    }

    private Grid<CoverageSlice> sliceGrid(String what) {
        var grid = new Grid<CoverageSlice>();
        grid.addColumn(CoverageSlice::label).setHeader(what).setFlexGrow(2);
        grid.addColumn(s -> formats.percent(s.count().percent(), 0)).setHeader(getTranslation("dashboard.column.coverage"))
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        grid.addColumn(s -> currentOfRequired(s.count().current(), s.count().required()))
                .setHeader(getTranslation("dashboard.column.current-of-required"));
        grid.addColumn(s -> formats.number(s.count().expiring())).setHeader(getTranslation("dashboard.column.expiring"))
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setEmptyStateText(getTranslation("dashboard.nobody"));
        return grid;
    }

    private List<ExportColumn<CoverageSlice>> sliceColumns(String what) {
        return List.of(ExportColumn.of(what, CoverageSlice::label),
                ExportColumn.of(getTranslation("dashboard.column.required"), s -> s.count().required()),
                ExportColumn.of(getTranslation("dashboard.column.current"), s -> s.count().current()),
                ExportColumn.of(getTranslation("dashboard.column.coverage-percent"), s -> s.count().percent()),
                ExportColumn.of(getTranslation("dashboard.column.expiring-within", Coverage.EXPIRING_DAYS), s -> s.count().expiring()));
    }

    private String currentOfRequired(long current, long required) {
        return getTranslation("dashboard.current-of-required", formats.number(current), formats.number(required));
    }

    private static Chart.Item bar(CoverageSlice s) {
        int percent = s.count().percent();
        return new Chart.Item(s.key(), s.label(), percent,
                percent >= 90 ? Chart.GOOD : percent >= BELOW ? Chart.WARNING : Chart.BAD);
    }

    /** A bar chart in one line: how many bars, the lowest and the highest, and how many are below 70% (drawn red). */
    String summary(String key, List<CoverageSlice> slices) {
        if (slices.isEmpty()) {
            return getTranslation("dashboard.chart.summary.nobody");
        }
        var byPercent = java.util.Comparator.comparingInt((CoverageSlice s) -> s.count().percent()).thenComparing(CoverageSlice::label);
        CoverageSlice lowest = slices.stream().min(byPercent).orElseThrow();
        CoverageSlice highest = slices.stream().max(byPercent).orElseThrow();
        if (slices.size() == 1) {
            return getTranslation("dashboard.chart.summary.one", lowest.label(), formats.percent(lowest.count().percent(), 0));
        }
        long below = slices.stream().filter(s -> s.count().percent() < BELOW).count();
        return getTranslation(key, formats.number(slices.size()), lowest.label(), formats.percent(lowest.count().percent(), 0),
                highest.label(), formats.percent(highest.count().percent(), 0), below, formats.percent(BELOW, 0));
    }

    /** The trend in one line: where it started and ended in the period shown, and over how many days. */
    String trendSummary(List<CoveragePoint> points) {
        if (points.isEmpty()) {
            return getTranslation("dashboard.trend.empty");
        }
        CoveragePoint first = points.getFirst();
        CoveragePoint last = points.getLast();
        if (points.size() == 1) {
            return getTranslation("dashboard.trend.summary.one", formats.percent(last.percent(), 0), formats.date(last.day()));
        }
        long days = java.time.temporal.ChronoUnit.DAYS.between(first.day(), last.day());
        String key = last.percent() > first.percent() ? "dashboard.trend.summary.rose"
                : last.percent() < first.percent() ? "dashboard.trend.summary.fell" : "dashboard.trend.summary.same";
        return getTranslation(key, formats.percent(first.percent(), 0), formats.percent(last.percent(), 0), days);
    }

    private String stateLabel(ServiceState state) {
        return getTranslation(Messages.labelKey(state));
    }

    private String statusText(PairStatus status) {
        return getTranslation(Messages.labelKey(status));
    }

    private Component status(PairStatus status) {
        var badge = new Badge((status.isCurrent() ? "✓ " : "✗ ") + statusText(status), false);
        badge.addClassName(switch (status) {
            case CURRENT -> "ready";
            case EXPIRING -> "at-risk";
            case NEVER, EXPIRED -> "not-ready";
        });
        return badge;
    }

}
