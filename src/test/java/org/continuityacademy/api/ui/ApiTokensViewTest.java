package org.continuityacademy.api.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.time.LocalDate;
import java.util.Set;
import org.continuityacademy.IntegrationTest;
import org.continuityacademy.api.ApiScope;
import org.continuityacademy.api.ApiTokenRow;
import org.continuityacademy.api.ApiTokens;
import org.continuityacademy.base.time.TestClock;
import org.continuityacademy.base.ui.NotFoundView;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
class ApiTokensViewTest extends SpringBrowserlessTest {

    @Autowired
    ApiTokens tokens;
    @Autowired
    TestClock clock;

    @Test
    @WithUserDetails("admin")
    void an_administrator_creates_a_token_sees_it_once_and_revokes_it() {
        var view = navigate(ApiTokensView.class);
        long before = tokens.count();

        test(view.create).click();
        var dialog = $(NewTokenDialog.class).single();
        assertThat(dialog.expiresOn.getValue()).isEqualTo(LocalDate.now(clock).plusDays(90));
        test(dialog.name).setValue("Learning record store");
        dialog.scopes.setValue(Set.of(ApiScope.XAPI));
        test(dialog.save).click();

        var shown = $(TokenCreatedDialog.class).single();
        assertThat(shown.token.getValue()).startsWith("ca_").hasSize(46);
        assertThat(shown.getElement().getText() + texts(shown)).contains("will not be shown again");
        assertThat(tokens.count()).isEqualTo(before + 1);
        ApiTokenRow created = tokens.page(PageRequest.of(0, 1)).getFirst();
        assertThat(created.name()).isEqualTo("Learning record store");
        assertThat(shown.token.getValue()).startsWith(created.prefix());
        assertThat(test(view.grid).getRow(0).name()).isEqualTo("Learning record store");
        test(shown.done).click();

        test((Button) test(view.grid).getCellComponent(0, "revoke")).click();
        test($(ConfirmDialog.class).single()).confirm();

        assertThat(tokens.page(PageRequest.of(0, 1)).getFirst().state(clock.instant())).isEqualTo(ApiTokenRow.State.REVOKED);
        assertThat(test(view.grid).getCellComponent(0, "revoke").isVisible()).isFalse();
    }

    @Test
    @WithUserDetails("admin")
    void problems_are_shown_at_their_fields_and_nothing_is_saved() {
        var view = navigate(ApiTokensView.class);
        long before = tokens.count();

        test(view.create).click();
        var dialog = $(NewTokenDialog.class).single();
        dialog.expiresOn.setValue(LocalDate.now(clock).minusDays(1));
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.name.isInvalid()).isTrue();
        assertThat(dialog.name.getErrorMessage()).contains("say what the token is for");
        assertThat(dialog.scopes.isInvalid()).isTrue();
        assertThat(dialog.expiresOn.isInvalid()).isTrue();
        assertThat(dialog.expiresOn.getErrorMessage()).contains("after today");
        assertThat($(TokenCreatedDialog.class).all()).isEmpty();
        assertThat(tokens.count()).isEqualTo(before);
    }

    @Test
    @WithUserDetails("hr")
    void hr_cannot_open_the_tokens() {
        UI.getCurrent().navigate("admin/api-tokens");

        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    private static String texts(TokenCreatedDialog dialog) {
        var text = new StringBuilder();
        dialog.getChildren().forEach(c -> text.append(c.getElement().getTextRecursively()).append(' '));
        return text.toString();
    }
}
