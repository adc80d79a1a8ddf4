package org.continuityacademy.learning.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.continuityacademy.base.i18n.Formats;
import org.continuityacademy.base.i18n.Messages;
import org.continuityacademy.base.ui.Badge;
import org.continuityacademy.base.ui.ViewHeader;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.time.Clock;
import java.time.Instant;
import org.continuityacademy.training.CompletionRow;
import org.continuityacademy.continuity.ContinuityRoles;
import org.continuityacademy.continuity.HolderReadiness;
import org.continuityacademy.continuity.Readiness;
import org.continuityacademy.training.TrainingRecords;
import org.continuityacademy.training.TrainingState;
import org.continuityacademy.training.TrainingStatus;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.continuityacademy.continuity.RoleCard;
import org.continuityacademy.directory.EmployeeDirectory;
import org.continuityacademy.directory.EmployeeRow;
import org.continuityacademy.security.CurrentUser;

/** Everyone's home: who I am in the organisation, my continuity roles and what each asks of me, and my training. */
@Route("")
@PageTitle("my-continuity.title")
@Menu(order = 0, icon = "vaadin:home", title = "my-continuity.title")
@PermitAll
class MyContinuityView extends Main implements BeforeEnterObserver {

    private final EmployeeDirectory directory;
    private final CurrentUser currentUser;
    private final Div profile = new Div();
    private final Div roles = new Div();
    private final Div training = new Div();
    private final Div completions = new Div();
    private final ContinuityRoles continuityRoles;
    private final Readiness readiness;
    private final TrainingRecords records;
    private final Clock clock;

    MyContinuityView(EmployeeDirectory directory, CurrentUser currentUser, ContinuityRoles continuityRoles,
                     Readiness readiness, TrainingRecords records, Clock clock) {
        this.directory = directory;
        this.clock = clock;
        this.continuityRoles = continuityRoles;
        this.readiness = readiness;
        this.records = records;
        this.currentUser = currentUser;
        addClassNames("academy-view", "flex", "flex-col", "gap-m");

        profile.addClassName("academy-card");

        roles.addClassNames("flex", "flex-col", "gap-m");
        training.addClassName("academy-card");

        add(new ViewHeader(getTranslation("my-continuity.explanation")),
                profile, training, roles);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        profile.removeAll();
        var me = currentUser.require();
        var heading = new H2(getTranslation("my-continuity.hello", me.displayName()));
        heading.addClassNames("text-l", "mt-s");
        profile.add(heading);
        roles.removeAll();
        var rolesHeading = new H2(getTranslation("my-continuity.roles"));
        rolesHeading.addClassNames("text-xl", "mb-0");
        roles.add(rolesHeading);
        var vacancies = continuityRoles.vacanciesOnMyServices();
        if (!vacancies.isEmpty()) {
            var alert = new Div();
            alert.addClassName("academy-card");
            alert.getStyle().set("border-color", "var(--lumo-error-color-50pct)");
            var alertHeading = new H3(getTranslation("my-continuity.vacancies"));
            alertHeading.addClassNames("text-l", "mt-s");
            var list = new UnorderedList();
            vacancies.forEach(v -> list.add(new ListItem(getTranslation("my-continuity.vacancy", v.serviceName(),
                    getTranslation(v.position().wordKey()), v.roleName(), v.reason()))));
            alert.add(alertHeading, list);
            roles.add(alert);
        }
        Map<Long, HolderReadiness> trained = readiness.mine().stream()
                .collect(Collectors.toMap(HolderReadiness::assignmentId, Function.identity()));
        var myRoles = continuityRoles.myRoles();
        myRoles.forEach(card -> roles.add(card(card,
                card.assignmentId() == null ? null : trained.get(card.assignmentId()))));
        if (myRoles.isEmpty() && vacancies.isEmpty()) {
            roles.add(new Paragraph(getTranslation("my-continuity.roles.none")));
        }
        showTraining();
        training.add(completions);
        directory.myProfile().ifPresentOrElse(this::describe,
                () -> profile.add(new Paragraph(getTranslation("my-continuity.not-linked"))));
    }

