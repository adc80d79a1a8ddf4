package org.continuityacademy.catalogue.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.Tab;
import org.continuityacademy.IntegrationTest;
import org.continuityacademy.base.ui.NotFoundView;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
class CatalogueViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("continuity")
    void the_continuity_manager_sees_every_module_and_may_reload() {
        var view = navigate(CatalogueView.class);
        assertThat(test(view.grid).size()).isGreaterThanOrEqualTo(13);
        assertThat(view.reload.isVisible()).isTrue();
    }

    @Test
    @WithUserDetails("hr")
    void hr_sees_the_modules_but_no_reload_and_no_answers() {
        var view = navigate(CatalogueView.class);
        assertThat(test(view.grid).size()).isGreaterThanOrEqualTo(13);
        assertThat(view.reload.isVisible()).isFalse();

        UI.getCurrent().navigate("catalogue/itscm-for-everyone");
        assertThat($(Tab.class).all()).extracting(Tab::getLabel).containsExactly("Module text");
    }

    @Test
    @WithUserDetails("continuity")
    void a_module_preview_shows_its_sections_and_the_question_bank() {
        UI.getCurrent().navigate("catalogue/itscm-for-everyone");
        assertThat($(H3.class).all()).hasSizeGreaterThanOrEqualTo(4);
        assertThat($(Tab.class).all()).extracting(Tab::getLabel).anySatisfy(l -> assertThat(l).startsWith("Question bank"));
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText)
                .anySatisfy(t -> assertThat(t).startsWith("Owner: Continuity Manager · Review by "));
    }

    @Test
    @WithUserDetails("continuity")
    void an_unknown_module_shows_not_found() {
        UI.getCurrent().navigate("catalogue/no-such-module");
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    @WithUserDetails("learner")
    void a_learner_cannot_open_the_catalogue() {
        UI.getCurrent().navigate("catalogue");
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }
}
