package org.continuityacademy.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * Where a failed local sign-in lands: the login view with its error. When this failure was the one that locked the
 * account or the address (the failure is counted before this runs), the view says "try again later" at once.
 */
final class SignInFailure extends SimpleUrlAuthenticationFailureHandler {

    private final SignInThrottle throttle;

    SignInFailure(SignInThrottle throttle) {
        super("/login?error");
        this.throttle = throttle;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException, ServletException {
        String username = request.getParameter("username");
        if (throttle.refuses(username == null ? "" : username, request.getRemoteAddr())) {
            saveException(request, exception);
            getRedirectStrategy().sendRedirect(request, response, SignInThrottle.REFUSED_URL);
            return;
        }
        super.onAuthenticationFailure(request, response, exception);
    }
}
