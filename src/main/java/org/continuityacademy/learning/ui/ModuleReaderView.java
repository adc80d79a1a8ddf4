package org.continuityacademy.learning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import org.continuityacademy.base.i18n.Formats;
import org.continuityacademy.base.i18n.Messages;
import org.continuityacademy.base.ui.Badge;
import org.continuityacademy.catalogue.ModulePreview;
import org.continuityacademy.training.LearnerModule;
import org.continuityacademy.training.LearnerServices;
import org.continuityacademy.training.TrainingRecords;
import org.springframework.security.access.AccessDeniedException;

/**
 * Reads an assigned module one section at a time: a list of sections to jump between, the estimated
 * time left, and the place where the learner stopped last time. Plain buttons and links throughout,
 * so it works with a keyboard alone and on a phone.
 */
@Route("learn/:moduleId")
@PermitAll
class ModuleReaderView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final TrainingRecords records;
    private final LearnerServices learnerServices;
    final Div content = new Div();
    final Nav contents = new Nav();
    final Span timeLeft = new Span();
    final Button previous = new Button(getTranslation("reader.previous"), VaadinIcon.ARROW_LEFT.create());
    final Button next = new Button(getTranslation("reader.next"), VaadinIcon.ARROW_RIGHT.create());
    final Button quiz = new Button(getTranslation("reader.take-quiz"));
    private LearnerModule module;
    /** The query parameter that opens the reader at the section with this heading. */
    static final String SECTION = "section";

    private List<ModulePreview.Section> sections = List.of();
    private int current;
    private String title = "";
    private String moduleId = "";

    ModuleReaderView(TrainingRecords records, LearnerServices learnerServices) {
        this.records = records;
        this.learnerServices = learnerServices;
        addClassNames("academy-view", "flex", "flex-col", "gap-m");
        next.setIconAfterText(true);
        previous.addClickListener(e -> show(current - 1, true));
        next.addClickListener(e -> show(current + 1, true));
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        quiz.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        quiz.addClickListener(e -> quiz.getUI().ifPresent(ui -> ui.navigate("learn/" + moduleId + "/quiz")));
        content.addClassName("academy-reader");
        content.getElement().setAttribute("tabindex", "-1");
        contents.getElement().setAttribute("aria-label", getTranslation("reader.sections.aria"));
        contents.addClassName("academy-reader-contents");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        moduleId = event.getRouteParameters().get("moduleId").orElseThrow(NotFoundException::new);
        try {
            module = records.openModule(moduleId);
        } catch (AccessDeniedException notMine) {
            throw new NotFoundException();
        }
        sections = module.reading().sections();
        title = module.reading().module().title();
        removeAll();
        var heading = new H2(title);
        heading.addClassNames("text-2xl", "mb-0");
        var facts = new Div(new Span(getTranslation("reader.version", module.reading().module().version())), timeLeft);
        facts.addClassNames("flex", "flex-wrap", "gap-m", "text-secondary");
        var assignment = module.assignment();
        if (assignment != null) {
            facts.add(assignment.open() ? new Badge(getTranslation("reader.due", Formats.current().date(assignment.dueOn())))
                    : new Badge(getTranslation(Messages.labelKey(assignment.state())), true));
            quiz.setVisible(assignment.open());
        }
        List<Map<String, String>> mine = learnerServices.mine(module.reading().module().audience());
        var nav = new Div(previous, next, quiz);
        nav.addClassNames("flex", "flex-wrap", "gap-s", "items-center");
        var body = new Div(contents, content);
        body.addClassName("academy-reader-layout");
        add(heading, facts);
        if (!mine.isEmpty()) {
            add(yourServices(mine));
        }
        add(body, nav);
        show(requestedSection(event).orElse(module.resumeAt()), false);
    }

    /** The section a link names by its heading ({@code ?section=…}: a quiz result's "re-read" links). */
    private java.util.Optional<Integer> requestedSection(BeforeEnterEvent event) {
        var wanted = event.getLocation().getQueryParameters().getSingleParameter(SECTION);
        if (wanted.isEmpty()) {
            return java.util.Optional.empty();
        }
        for (int i = 0; i < sections.size(); i++) {
            if (sections.get(i).title().strip().equals(wanted.get().strip())) {
                return java.util.Optional.of(i);
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * The learner's own services and their targets from the register, beside the text that teaches what the targets
     * mean: "You are the IT Recovery Lead for Payments Gateway: back within 30 minutes (RTO), …".
     */
    private Component yourServices(List<Map<String, String>> services) {
        var box = new Div();
        box.setId("your-services");
        box.addClassNames("bg-primary-10", "border-l", "border-primary", "rounded-m", "px-m", "py-s");
        box.getStyle().set("max-width", "46rem").set("border-left-width", "4px");
        box.getElement().setAttribute("role", "note");
        var heading = new Span(getTranslation("reader.your-services"));
        heading.addClassName("font-semibold");
        var list = new UnorderedList();
        for (Map<String, String> service : services) {
            list.add(new ListItem(getTranslation("reader.your-service", service.get("service-role"), service.get("service"),
                    service.get("service-rto"), service.get("service-rpo"), service.get("service-mtpd"),
                    service.get("service-tier"))));
        }
        box.add(heading, list);
        return box;
    }

    private void show(int index, boolean moveFocus) {
        if (sections.isEmpty()) {
            content.removeAll();
            content.add(new Paragraph(getTranslation("reader.no-text")));
            return;
        }
        current = Math.max(0, Math.min(index, sections.size() - 1));
        content.removeAll();
        var section = sections.get(current);
        var h = new H3(section.title());
        var text = new Html("<div>" + section.html() + "</div>");
        // training content, written in content/ (its language is the module's, not the interface's)
        text.getElement().setAttribute("data-content", "module");
        content.add(h, text);
        contents.removeAll();
        var list = new OrderedList();
        for (int i = 0; i < sections.size(); i++) {
            int target = i;
            var link = new Button(sections.get(i).title(), e -> show(target, true));
            link.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            if (i == current) {
                link.getElement().setAttribute("aria-current", "step");
                link.addClassName("current");
            }
            list.add(new ListItem(link));
        }
        contents.add(list);
        previous.setEnabled(current > 0);
        next.setVisible(current < sections.size() - 1);
        timeLeft.setText(timeLeft());
        records.saveReadingPosition(module.reading().module().id(), current);
        if (moveFocus) {
            // keyboard and screen-reader users land on the new section, not on the button they pressed
            content.getElement().executeJs("this.focus({preventScroll: true}); this.scrollIntoView({block: 'start'})");
        }
    }

    /** Time left, from the module's estimate and the share of text still unread. */
    private String timeLeft() {
        int total = sections.stream().mapToInt(s -> s.html().length()).sum();
        int left = sections.subList(current, sections.size()).stream().mapToInt(s -> s.html().length()).sum();
        int minutes = total == 0 ? 0 : (int) Math.ceil(module.reading().module().estimatedMinutes() * (double) left / total);
        return getTranslation("reader.time-left", current + 1, sections.size(), minutes);
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? getTranslation("reader.title") : title;
    }
}
