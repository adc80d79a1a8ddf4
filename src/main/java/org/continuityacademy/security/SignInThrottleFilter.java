package org.continuityacademy.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * In front of the login form's processing: a locked account, user name or client address is refused before any
 * password is compared, with the same answer whether or not the account exists. Made in {@link SecurityConfig}, not a
 * bean, so it belongs to the app's filter chain only.
 */
final class SignInThrottleFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SignInThrottleFilter.class);

    private final RequestMatcher loginProcessing = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login");
    private final SignInThrottle throttle;

    SignInThrottleFilter(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !loginProcessing.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String username = request.getParameter("username");
        boolean refused;
        try {
            refused = throttle.refuses(username == null ? "" : username, request.getRemoteAddr());
        } catch (DataAccessResourceFailureException | CannotCreateTransactionException databaseAway) {
            // the database cannot be reached (restarting, the network gone): nobody can sign in now; say so, not "error 500"
            log.warn("Sign-in not checked: the database cannot be reached ({})", databaseAway.getMessage());
            response.sendRedirect(request.getContextPath() + SignInThrottle.UNAVAILABLE_URL);
            return;
        }
        if (refused) {
            log.info("Sign-in refused without checking the password: too many failures for this user name or from {}",
                    request.getRemoteAddr());
            response.sendRedirect(request.getContextPath() + SignInThrottle.REFUSED_URL);
            return;
        }
        chain.doFilter(request, response);
    }
}
