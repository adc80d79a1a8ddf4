package org.continuityacademy.security;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;

/**
 * The security headers of answers from Vaadin's servlet, written before it runs. Spring Boot reaches that servlet by a
 * forward to it by name ({@code ServletForwardingController}), and Spring Security writes its headers when the answer is
 * committed through its own wrapper, which a forwarded answer never is (the container finishes it underneath): a view's
 * bootstrap page went out without Cache-Control. Vaadin's own headers (the bootstrap page's policy with its nonce, its
 * files' caching) replace these.
 */
final class ForwardedHeaders implements Filter {

    static final String NO_STORE = "no-cache, no-store, max-age=0, must-revalidate";

    private final SecurityHeaders headers;

    ForwardedHeaders(SecurityHeaders headers) {
        this.headers = headers;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse answer
                && !answer.isCommitted()) {
            headers.writeHeaders(http, answer);
            if (!answer.containsHeader(HttpHeaders.CACHE_CONTROL)) {
                // a view's page may hold personal data (its first message is in it)
                answer.setHeader(HttpHeaders.CACHE_CONTROL, NO_STORE);
            }
        }
        chain.doFilter(request, response);
    }
}
