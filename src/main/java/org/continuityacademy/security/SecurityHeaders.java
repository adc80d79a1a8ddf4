package org.continuityacademy.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.header.HeaderWriter;

/**
 * The security headers of every answer: a Content-Security-Policy, and the headers that tell the browser not to guess
 * content types, not to be framed, to keep addresses (which may hold a secret link's token) to this site, to use none of
 * the devices the app has no use for, and to stay on HTTPS once it has come that way.
 * <p>
 * The app's pages run under a policy without {@code 'unsafe-eval'} and without inline scripts, apart from the ones the
 * server marks with a nonce in the bootstrap page ({@link PageHeaders}); Vaadin's client builds no function from text
 * ({@code /js/no-eval.js} holds the ones the app's views need, written out). Styles may be inline: Vaadin's components
 * set them (the risk of an injected style is far smaller than that of a script). In development mode the policy also allows
 * {@code 'unsafe-eval'} (the development tools, and texts the table does not know yet, which the browser console lists).
 * <p>
 * Each header is written only when the answer has none of its own (a training module's image keeps its stricter policy).
 */
public final class SecurityHeaders implements HeaderWriter {

    public static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";
    public static final String PERMISSIONS_POLICY = "Permissions-Policy";
    public static final String REFERRER_POLICY = "Referrer-Policy";
    public static final String STRICT_TRANSPORT_SECURITY = "Strict-Transport-Security";

    /** A year, the figure browsers' preload lists ask for; not for subdomains: the app does not own its parent domain. */
    static final String HSTS = "max-age=31536000";
    /**
     * Devices and features the app does not use are off for it and anything it might embed; passkeys (second factor) and
     * writing to the clipboard (copying a new API token) are the app's own.
     */
    static final String PERMISSIONS = String.join(", ",
            "accelerometer=()", "bluetooth=()", "camera=()", "display-capture=()", "fullscreen=()", "geolocation=()",
            "gyroscope=()", "hid=()", "magnetometer=()", "microphone=()", "midi=()", "payment=()", "screen-wake-lock=()",
            "serial=()", "usb=()", "xr-spatial-tracking=()", "clipboard-read=()", "clipboard-write=(self)",
            "publickey-credentials-create=(self)", "publickey-credentials-get=(self)");

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Predicate<HttpServletRequest> developmentMode;
    private final boolean api;

    private SecurityHeaders(Predicate<HttpServletRequest> developmentMode, boolean api) {
        this.developmentMode = developmentMode;
        this.api = api;
    }

    /** For the app's pages and files; {@code developmentMode} says whether Vaadin runs in development mode. */
    public static SecurityHeaders pages(Predicate<HttpServletRequest> developmentMode) {
        return new SecurityHeaders(developmentMode, false);
    }

    /** For the REST API: JSON that runs nothing, and Swagger UI's pages, which load only the app's own files. */
    public static SecurityHeaders api() {
        return new SecurityHeaders(request -> false, true);
    }

    /** A fresh nonce for one page's scripts: 128 random bits. */
    static String nonce() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    @Override
    public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
        writeHeaders(request, response, null);
    }

    /** The headers, with a policy that lets the page's scripts marked with {@code nonce} run (none when null). */
    void writeHeaders(HttpServletRequest request, HttpServletResponse response, @Nullable String nonce) {
        if (nonce == null) {
            set(response, CONTENT_SECURITY_POLICY, policy(request, null));
        } else {
            // the bootstrap page's scripts carry this nonce: its policy replaces any other
            response.setHeader(CONTENT_SECURITY_POLICY, policy(request, nonce));
        }
        set(response, "X-Content-Type-Options", "nosniff");
        set(response, "X-Frame-Options", "DENY");
        // the same origin keeps the whole address (secret links carry a token in it); other sites get nothing
        set(response, REFERRER_POLICY, api ? "no-referrer" : "same-origin");
        set(response, PERMISSIONS_POLICY, PERMISSIONS);
        set(response, "Cross-Origin-Opener-Policy", "same-origin");
        // HTTPS as the request came (behind a proxy: X-Forwarded-Proto, with FORWARD_HEADERS_STRATEGY set)
        if (request.isSecure()) {
            set(response, STRICT_TRANSPORT_SECURITY, HSTS);
        }
    }

    /** The Content-Security-Policy for this request. */
    public String policy(HttpServletRequest request, @Nullable String nonce) {
        if (api) {
            return isSwaggerUi(request) ? SWAGGER_UI : API;
        }
        String scripts = "script-src 'self'" + (nonce == null ? "" : " 'nonce-" + nonce + "'")
                + (developmentMode.test(request) ? " 'unsafe-eval'" : "");
        return String.join("; ",
                "default-src 'self'",
                scripts,
                "style-src 'self' 'unsafe-inline'",
                // Lumo's icons and Vaadin's upload previews are data: and blob: images
                "img-src 'self' data: blob:",
                "font-src 'self' data:",
                // 'self' includes the push connection's ws:/wss: (CSP level 3)
                "connect-src 'self'",
                "media-src 'self'",
                "manifest-src 'self'",
                "worker-src 'self'",
                "frame-src 'none'",
                "object-src 'none'",
                "frame-ancestors 'none'",
                "base-uri 'self'",
                // the sign-in forms post here; single sign-on leaves by a link, not a form
                "form-action 'self'");
    }

    private static final String API = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    private static final String SWAGGER_UI = String.join("; ", "default-src 'self'", "script-src 'self'",
            "style-src 'self' 'unsafe-inline'", "img-src 'self' data:", "connect-src 'self'", "object-src 'none'",
            "frame-ancestors 'none'", "base-uri 'self'", "form-action 'self'");

    private static boolean isSwaggerUi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/swagger-ui");
    }

    private static void set(HttpServletResponse response, String name, String value) {
        if (!response.containsHeader(name)) {
            response.setHeader(name, value);
        }
    }
}
