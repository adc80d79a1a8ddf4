package org.continuityacademy.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;

/** At every sign-in (the local form and single sign-on alike): the session joins this node's sessions of the account. */
final class SessionStamp implements SessionAuthenticationStrategy {

    private final SignedInSessions sessions;

    SessionStamp(SignedInSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public void onAuthentication(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
        if (authentication.getPrincipal() instanceof AppUserPrincipal person) {
            sessions.signedIn(request, person);
        }
    }
}
