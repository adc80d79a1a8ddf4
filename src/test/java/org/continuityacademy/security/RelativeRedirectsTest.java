package org.continuityacademy.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** Redirects to the request's own origin lose scheme, host and port; others stay as they are. */
class RelativeRedirectsTest {

    @Test
    void the_requests_own_origin_becomes_a_path() {
        var request = new MockHttpServletRequest("GET", "/");
        request.setServerName("evil.example");
        request.setServerPort(80);

        assertThat(RelativeRedirects.relative(request, "http://evil.example/login")).isEqualTo("/login");
        assertThat(RelativeRedirects.relative(request, "http://EVIL.example:80/login?error#x")).isEqualTo("/login?error#x");
        assertThat(RelativeRedirects.relative(request, "http://evil.example")).isEqualTo("/");
        assertThat(RelativeRedirects.relative(request, "http://evil.example//other.example/x")).isEqualTo("/other.example/x");
    }

    @Test
    void other_sites_and_paths_are_left_alone() {
        var request = new MockHttpServletRequest("GET", "/");
        request.setServerName("academy.example");
        request.setServerPort(80);

        assertThat(RelativeRedirects.relative(request, "https://id.example.org/authorize?x=1"))
                .isEqualTo("https://id.example.org/authorize?x=1");
        assertThat(RelativeRedirects.relative(request, "https://academy.example/login")).isEqualTo("https://academy.example/login");
        assertThat(RelativeRedirects.relative(request, "/login")).isEqualTo("/login");
        assertThat(RelativeRedirects.relative(request, "not a uri")).isEqualTo("not a uri");
    }
}
