package org.continuityacademy.learning.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.continuityacademy.base.ui.ViewHeader;
import org.continuityacademy.directory.EmployeeDirectory;
import org.continuityacademy.directory.EmployeeRow;
import org.continuityacademy.security.CurrentUser;

/** Everyone's home: who I am in the organisation, and (soon) my continuity roles and training. */
@Route("")
@PageTitle("My continuity")
@Menu(order = 0, icon = "vaadin:home", title = "My continuity")
@PermitAll
class MyContinuityView extends Main implements BeforeEnterObserver {

    private final EmployeeDirectory directory;
    private final CurrentUser currentUser;
    private final Div profile = new Div();

    MyContinuityView(EmployeeDirectory directory, CurrentUser currentUser) {
        this.directory = directory;
        this.currentUser = currentUser;
        addClassNames("academy-view", "flex", "flex-col", "gap-m");

        profile.addClassName("academy-card");

        var roles = new Div(new H2("My continuity roles"), new Paragraph(
                "When IT services are disrupted, everyone has a part to play. Your continuity roles — for example "
                        + "Incident Commander, or Recovery Lead for a critical service — and what each asks of you "
                        + "will be listed here, with the training that prepares you for them."));
        roles.addClassName("academy-card");
        var training = new Div(new H2("My training"), new Paragraph(
                "Modules assigned to you, their due dates and your certificates will appear here."));
        training.addClassName("academy-card");
        for (var card : new Div[]{roles, training}) {
            card.getChildren().filter(H2.class::isInstance).forEach(h -> h.addClassNames("text-l", "mt-s"));
        }

        add(new ViewHeader("Your part in keeping IT services running through a disruption."),
                profile, roles, training);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        profile.removeAll();
        var me = currentUser.require();
        var heading = new H2("Hello, " + me.displayName());
        heading.addClassNames("text-l", "mt-s");
        profile.add(heading);
        directory.myProfile().ifPresentOrElse(this::describe,
                () -> profile.add(new Paragraph("Your account is not linked to an entry in HR's employee list, "
                        + "so no continuity roles or training can be assigned to it.")));
    }

    private void describe(EmployeeRow me) {
        var facts = new Div();
        facts.addClassNames("flex", "flex-wrap", "gap-l", "text-secondary");
        facts.add(new Span("Employee no. " + me.employeeNumber()));
        if (me.department() != null) {
            facts.add(new Span("Department: " + me.department()));
        }
        if (me.managerName() != null) {
            facts.add(new Span("Manager: " + me.managerName()));
        }
        if (me.location() != null) {
            facts.add(new Span("Location: " + me.location()));
        }
        profile.add(facts);
    }
}
