package org.continuityacademy.continuity.ui;

import org.continuityacademy.continuity.HolderReadiness;
import java.util.ArrayList;
import org.continuityacademy.base.export.Pages;
import org.continuityacademy.base.export.ExportColumn;
import org.continuityacademy.base.ui.ExportButtons;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.continuityacademy.base.i18n.Messages;
import org.continuityacademy.base.ui.ViewHeader;
import org.continuityacademy.catalogue.Catalogue;
import org.continuityacademy.catalogue.RoleDefinition;
import org.continuityacademy.continuity.Position;
import org.continuityacademy.continuity.Readiness;
import org.continuityacademy.continuity.ReadinessOrder;
import org.continuityacademy.continuity.ServiceReadiness;
import org.continuityacademy.continuity.ServiceState;
import org.continuityacademy.continuity.SinglePointOfCompetence;
import org.continuityacademy.security.AppRole;
import org.continuityacademy.security.AppRoles;
import org.continuityacademy.security.CurrentUser;
import org.continuityacademy.services.Durations;

/**
 * The service readiness matrix: critical services × the roles they require, with the primary and
 * deputy of each and whether they are trained. Managers see the services their reporting line
 * holds roles for.
 */
@Route("readiness")
@PageTitle("readiness.title")
@Menu(order = 5, icon = "vaadin:shield", title = "readiness.title")
@RolesAllowed({AppRoles.CONTINUITY_MANAGER, AppRoles.HR, AppRoles.MANAGER})
class ReadinessView extends Main {

    final Grid<ServiceReadiness> grid = new Grid<>();
    final Div tiles = new Div();
    final Div singlePoints = new Div();
    private final Readiness readiness;
    private final Messages messages;
    private final ReadinessBadges badges;
    private final boolean wholeOrganisation;

    ReadinessView(Readiness readiness, Catalogue catalogue, CurrentUser currentUser, Messages messages) {
        this.readiness = readiness;
        this.messages = messages;
        this.badges = new ReadinessBadges(messages);
        var me = currentUser.require();
        this.wholeOrganisation = me.hasRole(AppRole.CONTINUITY_MANAGER) || me.hasRole(AppRole.HR);
        addClassNames("academy-view", "flex", "flex-col");

        grid.addComponentColumn(s -> new Anchor("services/" + s.serviceId() + "/roles", s.name()))
                .setHeader(getTranslation("readiness.column.service")).setSortable(true).setKey(ReadinessOrder.NAME.name()).setFlexGrow(2);
        grid.addColumn(s -> getTranslation("readiness.tier", s.tier())).setHeader(getTranslation("readiness.column.tier"))
                .setSortable(true).setKey(ReadinessOrder.TIER.name()).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> Durations.describe(s.rtoMinutes(), messages)).setHeader(getTranslation("readiness.column.rto"))
                .setSortable(true).setKey(ReadinessOrder.RTO.name()).setWidth("8rem").setFlexGrow(0);
        grid.addComponentColumn(s -> badges.service(s.state())).setHeader(getTranslation("readiness.column.readiness")).setSortable(true)
                .setKey(ReadinessOrder.STATE.name()).setAutoWidth(true).setFlexGrow(0);
        Map<String, String> roleNames = catalogue.roles().stream().filter(RoleDefinition::perService)
                .collect(Collectors.toMap(RoleDefinition::key, RoleDefinition::name, (a, b) -> a, java.util.LinkedHashMap::new));
        roleNames.forEach((key, name) -> grid.addComponentColumn(s -> cell(s, key)).setHeader(name).setKey("role-" + key).setFlexGrow(3));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(wholeOrganisation ? getTranslation("readiness.empty.organisation")
                : getTranslation("readiness.empty.line"));
        grid.setItems(query -> {
            var order = query.getSortOrders().stream().findFirst();
            ReadinessOrder by = order.map(o -> ReadinessOrder.valueOf(o.getSorted())).orElse(ReadinessOrder.TIER);
            boolean descending = order.map(o -> o.getDirection() == SortDirection.DESCENDING).orElse(false);
            return readiness.services(by, descending, query.getOffset(), query.getLimit()).stream();
        }, query -> readiness.countServices());
        grid.sort(GridSortOrder.asc(grid.getColumnByKey(ReadinessOrder.TIER.name())).build());
        // the page scrolls: the matrix keeps a useful height, the single points of competence follow it
        grid.setHeight("min(70vh, 48rem)");

