package org.continuityacademy.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Where a failed local sign-in lands: the login view with its error. When this failure was the one that locked the
 * account or the address (the failure is counted before this runs), the view says "try again later" at once. When the
 * account could not be read because the database cannot be reached, the view says that instead.
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
        if (databaseAway(exception)) {
            // the account could not be read: not a wrong password, and nothing was counted
            getRedirectStrategy().sendRedirect(request, response, SignInThrottle.UNAVAILABLE_URL);
            return;
        }
        String username = request.getParameter("username");
        if (throttle.refuses(username == null ? "" : username, request.getRemoteAddr())) {
            saveException(request, exception);
            getRedirectStrategy().sendRedirect(request, response, SignInThrottle.REFUSED_URL);
            return;
        }
        super.onAuthenticationFailure(request, response, exception);
    }

    /** The sign-in failed because the database could not be reached (the account lookup's failure, wrapped by Spring Security). */
    static boolean databaseAway(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 20; t = t.getCause() == t ? null : t.getCause(), depth++) {
            if (t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException) {
                return true;
            }
        }
        return false;
    }
}
