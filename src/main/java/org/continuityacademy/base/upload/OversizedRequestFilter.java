package org.continuityacademy.base.upload;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before its body is read, any request that says it is larger than an upload may be (413), and closes
 * the connection rather than reading the rest. No address of the app takes more: this covers Vaadin's upload
 * addresses (whose servlet has no multipart limits of its own) and any upload added later. The request thread is
 * free again at once, so a large upload never holds up the node.
 */
final class OversizedRequestFilter extends OncePerRequestFilter {

    private final UploadLimit limit;

    OversizedRequestFilter(UploadLimit limit) {
        this.limit = limit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > limit.maxRequestBytes()) {
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            response.setHeader("Connection", "close");
            response.setContentType("text/plain;charset=UTF-8");
            response.getOutputStream().write(limit.refusal(request.getLocale()).getBytes(StandardCharsets.UTF_8));
            response.flushBuffer();
            return;
        }
        chain.doFilter(request, response);
    }
}
