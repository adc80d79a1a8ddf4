package org.continuityacademy.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;

/**
 * A sign-in form posted without a valid CSRF token: from another site (a forged sign-in, which must not sign the browser
 * in as someone else), or from a sign-in page left open past the end of its session. Either way nobody is signed in and
 * the browser goes back to a fresh sign-in page, which says why; any other request without a token is refused (403).
 */
final class SignInPageExpired {

    /** The sign-in forms: the password form and the e-mailed code's. */
    private static final Set<String> SIGN_IN_FORMS = Set.of("/login", "/login/ott");

    static final AccessDeniedHandler HANDLER = (request, response, denied) -> {
        if (isSignInForm(request)) {
            response.sendRedirect(request.getContextPath() + "/login?expired");
        } else {
            new AccessDeniedHandlerImpl().handle(request, response, denied);
        }
    };

    private SignInPageExpired() {
    }

    private static boolean isSignInForm(HttpServletRequest request) {
        return "POST".equals(request.getMethod())
                && SIGN_IN_FORMS.contains(request.getRequestURI().substring(request.getContextPath().length()));
    }
}
