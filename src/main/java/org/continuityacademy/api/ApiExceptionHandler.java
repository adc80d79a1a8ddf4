package org.continuityacademy.api;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Every error of the API's controllers as a problem detail (RFC 9457, {@code application/problem+json}):
 * a bad parameter is 400 naming it, something unknown 404, anything unexpected 500 with no internals
 * (the log has them). Errors before a controller runs are in {@link ProblemResponses}.
 */
@RestControllerAdvice(basePackageClasses = ApiExceptionHandler.class)
class ApiExceptionHandler {

    static final String MISSING_SCOPE = "The API token lacks the scope this address needs. An administrator can create "
            + "a token with that scope.";

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(InvalidParameter.class)
    ResponseEntity<ProblemDetail> invalid(InvalidParameter e, HttpServletRequest request) {
        return badRequest(e.parameter(), e.getMessage(), request);
    }

    /** "size=abc", "id=x", a number too large for its type. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        String expected = e.getRequiredType() == null ? "a different value" : switch (e.getRequiredType().getSimpleName()) {
            case "int", "Integer" -> "a whole number";
            case "long", "Long" -> "a whole number (an id)";
            default -> "a " + e.getRequiredType().getSimpleName();
        };
        return badRequest(e.getName(), "Parameter '" + e.getName() + "' must be " + expected + "; got '" + e.getValue() + "'.",
                request);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException e, HttpServletRequest request) {
        return badRequest(e.getParameterName(), "Parameter '" + e.getParameterName() + "' is required.", request);
    }

    @ExceptionHandler(NotFound.class)
    ResponseEntity<ProblemDetail> notFound(NotFound e, HttpServletRequest request) {
        return problem(HttpStatus.NOT_FOUND, e.getMessage(), request);
    }

    /** Method security behind the path rules, should a path and its service ever disagree. */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e, HttpServletRequest request) {
        return problem(HttpStatus.FORBIDDEN, MISSING_SCOPE, request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        log.error("API request {} failed", request.getRequestURI(), e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side. Please try again later.", request);
    }

    private static ResponseEntity<ProblemDetail> badRequest(String parameter, String detail, HttpServletRequest request) {
        var problem = detail(HttpStatus.BAD_REQUEST, detail, request);
        // RFC 9457's example extension: which parameters are wrong, for clients that show it at the field
        problem.setProperty("invalid-params", List.of(Map.of("name", parameter, "reason", detail)));
        return respond(problem);
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail, HttpServletRequest request) {
        return respond(detail(status, detail, request));
    }

    private static ProblemDetail detail(HttpStatus status, String detail, HttpServletRequest request) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setInstance(URI.create(request.getRequestURI()));
        return problem;
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
