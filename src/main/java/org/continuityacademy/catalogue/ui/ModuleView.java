package org.continuityacademy.catalogue.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import org.continuityacademy.base.ui.AccessibleTabs;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Optional;
import org.continuityacademy.base.i18n.Formats;
import org.continuityacademy.base.i18n.Messages;
import org.continuityacademy.base.ui.Badge;
import org.continuityacademy.catalogue.Catalogue;
import org.continuityacademy.catalogue.ModulePreview;
import org.continuityacademy.catalogue.ModuleSummary;
import org.continuityacademy.catalogue.Question;
import org.continuityacademy.catalogue.QuestionKind;
import org.continuityacademy.security.AppRole;
import org.continuityacademy.security.AppRoles;
import org.continuityacademy.security.CurrentUser;

/** A module as a learner will read it, and, for the continuity manager, its question bank with answers. */
@Route("catalogue/:moduleId")
@RolesAllowed({AppRoles.CONTINUITY_MANAGER, AppRoles.HR})
class ModuleView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final Catalogue catalogue;
    private final CurrentUser currentUser;
    private String title = "";

    ModuleView(Catalogue catalogue, CurrentUser currentUser) {
        this.catalogue = catalogue;
        this.currentUser = currentUser;
        addClassNames("academy-view", "flex", "flex-col");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String moduleId = event.getRouteParameters().get("moduleId").orElse("");
        ModulePreview preview = catalogue.preview(moduleId).orElseThrow(NotFoundException::new);
        title = preview.module().title();
        removeAll();

        var facts = new Div(new Badge(getTranslation("catalogue.module.version", preview.module().version())),
                new Badge(getTranslation("catalogue.module.minutes", preview.module().estimatedMinutes()), true),
                new Badge(getTranslation("catalogue.module.pass-mark", preview.module().passMark()), true),
                new Badge(getTranslation("catalogue.module.refresher", preview.module().validityMonths()), true));
        var heading = new H2(preview.module().title());
        heading.addClassNames("text-2xl", "mb-xs");
        var summary = new Paragraph(preview.module().summary());
        summary.addClassNames("text-secondary", "mt-xs");
        add(heading, summary, facts);
        upkeep(preview.module()).ifPresent(this::add);

        var tabs = AccessibleTabs.of(new TabSheet());
        tabs.setWidthFull();
        tabs.add(getTranslation("catalogue.module.text"), reader(preview));
        if (currentUser.require().hasRole(AppRole.CONTINUITY_MANAGER)) {
            tabs.add(getTranslation("catalogue.module.question-bank", preview.module().questionCount()), questionBank(moduleId));
        }
        add(tabs);
    }

    /** Who keeps the module right and when it is next reviewed, when its front matter says. */
    private Optional<Paragraph> upkeep(ModuleSummary module) {
        var parts = new ArrayList<String>();
        if (module.owner() != null) {
            parts.add(getTranslation("catalogue.module.owner", module.owner()));
        }
        if (module.reviewBy() != null) {
            parts.add(getTranslation("catalogue.module.review-by", Formats.current().date(module.reviewBy())));
        }
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        var upkeep = new Paragraph(String.join(" · ", parts));
        upkeep.addClassNames("text-secondary", "text-s");
        return Optional.of(upkeep);
    }

    private static Div reader(ModulePreview preview) {
        var reader = new Div();
        reader.addClassName("academy-reader");
        // training content, written in content/ (its language is the module's, not the interface's)
        reader.getElement().setAttribute("data-content", "module");
        for (var section : preview.sections()) {
            var h = new H3(section.title());
            // the HTML was rendered from Markdown and sanitised by the catalogue
            reader.add(h, new Html("<div>" + section.html() + "</div>"));
        }
        return reader;
    }

    private Div questionBank(String moduleId) {
        var bank = new Div();
        bank.addClassName("academy-reader");
        bank.add(new Paragraph(getTranslation("catalogue.module.bank-explanation")));
        var list = new OrderedList();
        for (Question q : catalogue.questionBank(moduleId)) {
            var item = new ListItem();
            item.addClassName("mb-m");
            String kind = getTranslation(Messages.labelKey(q.kind()));
            item.add(new Div(new Badge(q.multipleAnswer() ? getTranslation("catalogue.module.select-all", kind) : kind),
                    new Span(" " + q.id())));
            if (q.scenario() != null) {
                var scenario = new Paragraph(q.scenario());
                scenario.addClassNames("academy-scenario");
                item.add(scenario);
            }
            var text = new Paragraph(q.text());
            text.addClassName("font-semibold");
            item.add(text);
            var options = new OrderedList();
            options.setType(OrderedList.NumberingType.LOWERCASE_LETTER);
            q.options().forEach(o -> {
                String words = optionText(q, o);
                var option = new ListItem((o.correct() ? "✓ " : "") + words);
                if (o.correct()) {
                    option.addClassName("font-semibold");
                    option.getElement().setAttribute("aria-label", getTranslation("catalogue.module.correct", words));
                }
                options.add(option);
            });
            item.add(options, new Paragraph(getTranslation("catalogue.module.explanation", q.explanation())));
            list.add(item);
        }
        bank.add(list);
        return bank;
    }

    /** True and false are the app's words, not the author's: in the reader's language. */
    private String optionText(Question q, Question.Option o) {
        if (q.kind() == QuestionKind.TRUE_FALSE) {
            return getTranslation(o.id().equals("true") ? "catalogue.module.true" : "catalogue.module.false");
        }
        return o.text();
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? getTranslation("catalogue.module.title") : title;
    }
}
