package org.continuityacademy.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The headers SecurityHeaders writes, for requests the tests' plain-HTTP server never gets. */
class SecurityHeadersTest {

    @Test
    void hsts_only_when_the_request_came_over_https() {
        var secure = new MockHttpServletRequest("GET", "/");
        secure.setSecure(true);
        var answer = new MockHttpServletResponse();
        SecurityHeaders.pages(r -> false).writeHeaders(secure, answer);
        assertThat(answer.getHeader("Strict-Transport-Security")).isEqualTo("max-age=31536000");

        var plain = new MockHttpServletResponse();
        SecurityHeaders.pages(r -> false).writeHeaders(new MockHttpServletRequest("GET", "/"), plain);
        assertThat(plain.getHeader("Strict-Transport-Security")).isNull();
    }

    @Test
    void production_allows_no_eval_and_no_inline_script_without_the_nonce() {
        var request = new MockHttpServletRequest("GET", "/");
        String production = SecurityHeaders.pages(r -> false).policy(request, "abc");
        assertThat(production).contains("script-src 'self' 'nonce-abc';").doesNotContain("unsafe-eval")
                .contains("frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'");
        assertThat(SecurityHeaders.pages(r -> true).policy(request, "abc")).contains("script-src 'self' 'nonce-abc' 'unsafe-eval';");
    }

    @Test
    void an_answer_with_its_own_policy_keeps_it_unless_it_is_the_bootstrap_page() {
        var request = new MockHttpServletRequest("GET", "/content-assets/1/a.png");
        var answer = new MockHttpServletResponse();
        answer.setHeader("Content-Security-Policy", "default-src 'none'");
        SecurityHeaders.pages(r -> false).writeHeaders(request, answer);
        assertThat(answer.getHeader("Content-Security-Policy")).isEqualTo("default-src 'none'");
        assertThat(answer.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(answer.getHeader("Referrer-Policy")).isEqualTo("same-origin");
    }

    @Test
    void the_api_runs_nothing_and_sends_no_referrer() {
        var request = new MockHttpServletRequest("GET", "/api/v1/coverage");
        var answer = new MockHttpServletResponse();
        SecurityHeaders.api().writeHeaders(request, answer);
        assertThat(answer.getHeader("Content-Security-Policy")).startsWith("default-src 'none'");
        assertThat(answer.getHeader("Referrer-Policy")).isEqualTo("no-referrer");

        var swagger = new MockHttpServletRequest("GET", "/swagger-ui/index.html");
        swagger.setRequestURI("/swagger-ui/index.html");
        assertThat(SecurityHeaders.api().policy(swagger, null)).contains("script-src 'self'").doesNotContain("unsafe-eval");
    }

    @Test
    void nonces_are_128_random_bits() {
        assertThat(SecurityHeaders.nonce()).hasSize(24).isNotEqualTo(SecurityHeaders.nonce());
    }
}
