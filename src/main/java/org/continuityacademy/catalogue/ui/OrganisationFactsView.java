package org.continuityacademy.catalogue.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.continuityacademy.base.i18n.Formats;
import org.continuityacademy.base.ui.Badge;
import org.continuityacademy.base.ui.ViewHeader;
import org.continuityacademy.catalogue.OrganisationFactRow;
import org.continuityacademy.catalogue.OrganisationFacts;
import org.continuityacademy.security.AppRole;
import org.continuityacademy.security.AppRoles;
import org.continuityacademy.security.CurrentUser;

/**
 * Our arrangements: the organisation's facts that modules and questions quote (the fallback number, where the plan is,
 * who invokes it), with the value learners read now, the default and who changed it when. The continuity manager
 * edits them here; administrators read them.
 */
@Route("organisation-facts")
@PageTitle("organisation-facts.title")
@Menu(order = 30.5, icon = "vaadin:clipboard-text", title = "organisation-facts.title")
@RolesAllowed({AppRoles.CONTINUITY_MANAGER, AppRoles.ADMIN})
class OrganisationFactsView extends Main implements BeforeEnterObserver {

    private final OrganisationFacts facts;
    private final boolean mayEdit;
    final Grid<OrganisationFactRow> grid = new Grid<>();

    OrganisationFactsView(OrganisationFacts facts, CurrentUser currentUser) {
        this.facts = facts;
        this.mayEdit = currentUser.require().hasRole(AppRole.CONTINUITY_MANAGER);
        addClassNames("academy-view", "flex", "flex-col", "h-full");

        grid.addComponentColumn(this::fact).setHeader(getTranslation("organisation-facts.column.fact")).setFlexGrow(3);
        grid.addComponentColumn(this::value).setHeader(getTranslation("organisation-facts.column.value")).setKey("value")
                .setFlexGrow(3);
        grid.addComponentColumn(fact -> wrapping(fact.defaultValue())).setHeader(getTranslation("organisation-facts.column.default"))
                .setFlexGrow(2);
        grid.addColumn(this::changed).setHeader(getTranslation("organisation-facts.column.changed")).setAutoWidth(true)
                .setFlexGrow(0);
        if (mayEdit) {
            grid.addComponentColumn(fact -> {
                var edit = new Button(getTranslation("organisation-facts.edit"), e -> open(fact));
                edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                edit.setAriaLabel(getTranslation("organisation-facts.edit.aria", fact.label()));
                return edit;
            }).setKey("edit").setAutoWidth(true).setFlexGrow(0);
        }
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("organisation-facts.empty"));
        grid.setAllRowsVisible(true);

        add(new ViewHeader(getTranslation("organisation-facts.explanation")), grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        refresh();
    }

    private void refresh() {
        // a few dozen facts at most: one call, no paging needed
        grid.setItems(facts.facts());
    }

    private void open(OrganisationFactRow fact) {
        new FactDialog(fact, facts, saved -> refresh()).open();
    }

    private Component fact(OrganisationFactRow fact) {
        var label = new Span(fact.label());
        label.addClassName("font-semibold");
        var description = new Span(fact.description());
        description.addClassNames("text-s", "text-secondary");
        var placeholder = new Span(getTranslation("organisation-facts.placeholder", "{{" + fact.key() + "}}"));
        placeholder.addClassNames("text-xs", "text-secondary", "font-mono");
        var cell = new Div(label, description, placeholder);
        cell.addClassNames("flex", "flex-col", "gap-xs");
        return cell;
    }

    private Component value(OrganisationFactRow fact) {
        var value = wrapping(fact.value());
        var badge = fact.own() ? new Badge(getTranslation("organisation-facts.own"))
                : new Badge(getTranslation("organisation-facts.is-default"), true);
        var cell = new Div(value, badge);
        cell.addClassNames("flex", "flex-col", "gap-xs", "items-start");
        return cell;
    }

    /** A value's text, broken anywhere if it must be (a long web address would otherwise be cut off). */
    private static Span wrapping(String text) {
        var span = new Span(text);
        span.getStyle().set("overflow-wrap", "anywhere");
        return span;
    }

    private String changed(OrganisationFactRow fact) {
        if (fact.changedAt() == null || fact.changedBy() == null) {
            return getTranslation("organisation-facts.never-changed");
        }
        return getTranslation("organisation-facts.changed", fact.changedBy(), Formats.current().dateTime(fact.changedAt()));
    }
}
