package org.continuityacademy.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Where a failed single sign-on lands: the sign-in problem page, with a reason people can act on. Reasons the
 * app decides (not in the directory, not verified, left the organisation) are passed on; anything else the
 * provider or the protocol refused (a bad state, nonce or signature, a cancelled sign-in) is "failed".
 */
final class SingleSignOnFailure implements AuthenticationFailureHandler {

    private static final Logger log = LoggerFactory.getLogger(SingleSignOnFailure.class);

    /** Reasons the sign-in problem page explains; see {@code SsoRefusal} in the directory. */
    static final Set<String> KNOWN = Set.of("not-in-directory", "email-not-verified", "left-organisation", "account-disabled",
            "provider-unavailable");

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String reason = "failed";
        if (exception instanceof OAuth2AuthenticationException oauth && KNOWN.contains(oauth.getError().getErrorCode())) {
            reason = oauth.getError().getErrorCode();
        } else if (exception.getCause() instanceof DiscoveredRegistrations.SingleSignOnUnavailable) {
            reason = "provider-unavailable";
        } else {
            log.info("Single sign-on failed: {}", exception.getMessage());
        }
        response.sendRedirect(request.getContextPath() + "/sign-in-problem?reason=" + URLEncoder.encode(reason, StandardCharsets.UTF_8));
    }
}
