package org.continuityacademy.campaigns.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.continuityacademy.base.ui.Badge;
import org.continuityacademy.base.ui.Dates;
import org.continuityacademy.campaigns.CampaignDetails;
import org.continuityacademy.campaigns.CampaignDraft;
import org.continuityacademy.campaigns.CampaignRejected;
import org.continuityacademy.campaigns.CampaignState;
import org.continuityacademy.campaigns.Campaigns;
import org.continuityacademy.campaigns.RunRow;
import org.continuityacademy.campaigns.ScheduleKind;
import org.continuityacademy.catalogue.Catalogue;
import org.continuityacademy.catalogue.ModuleInfo;
import org.continuityacademy.catalogue.RoleDefinition;
import org.continuityacademy.directory.DepartmentOption;
import org.continuityacademy.directory.EmployeeDirectory;
import org.continuityacademy.security.AppRole;
import org.continuityacademy.security.AppRoles;
import org.continuityacademy.security.CurrentUser;

/**
 * Creates or changes a campaign, previews whom it reaches and when it fires, starts, pauses, archives
 * or runs it now, and shows its runs with live progress. HR sees the same, read-only.
 */
@Route("campaigns/:campaignId")
@RolesAllowed({AppRoles.CONTINUITY_MANAGER, AppRoles.HR})
class CampaignEditorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final Campaigns campaigns;
    private final boolean mayEdit;

    final TextField name = new TextField("Name");
    final TextArea description = new TextArea("Description");
    final MultiSelectComboBox<ModuleInfo> modules = new MultiSelectComboBox<>("Modules");
    final Checkbox everyone = new Checkbox("Everyone");
    final MultiSelectComboBox<RoleDefinition> roles = new MultiSelectComboBox<>("Continuity roles");
    final MultiSelectComboBox<DepartmentOption> departments = new MultiSelectComboBox<>("Departments");
    final MultiSelectComboBox<String> locations = new MultiSelectComboBox<>("Locations");
    final IntegerField newJoinerDays = new IntegerField("Only people hired in the last … days");
    final Select<ScheduleKind> schedule = new Select<>();
    final DatePicker startsAt = new DatePicker("Date");
    final TimePicker startTime = new TimePicker("Time", LocalTime.of(9, 0));
    final TextField cron = new TextField("Cron expression");
    final ComboBox<String> zone = new ComboBox<>("Time zone");
    final IntegerField dueDays = new IntegerField("Due within (days)");
    final IntegerField skipValidDays = new IntegerField("Skip people still valid for at least (days)");
    final IntegerField remindDaysBefore = new IntegerField("Remind … days before the due date");
    final Checkbox remindOnDueDate = new Checkbox("Remind on the due date");
    final IntegerField overdueEveryDays = new IntegerField("When overdue, remind every … days");
    final IntegerField escalateManagerDays = new IntegerField("Tell the manager after … days overdue");
    final IntegerField escalateCmDays = new IntegerField("Tell the continuity manager after … days overdue");
    final Div preview = new Div();
    final Div actions = new Div();
    final Grid<RunRow> runs = new Grid<>();
    final Paragraph formError = new Paragraph();
    private final Map<String, HasValidation> fieldsByKey = new LinkedHashMap<>();
    private Long campaignId;
    private CampaignState state = CampaignState.DRAFT;
    private String title = "Campaign";
    private com.vaadin.flow.shared.Registration pollRegistration;

    CampaignEditorView(Campaigns campaigns, Catalogue catalogue, EmployeeDirectory directory, CurrentUser currentUser) {
        this.campaigns = campaigns;
        this.mayEdit = currentUser.require().hasRole(AppRole.CONTINUITY_MANAGER);
        addClassNames("academy-view", "flex", "flex-col", "gap-s");

        modules.setItems(catalogue.servedModules());
        modules.setItemLabelGenerator(ModuleInfo::title);
        roles.setItems(catalogue.roles());
        roles.setItemLabelGenerator(RoleDefinition::name);
        departments.setItems(directory.departments());
        departments.setItemLabelGenerator(DepartmentOption::name);
        locations.setItems(directory.locations());
        schedule.setLabel("Schedule");
        schedule.setItems(ScheduleKind.values());
        schedule.setItemLabelGenerator(ScheduleKind::label);
        schedule.setValue(ScheduleKind.YEARLY);
        startTime.setStep(java.time.Duration.ofMinutes(15));
        startsAt.setLocale(java.util.Locale.UK);
        startTime.setLocale(java.util.Locale.UK);
        cron.setHelperText("Quartz format: seconds minutes hours day-of-month month day-of-week, e.g. 0 0 9 1 1,7 ?");
        zone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        zone.setValue(ZoneId.systemDefault().getId());
        dueDays.setValue(30);
        dueDays.setMin(1);
        dueDays.setMax(365);
        skipValidDays.setHelperText("Leave empty to assign everyone in the audience.");
        newJoinerDays.setHelperText("Leave empty for everyone in the audience.");
        description.setMaxLength(2000);
        name.setMaxLength(120);
        formError.addClassName("text-error");
        formError.setVisible(false);

        fieldsByKey.putAll(Map.of("name", name, "description", description, "modules", modules, "audience", roles,
                "newJoinerDays", newJoinerDays, "startsAt", startsAt, "cron", cron, "zone", zone, "dueDays", dueDays,
                "skipValidDays", skipValidDays));
        fieldsByKey.putAll(Map.of("remindDaysBefore", remindDaysBefore, "overdueEveryDays", overdueEveryDays,
                "escalateManagerDays", escalateManagerDays, "escalateContinuityManagerDays", escalateCmDays));

        schedule.addValueChangeListener(e -> scheduleChanged());
        List.<HasValue<?, ?>>of(modules, everyone, roles, departments, locations, newJoinerDays, schedule, startsAt, startTime, cron, zone)
                .forEach(f -> f.addValueChangeListener(e -> showPreview()));
        everyone.addValueChangeListener(e -> {
            roles.setEnabled(!everyone.getValue());
            departments.setEnabled(!everyone.getValue());
            locations.setEnabled(!everyone.getValue());
        });

        runs.addColumn(r -> Dates.dateTime(r.fireTime(), "")).setHeader("Run for").setAutoWidth(true).setFlexGrow(0);
        runs.addColumn(RunRow::triggeredBy).setHeader("Started by").setAutoWidth(true).setFlexGrow(0);
        runs.addComponentColumn(CampaignsView::lastRun).setHeader("Outcome").setFlexGrow(3);
        runs.addColumn(RunRow::audienceSize).setHeader("Targeted").setAutoWidth(true).setFlexGrow(0);
        runs.addColumn(RunRow::assigned).setHeader("Assigned").setAutoWidth(true).setFlexGrow(0);
        runs.addColumn(RunRow::skippedCurrent).setHeader("Skipped as current").setAutoWidth(true).setFlexGrow(0);
        runs.addColumn(RunRow::failed).setHeader("Failed").setAutoWidth(true).setFlexGrow(0);
        runs.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        runs.setAllRowsVisible(true);
        runs.setEmptyStateText("This campaign has not run yet.");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("campaignId").orElseThrow(NotFoundException::new);
        removeAll();
        if (id.equals("new")) {
            if (!mayEdit) {
                throw new NotFoundException();
            }
            campaignId = null;
            state = CampaignState.DRAFT;
            title = "New campaign";
            startsAt.setValue(LocalDate.now().plusDays(7));
            startTime.setValue(LocalTime.of(9, 0));
        } else {
            try {
                campaignId = Long.parseLong(id);
                fill(campaigns.details(campaignId));
            } catch (NumberFormatException | CampaignRejected e) {
                throw new NotFoundException();
            }
        }
        layout();
        scheduleChanged();
        showPreview();
    }

    private void fill(CampaignDetails details) {
        CampaignDraft d = details.draft();
        state = details.state();
        title = d.name();
        name.setValue(d.name());
        description.setValue(d.description());
        modules.setValue(modules.getListDataView().getItems().filter(m -> d.moduleIds().contains(m.id())).collect(Collectors.toSet()));
        everyone.setValue(d.everyone());
        roles.setValue(roles.getListDataView().getItems().filter(r -> d.roleKeys().contains(r.key())).collect(Collectors.toSet()));
        departments.setValue(departments.getListDataView().getItems().filter(o -> d.departmentIds().contains(o.id()))
                .collect(Collectors.toSet()));
        locations.setValue(d.locations());
        newJoinerDays.setValue(d.newJoinerDays());
        schedule.setValue(d.scheduleKind());
        startsAt.setValue(d.startsAt() == null ? null : d.startsAt().toLocalDate());
        startTime.setValue(d.startsAt() == null ? null : d.startsAt().toLocalTime());
        cron.setValue(d.cron() == null ? "" : d.cron());
        zone.setValue(d.zone());
        dueDays.setValue(d.dueDays());
        skipValidDays.setValue(d.skipValidDays());
        remindDaysBefore.setValue(d.remindDaysBefore());
        remindOnDueDate.setValue(d.remindOnDueDate());
        overdueEveryDays.setValue(d.overdueEveryDays());
        escalateManagerDays.setValue(d.escalateManagerDays());
        escalateCmDays.setValue(d.escalateContinuityManagerDays());
    }

    private void layout() {
        var heading = new H2(campaignId == null ? "New campaign" : title);
        heading.addClassNames("text-2xl", "mb-0");
        var header = new Div(heading);
        header.addClassNames("flex", "items-center", "gap-m", "flex-wrap");
        if (campaignId != null) {
            header.add(CampaignsView.state(state));
        }
        var what = form(section("What"), name, description, modules);
        var who = form(section("Who"), everyone, roles, departments, locations, newJoinerDays);
        var when = form(section("When"), schedule, startsAt, startTime, cron, zone, dueDays, skipValidDays);
        var reminders = form(section("Reminders and escalation"), remindDaysBefore, remindOnDueDate, overdueEveryDays,
                escalateManagerDays, escalateCmDays);
        preview.addClassName("academy-card");
        boolean readOnly = !mayEdit || state == CampaignState.ARCHIVED;
        fieldsByKey.values().forEach(f -> ((HasValue<?, ?>) f).setReadOnly(readOnly));
        List.<HasValue<?, ?>>of(everyone, departments, locations, schedule, remindOnDueDate, startTime).forEach(f -> f.setReadOnly(readOnly));
        actions();
        add(header, formError, what, who, when, reminders, preview, actions);
        if (campaignId != null) {
            var runsHeading = new H3("Runs");
            runsHeading.addClassNames("text-l", "mb-0", "mt-m");
            runs.setItems(campaigns.runs(campaignId));
            add(runsHeading, runs);
        }
    }

    private void actions() {
        actions.removeAll();
        actions.addClassNames("flex", "gap-s", "flex-wrap");
        if (!mayEdit || state == CampaignState.ARCHIVED) {
            return;
        }
        var save = new Button(campaignId == null ? "Save as draft" : "Save changes", e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        actions.add(save);
        if (campaignId != null) {
            if (state == CampaignState.DRAFT || state == CampaignState.PAUSED) {
                actions.add(new Button(state == CampaignState.DRAFT ? "Activate" : "Resume", e -> act(() -> campaigns.activate(campaignId),
                        "The campaign is active: it runs on its schedule.")));
            }
            if (state == CampaignState.ACTIVE) {
                actions.add(new Button("Pause", e -> act(() -> campaigns.pause(campaignId), "Paused: it will not run until resumed.")));
            }
            actions.add(new Button("Run now", e -> act(() -> campaigns.runNow(campaignId),
                    "Started. The run carries on in the background; its progress shows below.")));
            var archive = new Button("Archive", e -> act(() -> campaigns.archive(campaignId), "Archived."));
            archive.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            actions.add(archive);
        }
    }

    private void save() {
        clearErrors();
        try {
            long id = campaigns.save(campaignId, draft());
            Notification.show("Saved.", 2500, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate("campaigns/" + id));
            if (campaignId != null && campaignId == id) {
                refresh();
            }
        } catch (CampaignRejected rejected) {
            showErrors(rejected);
        }
    }

    private void act(Runnable action, String done) {
        clearErrors();
        try {
            action.run();
            Notification.show(done, 4000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
        } catch (CampaignRejected rejected) {
            showErrors(rejected);
        }
    }

    private void refresh() {
        removeAll();
        fill(campaigns.details(campaignId));
        layout();
        scheduleChanged();
        showPreview();
    }

    private CampaignDraft draft() {
        return new CampaignDraft(name.getValue(), description.getValue(),
                modules.getValue().stream().map(ModuleInfo::id).collect(Collectors.toSet()), everyone.getValue(),
                everyone.getValue() ? Set.of() : roles.getValue().stream().map(RoleDefinition::key).collect(Collectors.toSet()),
                everyone.getValue() ? Set.of() : departments.getValue().stream().map(DepartmentOption::id).collect(Collectors.toSet()),
                everyone.getValue() ? Set.of() : Set.copyOf(locations.getValue()), newJoinerDays.getValue(), schedule.getValue(),
                startsAt(), cron.getValue(), zone.getValue() == null ? "" : zone.getValue(),
                dueDays.getValue() == null ? 0 : dueDays.getValue(), skipValidDays.getValue(), remindDaysBefore.getValue(),
                remindOnDueDate.getValue(), overdueEveryDays.getValue(), escalateManagerDays.getValue(), escalateCmDays.getValue());
    }

    /** The chosen date and time; the time counts in the chosen zone (the service re-reads it there). */
    private ZonedDateTime startsAt() {
        if (startsAt.getValue() == null) {
            return null;
        }
        ZoneId chosen;
        try {
            chosen = ZoneId.of(zone.getValue());
        } catch (RuntimeException e) {
            chosen = ZoneId.of("UTC");
        }
        return ZonedDateTime.of(startsAt.getValue(), startTime.getValue() == null ? LocalTime.of(9, 0) : startTime.getValue(), chosen);
    }

    private void showPreview() {
        preview.removeAll();
        var heading = new H3("Preview");
        heading.addClassNames("text-m", "mt-0");
        preview.add(heading);
        if (!mayEdit) {
            preview.setVisible(false);
            return;
        }
        try {
            var result = campaigns.preview(draft());
            if (result.audienceSize() == 0) {
                var warning = new Badge("! Reaches nobody today");
                warning.addClassName("at-risk");
                preview.add(warning, new Paragraph("No current employee matches this audience. Check the roles, departments and locations."));
            } else {
                preview.add(new Paragraph("Reaches " + result.audienceSize() + (result.audienceSize() == 1 ? " person" : " people") + " today."));
            }
            if (result.nextFireTimes().isEmpty()) {
                preview.add(new Paragraph("It will not fire: the schedule has no date in the future."));
            } else {
                preview.add(new Span("Next runs: " + result.nextFireTimes().stream().map(t -> Dates.dateTime(t, ""))
                        .collect(Collectors.joining(" · "))));
            }
        } catch (CampaignRejected rejected) {
            preview.add(new Paragraph("The preview appears once the schedule is complete: " + String.join(" ", rejected.problems().values())));
        }
    }

    private void scheduleChanged() {
        ScheduleKind kind = schedule.getValue();
        cron.setVisible(kind == ScheduleKind.CRON);
        startsAt.setLabel(kind == ScheduleKind.ONE_OFF ? "Date" : "First run");
        startsAt.setHelperText(switch (kind) {
            case ONE_OFF -> "The campaign runs once, then.";
            case YEARLY -> "Then every year on the same day and time.";
            case QUARTERLY -> "Then every three months on the same day (1 to 28) and time.";
            case MONTHLY -> "Then every month on the same day (1 to 28) and time.";
            case CRON -> "The cron expression decides, from this date on.";
        });
    }

    private void showErrors(CampaignRejected rejected) {
        var unplaced = new java.util.ArrayList<String>();
        rejected.problems().forEach((key, message) -> {
            HasValidation field = fieldsByKey.get(key);
            if (field != null) {
                field.setInvalid(true);
                field.setErrorMessage(message);
            } else {
                unplaced.add(message);
            }
        });
        formError.setText(unplaced.isEmpty() ? "Nothing was saved: please correct the fields marked below."
                : "Nothing was saved: " + String.join(" ", unplaced));
        formError.setVisible(true);
    }

    private void clearErrors() {
        fieldsByKey.values().forEach(f -> f.setInvalid(false));
        formError.setVisible(false);
    }

    private static H3 section(String text) {
        var h = new H3(text);
        h.addClassNames("text-l", "mb-0", "mt-m");
        return h;
    }

    private static Component form(H3 heading, Component... fields) {
        var form = new FormLayout(fields);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 2));
        return new Div(heading, form);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        // while a run is in progress the history refreshes itself
        attachEvent.getUI().setPollInterval(2000);
        pollRegistration = attachEvent.getUI().addPollListener(e -> {
            if (campaignId != null && runs.isAttached()) {
                var list = campaigns.runs(campaignId);
                if (list.stream().anyMatch(RunRow::running) || !list.equals(runs.getListDataView().getItems().toList())) {
                    runs.setItems(list);
                }
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        detachEvent.getUI().setPollInterval(-1);
        if (pollRegistration != null) {
            pollRegistration.remove();
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
