package org.continuityacademy.learning.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import org.continuityacademy.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
class MyContinuityViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("learner")
    void the_home_view_greets_the_learner_with_their_place_in_the_organisation() {
        navigate(MyContinuityView.class);

        assertThat($(H2.class).all()).extracting(H2::getText).contains("Hello, Lena Novak", "My continuity roles");
        assertThat($(Span.class).all()).extracting(Span::getText)
                .contains("Department: Customer Service", "Manager: Marcus Bell");
    }
}
