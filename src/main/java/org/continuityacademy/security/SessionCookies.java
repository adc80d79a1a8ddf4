package org.continuityacademy.security;

import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.stereotype.Component;

/**
 * The session cookie's {@code Secure} flag: as the operator set it ({@code SESSION_COOKIE_SECURE}), or else as the
 * address people use ({@code BASE_URL}): an https address means the cookie is sent only over HTTPS, behind a TLS proxy
 * too, where the app itself may see plain HTTP. (The session travels only in the cookie, never in an address:
 * {@code server.servlet.session.tracking-modes=cookie}.)
 */
@Component
public class SessionCookies implements ServletContextInitializer {

    private final boolean secure;
    private final boolean explicit;

    SessionCookies(@Value("${server.servlet.session.cookie.secure:}") String setting,
                   @Value("${academy.base-url}") String baseUrl) {
        this.explicit = !setting.isBlank();
        this.secure = explicit ? Boolean.parseBoolean(setting.strip())
                : baseUrl.strip().toLowerCase(Locale.ROOT).startsWith("https:");
    }

    /** Whether the session cookie is sent only over HTTPS. */
    public boolean secure() {
        return secure;
    }

    @Override
    public void onStartup(jakarta.servlet.ServletContext context) {
        // an explicit setting is applied by Spring Boot itself (server.servlet.session.cookie.secure)
        if (!explicit) {
            context.getSessionCookieConfig().setSecure(secure);
        }
    }
}
