package org.continuityacademy.campaigns.ui;

import java.util.List;
import org.continuityacademy.base.export.ExportColumn;
import org.continuityacademy.base.ui.ExportButtons;
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
import org.continuityacademy.base.ui.Badge;
import org.continuityacademy.base.ui.Dates;
import org.continuityacademy.base.ui.ViewHeader;
import org.continuityacademy.campaigns.CampaignRow;
import org.continuityacademy.campaigns.CampaignState;
import org.continuityacademy.campaigns.Campaigns;
import org.continuityacademy.campaigns.RunRow;
import org.continuityacademy.security.AppRole;
import org.continuityacademy.security.AppRoles;
import org.continuityacademy.security.CurrentUser;

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
        grid.addComponentColumn(c -> new Anchor("campaigns/" + c.id(), c.name())).setHeader("Campaign").setFlexGrow(3);
        grid.addComponentColumn(c -> state(c.state())).setHeader("State").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> c.scheduleKind().label()).setHeader("Schedule").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> c.nextFireTime() == null ? "—" : Dates.dateTime(c.nextFireTime(), "")).setHeader("Next run")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(c -> lastRun(c.lastRun())).setHeader("Last run").setFlexGrow(3);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText("No campaigns yet.");
        grid.setSizeFull();
        boolean mayEdit = currentUser.require().hasRole(AppRole.CONTINUITY_MANAGER);
        var create = new Button("New campaign", e -> e.getSource().getUI().ifPresent(ui -> ui.navigate("campaigns/new")));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(mayEdit);
        add(new ViewHeader("Campaigns assign refresher training to an audience on a schedule, so that nobody's training "
                + "quietly expires. Open one to see its runs" + (mayEdit ? ", change it, pause it or run it now." : "."), create,
                new ExportButtons<>("campaigns", List.of(ExportColumn.of("Campaign", CampaignRow::name),
                        ExportColumn.of("State", c -> c.state().label()), ExportColumn.of("Schedule", c -> c.scheduleKind().label()),
                        ExportColumn.of("Time zone", CampaignRow::zone), ExportColumn.of("Next run (UTC)", CampaignRow::nextFireTime),
                        ExportColumn.of("Last run (UTC)", c -> c.lastRun() == null ? null : c.lastRun().fireTime()),
                        ExportColumn.of("Last run assigned", c -> c.lastRun() == null ? null : c.lastRun().assigned())),
                        () -> campaigns.list().stream())), grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        grid.setItems(campaigns.list());
    }

    static Badge state(CampaignState state) {
        var badge = new Badge(state.label(), state == CampaignState.ARCHIVED || state == CampaignState.DRAFT);
        if (state == CampaignState.ACTIVE) {
            badge.addClassName("ready");
        } else if (state == CampaignState.PAUSED) {
            badge.addClassName("at-risk");
        }
        return badge;
    }

    static Component lastRun(RunRow run) {
        if (run == null) {
            var none = new Span("Not run yet");
            none.addClassName("text-secondary");
            return none;
        }
        String when = Dates.dateTime(run.fireTime(), "");
        return new Span(switch (run.status()) {
            case "RUNNING" -> when + ": running, " + run.processed() + " of " + run.audienceSize() + " people done";
            case "FAILED" -> when + ": stopped (" + run.error() + "); it carries on when run again";
            default -> when + ": " + run.assigned() + " assigned, " + run.skippedCurrent() + " skipped as current, "
                    + run.alreadyOpen() + " already open";
        });
    }
}
