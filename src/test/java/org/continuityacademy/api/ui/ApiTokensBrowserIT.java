package org.continuityacademy.api.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.continuityacademy.Browsers;
import org.continuityacademy.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** In a real browser, the administrator creates an API token, and the text the dialog shows opens the API. */
@IntegrationTest
class ApiTokensBrowserIT {

    @RegisterExtension
    static final Browsers.InClass browsers = new Browsers.InClass();

    @LocalServerPort
    int port;

    @Test
    void the_administrator_creates_a_token_whose_text_opens_the_api() throws Exception {
        String name = "BI dashboard " + System.nanoTime() % 100_000;
        Page page = browsers.newPage(1280, 900);
        page.navigate("http://localhost:" + port + "/admin/api-tokens");
        Browsers.signIn(page, "admin", "demo");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New token")).click();
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Name")).fill(name);
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Reports — Coverage figures and service readiness for the whole organisation"))
                .check();
        Browsers.screenshot(page, "api-token-new");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create token")).click();

        var tokenField = page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Token"));
        assertThat(tokenField).hasValue(java.util.regex.Pattern.compile("^ca_.{43}$"));
        assertThat(page.getByText("It will not be shown again", new Page.GetByTextOptions().setExact(false))).isVisible();
        Browsers.screenshot(page, "api-token-created");
        String token = tokenField.inputValue();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("I have copied it")).click();
        assertThat(tokenField).isHidden();
        assertThat(page.locator("vaadin-grid-cell-content").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText(name))).isVisible();
        Browsers.screenshot(page, "api-tokens");

        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/services/readiness"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
    }
}
