package org.continuityacademy.continuity.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.continuityacademy.base.i18n.Messages;
import org.continuityacademy.base.ui.Badge;
import org.continuityacademy.catalogue.Catalogue;
import org.continuityacademy.catalogue.RoleDefinition;
import org.continuityacademy.continuity.AssignmentRefused;
import org.continuityacademy.continuity.AssignmentRow;
import org.continuityacademy.continuity.ContinuityRoles;
import org.continuityacademy.continuity.HolderReadiness;
import org.continuityacademy.continuity.Readiness;
import org.continuityacademy.continuity.ServiceReadiness;
import org.continuityacademy.continuity.Position;
import org.continuityacademy.directory.EmployeeDirectory;
import org.continuityacademy.directory.EmployeeFilter;
import org.continuityacademy.directory.EmployeeRow;
import org.continuityacademy.security.AppRole;
import org.continuityacademy.security.AppRoles;
import org.continuityacademy.security.CurrentUser;
import org.continuityacademy.services.Durations;
import org.continuityacademy.services.RequiredRole;
import org.continuityacademy.services.ServiceRegister;
import org.continuityacademy.services.ServiceSummary;
import org.springframework.data.domain.PageRequest;

/**
 * Who holds each role a critical service requires, primary and deputy, and whether each is trained
 * (the drill-down of the readiness matrix). The continuity manager assigns and ends; HR reads; a
 * manager reads the services their reporting line holds roles for.
 */
