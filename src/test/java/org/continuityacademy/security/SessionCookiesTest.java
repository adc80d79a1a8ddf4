package org.continuityacademy.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockServletContext;

/** The session cookie's Secure flag follows BASE_URL's scheme unless SESSION_COOKIE_SECURE says otherwise. */
class SessionCookiesTest {

    @Test
    void an_https_base_url_makes_the_cookie_secure() {
        var context = new MockServletContext();
        var cookies = new SessionCookies("", "https://academy.example.org");
        cookies.onStartup(context);

        assertThat(cookies.secure()).isTrue();
        assertThat(context.getSessionCookieConfig().isSecure()).isTrue();
        assertThat(new SessionCookies("", " HTTPS://Academy.example.org/ ").secure()).isTrue();
    }

    @Test
    void an_http_base_url_leaves_it_off() {
        var context = new MockServletContext();
        var cookies = new SessionCookies("", "http://localhost:8080");
        cookies.onStartup(context);

        assertThat(cookies.secure()).isFalse();
        assertThat(context.getSessionCookieConfig().isSecure()).isFalse();
    }

    @Test
    void an_explicit_setting_wins_either_way() {
        assertThat(new SessionCookies("false", "https://academy.example.org").secure()).isFalse();
        assertThat(new SessionCookies("true", "http://localhost:8080").secure()).isTrue();

        // Spring Boot applies the explicit setting itself; this initializer leaves the cookie alone
        var context = new MockServletContext();
        context.getSessionCookieConfig().setSecure(false);
        new SessionCookies("false", "https://academy.example.org").onStartup(context);
        assertThat(context.getSessionCookieConfig().isSecure()).isFalse();
    }
}
