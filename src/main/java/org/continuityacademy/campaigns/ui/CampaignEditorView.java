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
import java.time.Clock;
import java.time.Instant;
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
import org.continuityacademy.base.i18n.Formats;
import org.continuityacademy.base.i18n.Messages;
import org.continuityacademy.base.ui.Badge;
import org.continuityacademy.base.ui.DatePickers;
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
    private final Clock clock;
    private final boolean mayEdit;

    final TextField name = new TextField(getTranslation("campaign-editor.name"));
    final TextArea description = new TextArea(getTranslation("campaign-editor.description"));
    final MultiSelectComboBox<ModuleInfo> modules = new MultiSelectComboBox<>(getTranslation("campaign-editor.modules"));
    final Checkbox everyone = new Checkbox(getTranslation("campaign-editor.everyone"));
    final MultiSelectComboBox<RoleDefinition> roles = new MultiSelectComboBox<>(getTranslation("campaign-editor.roles"));
    final MultiSelectComboBox<DepartmentOption> departments = new MultiSelectComboBox<>(getTranslation("campaign-editor.departments"));
    final MultiSelectComboBox<String> locations = new MultiSelectComboBox<>(getTranslation("campaign-editor.locations"));
    final IntegerField newJoinerDays = new IntegerField(getTranslation("campaign-editor.new-joiner-days"));
    final Select<ScheduleKind> schedule = new Select<>();
    final DatePicker startsAt = DatePickers.localised(new DatePicker(getTranslation("campaign-editor.date")));
    final TimePicker startTime = new TimePicker(getTranslation("campaign-editor.time"), LocalTime.of(9, 0));
    final TextField cron = new TextField(getTranslation("campaign-editor.cron"));
    final ComboBox<String> zone = new ComboBox<>(getTranslation("campaign-editor.zone"));
    final IntegerField dueDays = new IntegerField(getTranslation("campaign-editor.due-days"));
    final IntegerField skipValidDays = new IntegerField(getTranslation("campaign-editor.skip-valid-days"));
    static final int DEFAULT_REMIND_DAYS_BEFORE = 7;
    static final int DEFAULT_OVERDUE_EVERY_DAYS = 7;
    static final int DEFAULT_ESCALATE_MANAGER_DAYS = 7;

    final IntegerField remindDaysBefore = new IntegerField(getTranslation("campaign-editor.remind-days-before"));
    final Checkbox remindOnDueDate = new Checkbox(getTranslation("campaign-editor.remind-on-due-date"));
    final IntegerField overdueEveryDays = new IntegerField(getTranslation("campaign-editor.overdue-every-days"));
    final IntegerField escalateManagerDays = new IntegerField(getTranslation("campaign-editor.escalate-manager-days"));
    final IntegerField escalateCmDays = new IntegerField(getTranslation("campaign-editor.escalate-cm-days"));
    final Checkbox announceAssignments = new Checkbox(getTranslation("campaign-editor.announce-assignments"), true);
    final Div preview = new Div();
    final Div actions = new Div();
    final Grid<RunRow> runs = new Grid<>();
    final Paragraph formError = new Paragraph();
    private final Map<String, HasValidation> fieldsByKey = new LinkedHashMap<>();
    private Long campaignId;
    private CampaignState state = CampaignState.DRAFT;
    private String title = getTranslation("campaign-editor.title");
    private com.vaadin.flow.shared.Registration pollRegistration;

    CampaignEditorView(Campaigns campaigns, Catalogue catalogue, EmployeeDirectory directory, CurrentUser currentUser, Clock clock) {
        this.campaigns = campaigns;
        this.clock = clock;
        this.mayEdit = currentUser.require().hasRole(AppRole.CONTINUITY_MANAGER);
        addClassNames("academy-view", "flex", "flex-col", "gap-s");

        modules.setItems(catalogue.servedModules());
        modules.setItemLabelGenerator(ModuleInfo::title);
        roles.setItems(catalogue.roles());
        roles.setItemLabelGenerator(RoleDefinition::name);
        departments.setItems(directory.departments());
        departments.setItemLabelGenerator(DepartmentOption::name);
        locations.setItems(directory.locations());
        schedule.setLabel(getTranslation("campaign-editor.schedule"));
        schedule.setItems(ScheduleKind.values());
        schedule.setItemLabelGenerator(kind -> getTranslation(Messages.labelKey(kind)));
        schedule.setValue(ScheduleKind.YEARLY);
        // the pickers take the UI's locale
        startTime.setStep(java.time.Duration.ofMinutes(15));
        cron.setHelperText(getTranslation("campaign-editor.cron.helper"));
        zone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        // a new campaign runs in the organisation's time zone unless someone chooses another
        zone.setValue(clock.getZone().getId());
        dueDays.setValue(30);
        dueDays.setMin(1);
        dueDays.setMax(365);
        skipValidDays.setHelperText(getTranslation("campaign-editor.skip-valid-days.helper"));
        newJoinerDays.setHelperText(getTranslation("campaign-editor.new-joiner-days.helper"));
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

        Formats formats = Formats.current();
        String bySchedule = getTranslation("campaign-editor.runs.by-schedule");
        runs.addColumn(r -> formats.dateTime(r.fireTime())).setHeader(getTranslation("campaign-editor.runs.fire-time"))
                .setAutoWidth(true).setFlexGrow(0);
        runs.addColumn(r -> r.scheduled() ? bySchedule : r.triggeredBy()).setHeader(getTranslation("campaign-editor.runs.triggered-by"))
                .setAutoWidth(true).setFlexGrow(0);
        runs.addComponentColumn(CampaignsView::lastRun).setHeader(getTranslation("campaign-editor.runs.outcome")).setFlexGrow(3);
        runs.addColumn(r -> formats.number(r.audienceSize())).setHeader(getTranslation("campaign-editor.runs.targeted"))
                .setAutoWidth(true).setFlexGrow(0);
        runs.addColumn(r -> formats.number(r.assigned())).setHeader(getTranslation("campaign-editor.runs.assigned"))
                .setAutoWidth(true).setFlexGrow(0);
        runs.addColumn(r -> formats.number(r.skippedCurrent())).setHeader(getTranslation("campaign-editor.runs.skipped"))
                .setAutoWidth(true).setFlexGrow(0);
        runs.addColumn(r -> formats.number(r.failed())).setHeader(getTranslation("campaign-editor.runs.failed"))
                .setAutoWidth(true).setFlexGrow(0);
        runs.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        runs.setAllRowsVisible(true);
        runs.setEmptyStateText(getTranslation("campaign-editor.runs.empty"));
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
            title = getTranslation("campaign-editor.title.new");
            startsAt.setValue(LocalDate.now(clock).plusDays(7));
            startTime.setValue(LocalTime.of(9, 0));
            // with every reminder field empty nobody was ever reminded: a new campaign reminds a week before, on the
            // day and weekly after the due date, and tells the manager after a week overdue (the continuity manager
            // chooses for themselves whether to be told)
            remindDaysBefore.setValue(DEFAULT_REMIND_DAYS_BEFORE);
            remindOnDueDate.setValue(true);
            overdueEveryDays.setValue(DEFAULT_OVERDUE_EVERY_DAYS);
            escalateManagerDays.setValue(DEFAULT_ESCALATE_MANAGER_DAYS);
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
        announceAssignments.setValue(d.announceAssignments());
    }

    private void layout() {
        var heading = new H2(campaignId == null ? getTranslation("campaign-editor.title.new") : title);
        heading.addClassNames("text-2xl", "mb-0");
        var header = new Div(heading);
        header.addClassNames("flex", "items-center", "gap-m", "flex-wrap");
        if (campaignId != null) {
            header.add(CampaignsView.state(state));
        }
        var what = form(section(getTranslation("campaign-editor.section.what")), name, description, modules);
        var who = form(section(getTranslation("campaign-editor.section.who")), everyone, roles, departments, locations, newJoinerDays);
        var when = form(section(getTranslation("campaign-editor.section.when")), schedule, startsAt, startTime, cron, zone, dueDays,
                skipValidDays);
        var reminders = form(section(getTranslation("campaign-editor.section.reminders")), announceAssignments, remindDaysBefore,
                remindOnDueDate, overdueEveryDays, escalateManagerDays, escalateCmDays);
        // its explanation takes the whole row
        announceAssignments.getParent().ifPresent(form -> ((FormLayout) form).setColspan(announceAssignments, 2));
        preview.addClassName("academy-card");
        boolean readOnly = !mayEdit || state == CampaignState.ARCHIVED;
        fieldsByKey.values().forEach(f -> ((HasValue<?, ?>) f).setReadOnly(readOnly));
        List.<HasValue<?, ?>>of(everyone, departments, locations, schedule, remindOnDueDate, announceAssignments, startTime)
                .forEach(f -> f.setReadOnly(readOnly));
        actions();
        add(header, formError, what, who, when, reminders, preview, actions);
        if (campaignId != null) {
            var runsHeading = new H3(getTranslation("campaign-editor.runs"));
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
        var save = new Button(getTranslation(campaignId == null ? "campaign-editor.save-draft" : "campaign-editor.save-changes"),
                e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        actions.add(save);
        if (campaignId != null) {
            if (state == CampaignState.DRAFT || state == CampaignState.PAUSED) {
                actions.add(new Button(getTranslation(state == CampaignState.DRAFT ? "campaign-editor.activate" : "campaign-editor.resume"),
                        e -> act(() -> campaigns.activate(campaignId), getTranslation("campaign-editor.activated"))));
            }
            if (state == CampaignState.ACTIVE) {
                actions.add(new Button(getTranslation("campaign-editor.pause"),
                        e -> act(() -> campaigns.pause(campaignId), getTranslation("campaign-editor.paused"))));
            }
            actions.add(new Button(getTranslation("campaign-editor.run-now"),
                    e -> act(() -> campaigns.runNow(campaignId), getTranslation("campaign-editor.started"))));
            var archive = new Button(getTranslation("campaign-editor.archive"),
                    e -> act(() -> campaigns.archive(campaignId), getTranslation("campaign-editor.archived")));
            archive.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            actions.add(archive);
        }
    }

    private void save() {
        clearErrors();
        try {
            long id = campaigns.save(campaignId, draft());
            Notification.show(getTranslation("campaign-editor.saved"), 2500, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
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
                remindOnDueDate.getValue(), overdueEveryDays.getValue(), escalateManagerDays.getValue(), escalateCmDays.getValue(),
                announceAssignments.getValue());
    }

    /** The chosen date and time; the time counts in the chosen zone (the service re-reads it there). */
    private ZonedDateTime startsAt() {
        if (startsAt.getValue() == null) {
            return null;
        }
        return ZonedDateTime.of(startsAt.getValue(), startTime.getValue() == null ? LocalTime.of(9, 0) : startTime.getValue(), chosenZone());
    }

    /** The chosen time zone, or the organisation's while the field holds none (the service names a bad one). */
    private ZoneId chosenZone() {
        try {
            return ZoneId.of(zone.getValue());
        } catch (RuntimeException e) {
            return clock.getZone();
        }
    }

    private void showPreview() {
        preview.removeAll();
        var heading = new H3(getTranslation("campaign-editor.preview"));
        heading.addClassNames("text-m", "mt-0");
        preview.add(heading);
        if (!mayEdit) {
            preview.setVisible(false);
            return;
        }
        try {
            var result = campaigns.preview(draft());
            if (result.audienceSize() == 0) {
                var warning = new Badge(getTranslation("campaign-editor.preview.nobody"));
                warning.addClassName("at-risk");
                preview.add(warning, new Paragraph(getTranslation("campaign-editor.preview.nobody.explanation")));
            } else {
                preview.add(new Paragraph(getTranslation("campaign-editor.preview.reach", result.audienceSize())));
            }
            if (result.nextFireTimes().isEmpty()) {
                preview.add(new Paragraph(getTranslation("campaign-editor.preview.never")));
            } else {
                // wall-clock times of the campaign's own zone, as chosen above
                ZoneId chosen = chosenZone();
                var inZone = new Formats(Formats.current().locale(), chosen);
                preview.add(new Span(getTranslation("campaign-editor.preview.next", result.nextFireTimes().stream()
                        .map(inZone::dateTime).collect(Collectors.joining(" · ")), chosen.getId())));
            }
        } catch (CampaignRejected rejected) {
            preview.add(new Paragraph(getTranslation("campaign-editor.preview.incomplete", String.join(" ", rejected.problems().values()))));
        }
    }

    private void scheduleChanged() {
        ScheduleKind kind = schedule.getValue();
        cron.setVisible(kind == ScheduleKind.CRON);
        startsAt.setLabel(getTranslation(kind == ScheduleKind.ONE_OFF ? "campaign-editor.date" : "campaign-editor.first-run"));
        startsAt.setHelperText(getTranslation(switch (kind) {
            case ONE_OFF -> "campaign-editor.helper.one-off";
            case YEARLY -> "campaign-editor.helper.yearly";
            case QUARTERLY -> "campaign-editor.helper.quarterly";
            case MONTHLY -> "campaign-editor.helper.monthly";
            case CRON -> "campaign-editor.helper.cron";
        }));
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
        formError.setText(unplaced.isEmpty() ? getTranslation("campaign-editor.error.fields")
                : getTranslation("campaign-editor.error.other", String.join(" ", unplaced)));
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
