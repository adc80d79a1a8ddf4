package org.continuityacademy.demo.idp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The demo identity provider on its own: it starts, publishes its metadata and serves its own sign-in page. */
class HarbourlineIdTest {

    @Test
    void the_provider_publishes_its_openid_configuration_with_pkce() throws Exception {
        IdentityDirectory people = name -> name.equals("lena@example.com")
                ? Optional.of(new IdentityDirectory.Person("1", "lena@example.com", true, "Lena", "Novak", "E1", List.of()))
                : Optional.empty();
        try (var idp = HarbourlineId.start(0, people, () -> List.of("http://localhost:8080/login/oauth2/code/sso"))) {
            var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(idp.issuer() + "/.well-known/openid-configuration")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("\"issuer\":\"" + idp.issuer() + "\"", "S256", "authorization_code");
            var login = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(idp.issuer() + "/login")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(login.body()).contains("Harbourline ID", "name=\"_csrf\"");
        }
    }
}