    private void showTraining() {
        training.removeAll();
        var heading = new H2(getTranslation("my-continuity.training"));
        heading.addClassNames("text-l", "mt-s");
        training.add(heading);
        TrainingStatus status = records.myTraining();
        Instant now = clock.instant();
        Formats formats = Formats.current();
        var open = status.open();
        long current = status.completions().stream().filter(c -> c.current(now)).map(CompletionRow::moduleId).distinct().count();
        int required = (int) (open.size() + current);
        if (required > 0) {
            var bar = new ProgressBar(0, required, current);
            bar.setWidth("16rem");
            bar.getElement().setAttribute("aria-label", getTranslation("my-continuity.progress.aria"));
            var progress = new Div(new Span(getTranslation("my-continuity.progress", current, required)), bar);
            progress.addClassNames("flex", "flex-wrap", "items-center", "gap-m", "mb-s");
            training.add(progress);
        }
        if (open.isEmpty()) {
            training.add(new Paragraph(getTranslation(status.completions().isEmpty() ? "my-continuity.nothing-assigned"
                    : "my-continuity.up-to-date")));
        } else {
            // overdue first, then by due date (the service's order); the first one is what to do next
            var next = open.getFirst();
            var go = new Button(getTranslation(next.startedAt() == null ? "my-continuity.start" : "my-continuity.continue",
                    next.moduleTitle()),
                    e -> e.getSource().getUI().ifPresent(ui -> ui.navigate("learn/" + next.moduleId())));
            go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            go.setId("continue-training");
            training.add(go);
            var list = new UnorderedList();
            list.addClassName("academy-training-list");
            open.forEach(a -> {
                var badge = new Badge(getTranslation("my-continuity.state-due", getTranslation(Messages.labelKey(a.state())),
                        formats.date(a.dueOn())));
                if (a.state() == TrainingState.OVERDUE) {
                    badge.addClassName("not-ready");
                }
                var link = new Anchor("learn/" + a.moduleId(), a.moduleTitle());
                var why = new Span(a.reason());
                why.addClassNames("text-secondary", "text-s");
                var item = new ListItem(link, new Span(" "), badge, new Div(why));
                list.add(item);
            });
            training.add(list);
        }
        completions.removeAll();
        var done = status.completions();
        if (!done.isEmpty()) {
            var doneHeading = new H3(getTranslation("my-continuity.passed"));
            doneHeading.addClassNames("text-m", "mt-m", "mb-xs");
            var grid = new Grid<CompletionRow>();
            grid.addColumn(CompletionRow::moduleTitle).setHeader(getTranslation("my-continuity.passed.module")).setFlexGrow(3);
            grid.addColumn(CompletionRow::moduleVersion).setHeader(getTranslation("my-continuity.passed.version"))
                    .setAutoWidth(true).setFlexGrow(0);
            grid.addColumn(c -> formats.percent(c.score(), 0)).setHeader(getTranslation("my-continuity.passed.score"))
                    .setAutoWidth(true).setFlexGrow(0);
            grid.addColumn(c -> formats.date(c.completedAt())).setHeader(getTranslation("my-continuity.passed.on"))
                    .setAutoWidth(true).setFlexGrow(0);
            grid.addComponentColumn(c -> {
                String validity = !c.current(now) ? "my-continuity.passed.expired"
                        : c.expiringSoon(now) ? "my-continuity.passed.expiring" : "my-continuity.passed.valid-until";
                var badge = new Badge(getTranslation(validity, formats.date(c.expiresAt())), !c.current(now));
                if (c.expiringSoon(now)) {
                    badge.addClassName("at-risk");
                }
                return badge;
            }).setHeader(getTranslation("my-continuity.passed.validity")).setAutoWidth(true).setFlexGrow(0);
            grid.addComponentColumn(c -> {
                var pdf = new Anchor("/certificates/" + c.id(), getTranslation("my-continuity.certificate"));
                pdf.setRouterIgnore(true);
                pdf.getElement().setAttribute("download", true);
                pdf.getElement().setAttribute("aria-label", getTranslation("my-continuity.certificate.aria", c.moduleTitle()));
                return pdf;
            }).setHeader("").setAutoWidth(true).setFlexGrow(0);
            grid.setItems(done);
            grid.setAllRowsVisible(true);
            grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
            completions.add(doneHeading, grid);
        }
    }

    private Div card(RoleCard card, @Nullable HolderReadiness trained) {
        var box = new Div();
        box.addClassName("academy-card");
        var title = new H3(card.role().name() + (card.serviceName() == null ? "" : " — " + card.serviceName()));
        title.addClassNames("text-l", "mt-s", "mb-xs");
        box.add(title);
        var facts = new Div();
        facts.addClassNames("flex", "flex-wrap", "gap-s", "mb-s");
        if (card.position() != null) {
            facts.add(new Badge(getTranslation(Messages.labelKey(card.position()))));
        }
        if (trained != null) {
            var ready = new Badge(trained.ready() ? getTranslation("my-continuity.role.trained")
                    : getTranslation("my-continuity.role.not-ready", trained.currentModules(), trained.requiredModules()));
            ready.addClassName(trained.ready() ? "ready" : "not-ready");
            facts.add(ready);
        }
        if (card.partners() != null) {
            facts.add(new Span(card.partners()));
        } else if (card.serviceName() != null) {
            facts.add(new Badge(getTranslation("my-continuity.role.no-other-holder"), true));
        }
        box.add(facts, new Paragraph(card.role().description()));
        var duties = new Div();
        duties.addClassNames("flex", "flex-wrap", "gap-l");
        duties.add(phase(getTranslation("my-continuity.role.before"), card.role().before()),
                phase(getTranslation("my-continuity.role.during"), card.role().during()),
                phase(getTranslation("my-continuity.role.after"), card.role().after()));
        box.add(duties);
        return box;
    }

    private static Div phase(String title, java.util.List<String> items) {
        var list = new UnorderedList();
        items.forEach(i -> list.add(new ListItem(i)));
        var heading = new H4(title);
        heading.addClassNames("text-s", "text-secondary", "m-0");
        var box = new Div(heading, list);
        box.getStyle().set("flex", "1 1 16rem");
        return box;
    }

    private void describe(EmployeeRow me) {
        var facts = new Div();
        facts.addClassNames("flex", "flex-wrap", "gap-l", "text-secondary");
        facts.add(new Span(getTranslation("my-continuity.employee-number", me.employeeNumber())));
        if (me.department() != null) {
            facts.add(new Span(getTranslation("my-continuity.department", me.department())));
        }
        if (me.managerName() != null) {
            facts.add(new Span(getTranslation("my-continuity.manager", me.managerName())));
        }
        if (me.location() != null) {
            facts.add(new Span(getTranslation("my-continuity.location", me.location())));
        }
        profile.add(facts);
    }
}
