package org.continuityacademy.catalogue.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import org.continuityacademy.IntegrationTest;
import org.continuityacademy.SignedIn;
import org.continuityacademy.base.ui.NotFoundView;
import org.continuityacademy.catalogue.OrganisationFactRow;
import org.continuityacademy.catalogue.OrganisationFacts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** The continuity manager edits the organisation's facts in "Our arrangements"; administrators read them; nobody else. */
@IntegrationTest
class OrganisationFactsViewTest extends SpringBrowserlessTest {

    static final String KEY = "fallback-phone";

    @Autowired
    OrganisationFacts facts;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void putTheDefaultBack() {
        SignedIn.as(users, "continuity", () -> facts.useDefault(KEY));
    }

    @Test
    @WithUserDetails("continuity")
    void the_continuity_manager_changes_a_value_and_sees_it_with_who_changed_it() {
        var view = navigate(OrganisationFactsView.class);
        int row = row(view, KEY);
        assertThat(test(view.grid).getRow(row).own()).isFalse();

        test((Button) test(view.grid).getCellComponent(row, "edit")).click();
        var dialog = $(FactDialog.class).single();
        assertThat(dialog.value.getValue()).isEqualTo("0808 157 0192");
        assertThat(dialog.useDefault.isVisible()).isFalse();
        test(dialog.value).setValue("0808 157 0456");
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        row = row(view, KEY);
        OrganisationFactRow shown = test(view.grid).getRow(row);
        assertThat(shown.value()).isEqualTo("0808 157 0456");
        assertThat(shown.own()).isTrue();
        assertThat(test(view.grid).getCellText(row, 3)).startsWith("continuity, ");
        assertThat(value(KEY)).isEqualTo("0808 157 0456");

        test((Button) test(view.grid).getCellComponent(row, "edit")).click();
        var again = $(FactDialog.class).single();
        assertThat(again.useDefault.isVisible()).isTrue();
        test(again.useDefault).click();

        assertThat(value(KEY)).isEqualTo("0808 157 0192");
        assertThat(test(view.grid).getRow(row(view, KEY)).own()).isFalse();
    }

    @Test
    @WithUserDetails("continuity")
    void an_empty_value_is_refused_at_the_field_naming_the_fact_and_nothing_is_saved() {
        var view = navigate(OrganisationFactsView.class);
        test((Button) test(view.grid).getCellComponent(row(view, KEY), "edit")).click();
        var dialog = $(FactDialog.class).single();

        test(dialog.value).setValue("   ");
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.value.isInvalid()).isTrue();
        assertThat(dialog.value.getErrorMessage()).isEqualTo("Fallback phone number: enter a value, or use the default");
        assertThat(value(KEY)).isEqualTo("0808 157 0192");
    }

    @Test
    @WithUserDetails("admin")
    void an_administrator_reads_the_facts_without_editing_them() {
        var view = navigate(OrganisationFactsView.class);

        assertThat(test(view.grid).size()).isGreaterThanOrEqualTo(16);
        assertThat(view.grid.getColumnByKey("edit")).isNull();
        assertThat(test(view.grid).getRow(row(view, KEY)).label()).isEqualTo("Fallback phone number");
    }

    @Test
    @WithUserDetails("hr")
    void hr_cannot_open_our_arrangements() {
        UI.getCurrent().navigate("organisation-facts");

        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    private int row(OrganisationFactsView view, String key) {
        var grid = test(view.grid);
        for (int i = 0; i < grid.size(); i++) {
            if (grid.getRow(i).key().equals(key)) {
                return i;
            }
        }
        throw new AssertionError("no row for " + key);
    }

    private String value(String key) {
        return SignedIn.as(users, "continuity", () -> facts.facts()).stream().filter(f -> f.key().equals(key)).findFirst()
                .orElseThrow().value();
    }
}
