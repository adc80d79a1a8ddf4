package org.continuityacademy.continuity.ui;

import org.continuityacademy.base.export.Pages;
import org.continuityacademy.base.export.ExportColumn;
import org.continuityacademy.base.ui.ExportButtons;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.continuityacademy.base.i18n.Messages;
import org.continuityacademy.base.ui.Badge;
import org.continuityacademy.base.ui.ViewHeader;
import org.continuityacademy.training.TrainingRecords;
import org.continuityacademy.training.TrainingSummary;
import org.continuityacademy.catalogue.Catalogue;
import org.continuityacademy.catalogue.RoleDefinition;
import org.continuityacademy.continuity.ContinuityRoles;
import org.continuityacademy.continuity.HolderReadiness;
import org.continuityacademy.continuity.Readiness;
import org.continuityacademy.directory.EmployeeDirectory;
import org.continuityacademy.directory.EmployeeRow;
import org.continuityacademy.security.AppRoles;
import org.continuityacademy.services.ServiceRegister;

/**
 * A manager's reporting line, direct and indirect: each person's continuity roles and whether they
 * are trained for them. The manager gives people their roles here.
 */
@Route("my-team")
@PageTitle("my-team.title")
@Menu(order = 10, icon = "vaadin:group", title = "my-team.title")
@RolesAllowed(AppRoles.MANAGER)
class MyTeamView extends Main {

    /** A person with the readiness of each role they hold. */
    record Member(EmployeeRow employee, List<HolderReadiness> roles, TrainingSummary training) {
    }

    final Grid<Member> grid = new Grid<>();
    private final Map<String, String> roleNames;
    private final Map<Long, String> serviceNames;
    private final EmployeeDirectory directory;
    private final Readiness readiness;
    private final TrainingRecords records;
    private final ReadinessBadges badges;

    MyTeamView(EmployeeDirectory directory, ContinuityRoles roles, Readiness readiness, TrainingRecords records,
               Catalogue catalogue, ServiceRegister services, Messages messages, Clock clock) {
        this.directory = directory;
        this.readiness = readiness;
        this.records = records;
        this.badges = new ReadinessBadges(messages);
        addClassNames("academy-view", "flex", "flex-col", "h-full");
        roleNames = catalogue.roles().stream().collect(Collectors.toMap(RoleDefinition::key, RoleDefinition::name));
        serviceNames = services.names();
        grid.addColumn(m -> m.employee().fullName()).setHeader(getTranslation("my-team.column.name")).setFlexGrow(2);
        grid.addColumn(m -> m.employee().department() == null ? "" : m.employee().department())
                .setHeader(getTranslation("my-team.column.department")).setFlexGrow(2);
        grid.addColumn(m -> m.employee().managerName() == null ? "" : m.employee().managerName())
                .setHeader(getTranslation("my-team.column.reports-to")).setFlexGrow(2);
        grid.addComponentColumn(this::rolesCell).setHeader(getTranslation("my-team.column.roles")).setFlexGrow(5);
        grid.addComponentColumn(m -> {
            var badge = new Badge(trainingText(m.training()), m.training().open() == 0);
            if (m.training().overdue() > 0) {
                badge.addClassName("not-ready");
            }
            return badge;
        }).setHeader(getTranslation("my-team.column.training")).setKey("training").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(m -> {
            var assign = new Button(getTranslation("my-team.assign"), click -> new AssignRoleDialog(m.employee().id(),
                    m.employee().fullName(), roles, catalogue.roles(), services.names(), null, null, clock,
                    row -> grid.getDataProvider().refreshAll()).open());
            assign.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            assign.setAriaLabel(getTranslation("my-team.assign.aria", m.employee().fullName()));
            return assign;
        }).setKey("assign").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("my-team.empty"));
        // the reporting line has its own order (nearest first), so the grid's sorting is not offered;
        // each page's readiness comes in one query for the page's people
        grid.setItems(query -> members(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) directory.countMyReportingLine());
        grid.setSizeFull();
        add(new ViewHeader(getTranslation("my-team.explanation"),
                new ExportButtons<>("my-team", List.of(ExportColumn.of(getTranslation("my-team.column.name"), m -> m.employee().fullName()),
                        ExportColumn.of(getTranslation("my-team.export.employee-number"), m -> m.employee().employeeNumber()),
                        ExportColumn.of(getTranslation("my-team.column.department"), m -> m.employee().department()),
                        ExportColumn.of(getTranslation("my-team.column.reports-to"), m -> m.employee().managerName()),
                        ExportColumn.of(getTranslation("my-team.column.roles"), this::rolesText),
                        ExportColumn.of(getTranslation("my-team.column.training"), m -> trainingText(m.training()))),
                        () -> Pages.stream((offset, limit) -> members(org.springframework.data.domain.PageRequest.of(offset / limit, limit)),
                                500))), grid);
    }

    /** A page of the line with each person's roles and training, in one query each for the page's people. */
    private List<Member> members(org.springframework.data.domain.Pageable pageable) {
        List<EmployeeRow> page = directory.myReportingLine(pageable);
        List<Long> ids = page.stream().map(EmployeeRow::id).toList();
        Map<Long, List<HolderReadiness>> held = readiness.ofPeople(ids);
        Map<Long, TrainingSummary> training = records.summaries(ids);
        return page.stream().map(e -> new Member(e, held.getOrDefault(e.id(), List.of()),
                training.getOrDefault(e.id(), TrainingSummary.NONE))).toList();
    }

    /** "Up to date", "2 to do" or "2 to do, 1 overdue". */
    private String trainingText(TrainingSummary training) {
        if (training.open() == 0) {
            return getTranslation("my-team.training.up-to-date");
        }
        return training.overdue() > 0 ? getTranslation("my-team.training.to-do-overdue", training.open(), training.overdue())
                : getTranslation("my-team.training.to-do", training.open());
    }

    private String rolesText(Member member) {
        if (member.roles().isEmpty()) {
            return getTranslation("my-team.all-staff-only");
        }
        return member.roles().stream().map(h -> h.ready() ? getTranslation("my-team.export.role.trained", role(h))
                        : getTranslation("my-team.export.role.modules", role(h), h.currentModules(), h.requiredModules()))
                .collect(Collectors.joining("; "));
    }

    /** "Communications Lead", or "IT Recovery Lead for Payments (primary)". */
    private String role(HolderReadiness h) {
        String role = roleNames.getOrDefault(h.roleKey(), h.roleKey());
        return h.serviceId() == null ? role : getTranslation("my-team.role.for-service", role,
                serviceNames.getOrDefault(h.serviceId(), getTranslation("my-team.a-service")), getTranslation(h.position().wordKey()));
    }

    private Component rolesCell(Member member) {
        if (member.roles().isEmpty()) {
            var none = new Span(getTranslation("my-team.all-staff-only"));
            none.addClassName("text-secondary");
            return none;
        }
        var cell = new Div();
        for (HolderReadiness h : member.roles()) {
            var line = new Div();
            line.addClassName("academy-holder-line");
            line.add(new Span(role(h)), badges.holder(h));
            cell.add(line);
        }
        return cell;
    }
}
