package org.continuityacademy.continuity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import org.continuityacademy.IntegrationTest;
import org.continuityacademy.base.ui.NotFoundView;
import org.continuityacademy.directory.EmployeeDirectory;
import org.continuityacademy.directory.EmployeeFilter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
class EmployeeDetailViewTest extends SpringBrowserlessTest {

    @Autowired
    EmployeeDirectory directory;

    @Test
    @WithUserDetails("hr")
    void hr_opens_a_person_with_their_roles() {
        long marcus = directory.search(new EmployeeFilter("marcus.bell", null, true, "London"), PageRequest.of(0, 1)).getFirst().id();
        UI.getCurrent().navigate("employees/" + marcus);

        assertThat($(H2.class).all()).extracting(H2::getText).contains("Marcus Bell");
        assertThat($(Span.class).all()).extracting(Span::getText).contains("Department: Customer Service");
        assertThat(getCurrentView()).isInstanceOf(EmployeeDetailView.class);
    }

    @Test
    @WithUserDetails("hr")
    void the_import_page_is_not_mistaken_for_a_person() {
        UI.getCurrent().navigate("employees/import");
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("EmployeeImportView");
    }

    @Test
    @WithUserDetails("hr")
    void an_unknown_person_is_not_found() {
        UI.getCurrent().navigate("employees/999999999");
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    @WithUserDetails("learner")
    void a_learner_cannot_open_someone_else() {
        UI.getCurrent().navigate("employees/1");
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }
}