        tiles.addClassName("academy-tiles");
        add(new ViewHeader(wholeOrganisation ? getTranslation("readiness.explanation.organisation")
                : getTranslation("readiness.explanation.line")),
                tiles, grid, exports(roleNames), singlePoints);
        refresh();
    }

    /** The matrix as filtered for the person (a manager: their line's services), one row per service, in tier order. */
    private ExportButtons<ServiceReadiness> exports(Map<String, String> roleNames) {
        var columns = new ArrayList<ExportColumn<ServiceReadiness>>(List.of(
                ExportColumn.of(getTranslation("readiness.column.service"), ServiceReadiness::name),
                ExportColumn.of(getTranslation("readiness.column.tier"), ServiceReadiness::tier),
                ExportColumn.of(getTranslation("readiness.export.rto-minutes"), ServiceReadiness::rtoMinutes),
                ExportColumn.of(getTranslation("readiness.column.readiness"), s -> messages.label(s.state()))));
        roleNames.forEach((key, name) -> columns.add(ExportColumn.of(name, s -> slotText(s, key))));
        var exports = new ExportButtons<>("service-readiness", columns,
                () -> Pages.stream((offset, limit) -> readiness.services(ReadinessOrder.TIER, false, offset, limit), 500));
        exports.addClassName("mt-s");
        return exports;
    }

    /** "Primary: Ann Archer (trained); Deputy: vacant". */
    private String slotText(ServiceReadiness service, String roleKey) {
        return service.roles().stream().filter(r -> r.roleKey().equals(roleKey)).findFirst().map(slot -> {
            var text = new StringBuilder(getTranslation("readiness.export.slot", messages.label(Position.PRIMARY), holders(slot.primary())));
            if (slot.deputyRequired() || !slot.deputies().isEmpty()) {
                text.append("; ").append(getTranslation("readiness.export.slot", messages.label(Position.DEPUTY), holders(slot.deputies())));
            }
            return text.toString();
        }).orElse(getTranslation("readiness.not-required"));
    }

    private String holders(List<HolderReadiness> holders) {
        return holders.isEmpty() ? getTranslation("readiness.export.vacant") : holders.stream()
                .map(h -> h.ready() ? getTranslation("readiness.export.holder.trained", h.employeeName())
                        : getTranslation("readiness.export.holder.modules", h.employeeName(), h.currentModules(), h.requiredModules()))
                .collect(Collectors.joining(", "));
    }

    private void refresh() {
        tiles.removeAll();
        Map<ServiceState, Integer> counts = readiness.stateCounts();
        for (ServiceState state : List.of(ServiceState.NOT_READY, ServiceState.NO_ROLES, ServiceState.AT_RISK, ServiceState.READY)) {
            if (state == ServiceState.NO_ROLES && counts.get(state) == 0) {
                continue; // a tile only when some service lacks roles: most organisations never see it
            }
            var tile = new Div();
            tile.addClassName("academy-tile");
            var figure = new Div(String.valueOf(counts.get(state)));
            figure.addClassName("figure");
            tile.add(figure, badges.service(state));
            tile.getElement().setAttribute("aria-label", switch (state) {
                case NOT_READY -> getTranslation("readiness.tile.not-ready", counts.get(state));
                case NO_ROLES -> getTranslation("readiness.tile.no-roles", counts.get(state));
                case AT_RISK -> getTranslation("readiness.tile.at-risk", counts.get(state));
                case READY -> getTranslation("readiness.tile.ready", counts.get(state));
            });
            tiles.add(tile);
        }
        singlePoints.removeAll();
        List<SinglePointOfCompetence> points = readiness.singlePointsOfCompetence();
        var heading = new H3(getTranslation("readiness.single-points.heading"));
        heading.addClassNames("text-l", "mt-l");
        singlePoints.add(heading);
        if (points.isEmpty()) {
            singlePoints.add(new Paragraph(getTranslation("readiness.single-points.none")));
            return;
        }
        singlePoints.add(new Paragraph(getTranslation("readiness.single-points.explanation")));
        var list = new UnorderedList();
        points.forEach(p -> list.add(new ListItem(getTranslation("readiness.single-points.person", p.employeeName(),
                String.join(", ", p.services())))));
        singlePoints.add(list);
    }

    private Component cell(ServiceReadiness service, String roleKey) {
        var slot = service.roles().stream().filter(r -> r.roleKey().equals(roleKey)).findFirst();
        if (slot.isEmpty()) {
            var none = new Span(getTranslation("readiness.not-required"));
            none.addClassName("text-secondary");
            return none;
        }
        var s = slot.get();
        var cell = new Div(badges.slot(Position.PRIMARY, s.primary(), true));
        if (s.deputyRequired() || !s.deputies().isEmpty()) {
            cell.add(badges.slot(Position.DEPUTY, s.deputies(), s.deputyRequired()));
        }
        return cell;
    }
}