@Route("services/:serviceId/roles")
@RolesAllowed({AppRoles.CONTINUITY_MANAGER, AppRoles.HR, AppRoles.MANAGER})
class ServiceRolesView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ContinuityRoles roles;
    private final ServiceRegister services;
    private final Catalogue catalogue;
    private final EmployeeDirectory directory;
    private final Readiness readiness;
    private final Messages messages;
    private final ReadinessBadges badges;
    private final Clock clock;
    private final boolean mayAssign;
    private final boolean mayOpenPeople;
    private Map<Long, HolderReadiness> trained = Map.of();
    private String title = getTranslation("service-roles.title");
    private long serviceId;

    ServiceRolesView(ContinuityRoles roles, ServiceRegister services, Catalogue catalogue, EmployeeDirectory directory,
                     Readiness readiness, CurrentUser currentUser, Messages messages, Clock clock) {
        this.roles = roles;
        this.services = services;
        this.catalogue = catalogue;
        this.directory = directory;
        this.readiness = readiness;
        this.messages = messages;
        this.badges = new ReadinessBadges(messages);
        this.clock = clock;
        this.mayAssign = currentUser.require().hasRole(AppRole.CONTINUITY_MANAGER);
        this.mayOpenPeople = currentUser.require().isDirectoryStaff();
        addClassNames("academy-view", "flex", "flex-col", "gap-m");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            serviceId = Long.parseLong(event.getRouteParameters().get("serviceId").orElse(""));
        } catch (NumberFormatException e) {
            throw new NotFoundException();
        }
        render();
    }

    private void render() {
        ServiceSummary service = services.summary(serviceId).orElseThrow(NotFoundException::new);
        ServiceReadiness state = readiness.service(serviceId).orElseThrow(NotFoundException::new);
        trained = state.roles().stream().flatMap(r -> java.util.stream.Stream.concat(r.primary().stream(), r.deputies().stream()))
                .collect(Collectors.toMap(HolderReadiness::assignmentId, Function.identity()));
        title = getTranslation("service-roles.title.service", service.name());
        removeAll();
        var heading = new H2(service.name());
        heading.addClassNames("text-2xl", "mb-0");
        var stateLine = new Div(new Span(getTranslation("service-roles.readiness")), badges.service(state.state()),
                new Span(badges.meaning(state.state())));
        stateLine.addClassName("academy-holder-line");
        add(heading, stateLine, new Paragraph(getTranslation("service-roles.explanation", service.tier(),
                Durations.describe(service.rtoMinutes(), messages))));
        Map<String, RoleDefinition> catalogueRoles = catalogue.roles().stream()
                .collect(Collectors.toMap(RoleDefinition::key, Function.identity()));
        List<AssignmentRow> holders = roles.holders(serviceId);
        if (service.requiredRoles().isEmpty()) {
            add(new Paragraph(getTranslation("service-roles.no-roles")));
        }
        for (RequiredRole required : service.requiredRoles().stream().sorted((a, b) -> a.roleKey().compareTo(b.roleKey())).toList()) {
            RoleDefinition role = catalogueRoles.get(required.roleKey());
            String roleName = role == null ? required.roleKey() : role.name();
            var card = new Div();
            card.addClassName("academy-card");
            var h = new H3(roleName);
            h.addClassNames("text-l", "mt-s");
            card.add(h);
            card.add(slot(service, required.roleKey(), roleName, Position.PRIMARY, holders));
            if (required.deputyRequired()) {
                card.add(slot(service, required.roleKey(), roleName, Position.DEPUTY, holders));
            }
            add(card);
        }
    }

    private Component slot(ServiceSummary service, String roleKey, String roleName, Position position, List<AssignmentRow> holders) {
        var row = new Div();
        row.addClassNames("flex", "items-center", "gap-m", "flex-wrap", "mb-s");
        row.add(new Span(getTranslation("service-roles.position", getTranslation(Messages.labelKey(position)))));
        String positionWord = getTranslation(position.wordKey());
        var current = holders.stream().filter(a -> a.roleKey().equals(roleKey) && a.position() == position).toList();
        if (current.isEmpty()) {
            var vacant = new Badge(getTranslation("service-roles.vacant"));
            vacant.getStyle().set("background", "var(--lumo-error-color-10pct)").set("color", "var(--lumo-error-text-color)");
            row.add(vacant);
        }
        for (AssignmentRow holder : current) {
            row.add(mayOpenPeople ? new Anchor("employees/" + holder.employeeId(), holder.employeeName()) : new Span(holder.employeeName()));
            var readinessOfHolder = trained.get(holder.id());
            if (readinessOfHolder != null) {
                row.add(badges.holder(readinessOfHolder));
            }
            if (mayAssign) {
                var end = new Button(getTranslation("service-roles.end"), e -> endDialog(holder));
                end.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                end.setAriaLabel(getTranslation("service-roles.end.aria", holder.employeeName(), positionWord, roleName));
                row.add(end);
            }
        }
        if (mayAssign && (current.isEmpty() || position == Position.PRIMARY)) {
            var assign = new Button(current.isEmpty() ? getTranslation("service-roles.assign") : getTranslation("service-roles.replace"),
                    e -> pickPerson(service, roleKey, position));
            assign.addThemeVariants(ButtonVariant.LUMO_SMALL);
            assign.setAriaLabel(current.isEmpty() ? getTranslation("service-roles.assign.aria", positionWord, roleName)
                    : getTranslation("service-roles.replace.aria", positionWord, roleName));
            row.add(assign);
        }
        return row;
    }

    private void pickPerson(ServiceSummary service, String roleKey, Position position) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("service-roles.pick.heading"));
        var person = new ComboBox<EmployeeRow>(getTranslation("service-roles.pick.person"));
        person.setWidth("24rem");
        person.setItemLabelGenerator(e -> e.department() == null ? e.fullName()
                : getTranslation("service-roles.pick.person.item", e.fullName(), e.department()));
        person.setItems(query -> directory.search(new EmployeeFilter(query.getFilter().orElse(""), null, true),
                PageRequest.of(query.getOffset() / Math.max(1, query.getLimit()), Math.max(1, query.getLimit()))).stream());
        dialog.add(person);
        var next = new Button(getTranslation("service-roles.pick.next"), e -> {
            if (person.getValue() == null) {
                person.setInvalid(true);
                person.setErrorMessage(getTranslation("service-roles.pick.error"));
                return;
            }
            dialog.close();
            new AssignRoleDialog(person.getValue().id(), person.getValue().fullName(), roles, catalogue.roles(),
                    Map.of(service.id(), service.name()), service.id(), roleKey, position, clock, row -> render()).open();
        });
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("service-roles.cancel"), e -> dialog.close()), next);
        dialog.open();
    }

    private void endDialog(AssignmentRow holder) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("service-roles.end.heading", holder.employeeName()));
        var reason = new TextField(getTranslation("service-roles.end.reason"));
        reason.setWidth("24rem");
        dialog.add(new Paragraph(getTranslation("service-roles.end.explanation")), reason);
        var end = new Button(getTranslation("service-roles.end.confirm"), e -> {
            try {
                roles.end(holder.id(), reason.getValue());
                dialog.close();
                Notification.show(getTranslation("service-roles.end.done"), 3000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                render();
            } catch (AssignmentRefused refused) {
                reason.setInvalid(true);
                reason.setErrorMessage(refused.getMessage());
            }
        });
        end.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(new Button(getTranslation("service-roles.cancel"), e -> dialog.close()), end);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
