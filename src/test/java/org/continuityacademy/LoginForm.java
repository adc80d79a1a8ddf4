package org.continuityacademy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** Signing in over plain HTTP as the login page's form does: its CSRF token, then the form's body. */
public final class LoginForm {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private LoginForm() {
    }

    /** The form body to POST to {@code /login}, with the CSRF token read from the login page's HTML. */
    public static String body(String loginPage, String username, String password) {
        var token = CSRF.matcher(loginPage);
        if (!token.find()) {
            throw new IllegalStateException("The login page has no CSRF token");
        }
        return "_csrf=" + encode(token.group(1)) + "&username=" + encode(username) + "&password=" + encode(password);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
