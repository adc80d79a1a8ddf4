package org.continuityacademy.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * 401 and 403 answers of the API's security filter chain, as problem details (RFC 9457) like every
 * other API error. They are written here because they happen before any controller runs.
 */
final class ProblemResponses {

    static final String BEARER_HOW_TO = "Send an API token in the header 'Authorization: Bearer <token>'. "
            + "An administrator creates tokens under API tokens.";
    static final String TOKEN_NOT_VALID = "The API token is not valid: it is unknown, revoked or expired.";

    private final JsonMapper json;

    ProblemResponses(JsonMapper json) {
        this.json = json;
    }

    /** No token, or not as a bearer token: the client is told which scheme to use. */
    void unauthorized(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"continuity-academy\"");
        write(request, response, HttpStatus.UNAUTHORIZED, BEARER_HOW_TO);
    }

    /** A token that was sent but does not open the API (RFC 6750's invalid_token). */
    void invalidToken(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE,
                "Bearer realm=\"continuity-academy\", error=\"invalid_token\", error_description=\"" + TOKEN_NOT_VALID + "\"");
        write(request, response, HttpStatus.UNAUTHORIZED, TOKEN_NOT_VALID);
    }

    /** A valid token without the scope the path needs (RFC 6750's insufficient_scope). */
    void forbidden(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"continuity-academy\", error=\"insufficient_scope\"");
        write(request, response, HttpStatus.FORBIDDEN, ApiExceptionHandler.MISSING_SCOPE);
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        // the same members as Spring's ProblemDetail in the controllers' errors ("type" left out means about:blank)
        var body = new LinkedHashMap<String, Object>();
        body.put("title", status.getReasonPhrase());
        body.put("status", status.value());
        body.put("detail", detail);
        body.put("instance", request.getRequestURI());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), body);
    }
}
