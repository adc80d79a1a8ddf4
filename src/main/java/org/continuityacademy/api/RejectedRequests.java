package org.continuityacademy.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

/**
 * Requests Spring Security's firewall refuses before any filter chain ({@code //}, {@code ;}, {@code ..} or an encoded
 * {@code %2F} in the path, a method such as TRACE): 400, or 405 for the method, answered here rather than through the
 * servlet's error page (which sent them to the sign-in page). Under {@code /api} the answer is a problem detail like
 * every other API error; elsewhere a line of plain text. A client's mistake, so logged at debug level only.
 */
@Component
class RejectedRequests implements RequestRejectedHandler {

    private static final Logger log = LoggerFactory.getLogger(RejectedRequests.class);

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
            throws IOException {
        log.debug("Request refused by the firewall: {}", rejected.getMessage());
        boolean method = rejected.getMessage() != null && rejected.getMessage().toLowerCase(Locale.ROOT).contains("method");
        HttpStatus status = method ? HttpStatus.METHOD_NOT_ALLOWED : HttpStatus.BAD_REQUEST;
        String detail = method ? "The API is read-only: use GET." : "The address is not one the app accepts (it holds '//', "
                + "';', '..', an encoded '/' or '\\\\', or characters that are not allowed).";
        boolean api = ConnectorErrors.isApi(request.getRequestURI());
        if (method) {
            response.setHeader(HttpHeaders.ALLOW, api ? "GET, HEAD" : "GET, HEAD, POST");
        }
        if (api) {
            ConnectorErrors.writeProblem(response, status, detail);
        } else {
            response.setStatus(status.value());
            response.setContentType(MediaType.TEXT_PLAIN_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(status.value() + " " + status.getReasonPhrase() + "\n");
        }
    }
}
