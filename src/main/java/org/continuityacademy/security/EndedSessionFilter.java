package org.continuityacademy.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an ended session on its next request: the session is invalidated and the request goes on with nobody
 * signed in, so a page asks to sign in and a Vaadin tab's request is answered "session expired". Not a Spring bean:
 * it belongs to the web filter chain only ({@link SecurityConfig}).
 */
final class EndedSessionFilter extends OncePerRequestFilter {

    private final SignedInSessions sessions;

    EndedSessionFilter(SignedInSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var holder = SecurityContextHolder.getContextHolderStrategy();
        var authentication = holder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AppUserPrincipal person
                && !sessions.mayContinue(request, person)) {
            var session = request.getSession(false);
            if (session != null) {
                sessions.end(session);
            }
            holder.clearContext();
        }
        chain.doFilter(request, response);
    }
}
