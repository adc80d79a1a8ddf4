package org.continuityacademy.services.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.continuityacademy.IntegrationTest;
import org.continuityacademy.services.ServiceRegister;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
class ServicesViewTest extends SpringBrowserlessTest {

    @Autowired
    ServiceRegister register;

    @Test
    @WithUserDetails("continuity")
    void the_continuity_manager_adds_a_service_and_sees_the_rto_rule_at_the_field() {
        var view = navigate(ServicesView.class);
        String name = "Customer Contact Centre telephony " + System.nanoTime();
        test(view.add).click();
        var dialog = $(ServiceDialog.class).single();
        test(dialog.name).setValue(name);
        dialog.rto.setValue(3 * 24 * 60);
        dialog.rpo.setValue(0);
        dialog.mtpd.setValue(24 * 60);
        test(dialog.save).click();

        assertThat(dialog.rto.isInvalid()).isTrue();
        assertThat(dialog.rto.getErrorMessage()).contains("RTO (3 days) is longer than the MTPD (1 day)");
        assertThat(register.count(name)).isZero();

        dialog.rto.setValue(4 * 60);
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(register.count(name)).isEqualTo(1);
    }

    @Test
    @WithUserDetails("hr")
    void hr_sees_the_register_without_changing_it() {
        var view = navigate(ServicesView.class);
        assertThat(view.add.isVisible()).isFalse();
        assertThat(view.grid.getColumnByKey("edit")).isNull();
    }
}
