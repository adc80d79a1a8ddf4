package org.continuityacademy.campaigns.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.continuityacademy.base.export.ExportColumn;
import org.continuityacademy.base.i18n.Formats;
import org.continuityacademy.base.i18n.Messages;
import org.continuityacademy.base.ui.Badge;
import org.continuityacademy.base.ui.ExportButtons;
import org.continuityacademy.base.ui.ViewHeader;
import org.continuityacademy.campaigns.CampaignRow;
import org.continuityacademy.campaigns.CampaignState;
import org.continuityacademy.campaigns.Campaigns;
import org.continuityacademy.campaigns.RunRow;
import org.continuityacademy.campaigns.ScheduleKind;
import org.continuityacademy.security.AppRole;
import org.continuityacademy.security.AppRoles;
import org.continuityacademy.security.CurrentUser;
import org.jspecify.annotations.Nullable;

/** Every refresher campaign with its state, next fire time and last run. */
@Route("campaigns")
@PageTitle("campaigns.title")
@Menu(order = 28, icon = "vaadin:calendar-clock", title = "campaigns.title")
@RolesAllowed({AppRoles.CONTINUITY_MANAGER, AppRoles.HR})
class CampaignsView extends Main implements BeforeEnterObserver {

    private final Campaigns campaigns;
    final Grid<CampaignRow> grid = new Grid<>();

    CampaignsView(Campaigns campaigns, CurrentUser currentUser) {
        this.campaigns = campaigns;
        addClassNames("academy-view", "flex", "flex-col", "h-full");
        // the export runs in its own request: take the labels in the person's language now
        Map<CampaignState, String> states = new EnumMap<>(CampaignState.class);
        for (CampaignState state : CampaignState.values()) {
            states.put(state, getTranslation(Messages.labelKey(state)));
        }
        Map<ScheduleKind, String> schedules = new EnumMap<>(ScheduleKind.class);
        for (ScheduleKind kind : ScheduleKind.values()) {
            schedules.put(kind, getTranslation(Messages.labelKey(kind)));
        }
        Formats formats = Formats.current();

        grid.addComponentColumn(c -> new Anchor("campaigns/" + c.id(), c.name())).setHeader(getTranslation("campaigns.column.campaign"))
                .setFlexGrow(3);
        grid.addComponentColumn(c -> state(c.state())).setHeader(getTranslation("campaigns.column.state")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> schedules.get(c.scheduleKind())).setHeader(getTranslation("campaigns.column.schedule")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(c -> formats.dateTime(c.nextFireTime(), "—")).setHeader(getTranslation("campaigns.column.next-run"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(c -> lastRun(c.lastRun())).setHeader(getTranslation("campaigns.column.last-run")).setFlexGrow(3);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("campaigns.empty"));
        grid.setSizeFull();
        boolean mayEdit = currentUser.require().hasRole(AppRole.CONTINUITY_MANAGER);
        var create = new Button(getTranslation("campaigns.new"), e -> e.getSource().getUI().ifPresent(ui -> ui.navigate("campaigns/new")));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(mayEdit);
        // exported times stay instants (ISO text in UTC, dates in Excel), as the headers say
        add(new ViewHeader(getTranslation(mayEdit ? "campaigns.intro.editor" : "campaigns.intro.reader"), create,
                new ExportButtons<>("campaigns", List.of(ExportColumn.of(getTranslation("campaigns.column.campaign"), CampaignRow::name),
                        ExportColumn.of(getTranslation("campaigns.column.state"), c -> states.get(c.state())),
                        ExportColumn.of(getTranslation("campaigns.column.schedule"), c -> schedules.get(c.scheduleKind())),
                        ExportColumn.of(getTranslation("campaigns.export.zone"), CampaignRow::zone),
                        ExportColumn.of(getTranslation("campaigns.export.next-run"), CampaignRow::nextFireTime),
                        ExportColumn.of(getTranslation("campaigns.export.last-run"), c -> c.lastRun() == null ? null : c.lastRun().fireTime()),
                        ExportColumn.of(getTranslation("campaigns.export.last-run-assigned"),
                                c -> c.lastRun() == null ? null : c.lastRun().assigned())),
                        () -> campaigns.list().stream())), grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        grid.setItems(campaigns.list());
    }

    static Badge state(CampaignState state) {
        var badge = new Badge("", state == CampaignState.ARCHIVED || state == CampaignState.DRAFT);
        badge.setText(badge.getTranslation(Messages.labelKey(state)));
        if (state == CampaignState.ACTIVE) {
            badge.addClassName("ready");
        } else if (state == CampaignState.PAUSED) {
            badge.addClassName("at-risk");
        }
        return badge;
    }

    /** How a run went, in a sentence; times in the organisation's zone. */
    static Component lastRun(@Nullable RunRow run) {
        var text = new Span();
        if (run == null) {
            text.setText(text.getTranslation("campaigns.run.none"));
            text.addClassName("text-secondary");
            return text;
        }
        String when = Formats.current().dateTime(run.fireTime());
        String outcome;
        if (run.running()) {
            outcome = text.getTranslation("campaigns.run.running", when, run.processed(), run.audienceSize());
        } else if (run.stopped()) {
            outcome = text.getTranslation("campaigns.run.failed", when, String.valueOf(run.error()));
        } else {
            outcome = text.getTranslation("campaigns.run.done", when, run.assigned(), run.skippedCurrent(), run.alreadyOpen());
        }
        text.setText(outcome);
        return text;
    }
}
