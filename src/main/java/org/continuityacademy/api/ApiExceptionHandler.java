package org.continuityacademy.api;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the API's controllers as a problem detail (RFC 9457, {@code application/problem+json}):
 * a bad parameter is 400 naming it, something unknown 404, an {@code Accept} header the API cannot answer 406, and
 * Spring MVC's other client errors their own status (from {@link ResponseEntityExceptionHandler}); anything unexpected
 * is 500 with no internals. Only that last is logged as an error (with its stack trace): a client's mistake is not the
 * operator's problem. Errors before a controller runs are in {@link ProblemResponses}, {@link RejectedRequests} and
 * {@link ConnectorErrors}.
 */
@RestControllerAdvice(basePackageClasses = ApiExceptionHandler.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    static final String MISSING_SCOPE = "The API token lacks the scope this address needs. An administrator can create "
            + "a token with that scope.";
    static final String NOT_ACCEPTABLE = "The API answers in JSON only: ask for application/json (or leave out the Accept "
            + "header).";

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(InvalidParameter.class)
    ResponseEntity<ProblemDetail> invalid(InvalidParameter e, HttpServletRequest request) {
        return badRequest(e.parameter(), e.getMessage(), request.getRequestURI());
    }

    @ExceptionHandler(NotFound.class)
    ResponseEntity<ProblemDetail> notFound(NotFound e, HttpServletRequest request) {
        return problem(HttpStatus.NOT_FOUND, e.getMessage(), request.getRequestURI());
    }

    /** Method security behind the path rules, should a path and its service ever disagree. */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e, HttpServletRequest request) {
        return problem(HttpStatus.FORBIDDEN, MISSING_SCOPE, request.getRequestURI());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        log.error("API request {} failed", request.getRequestURI(), e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side. Please try again later.",
                request.getRequestURI());
    }

    /** "size=abc", "id=x", a number too large for its type. */
    @Override
    protected @Nullable ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        String name = e instanceof MethodArgumentTypeMismatchException argument ? argument.getName() : e.getPropertyName();
        String expected = e.getRequiredType() == null ? "a different value" : switch (e.getRequiredType().getSimpleName()) {
            case "int", "Integer" -> "a whole number";
            case "long", "Long" -> "a whole number (an id)";
            default -> "a " + e.getRequiredType().getSimpleName();
        };
        return widen(badRequest(String.valueOf(name), "Parameter '" + name + "' must be " + expected + "; got '" + e.getValue()
                + "'.", uri(request)));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
                                                                                    HttpHeaders headers, HttpStatusCode status,
                                                                                    WebRequest request) {
        return widen(badRequest(e.getParameterName(), "Parameter '" + e.getParameterName() + "' is required.", uri(request)));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(HttpMediaTypeNotAcceptableException e,
                                                                                HttpHeaders headers, HttpStatusCode status,
                                                                                WebRequest request) {
        return widen(problem(HttpStatus.NOT_ACCEPTABLE, NOT_ACCEPTABLE, uri(request)));
    }

    /** Spring MVC's other errors (405, 415, 400 for an unreadable request, …): its problem detail, as problem+json. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, @Nullable Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        if (status.is5xxServerError()) {
            log.error("API request {} failed", uri(request), e);
        } else {
            log.debug("API request {} refused: {}", uri(request), e.toString());
        }
        ProblemDetail problem = body instanceof ProblemDetail detail ? detail
                : ProblemDetail.forStatusAndDetail(status, status.is5xxServerError()
                ? "Something went wrong on our side. Please try again later." : e.getMessage());
        problem.setInstance(URI.create(uri(request)));
        var answer = new HttpHeaders();
        answer.putAll(headers);
        answer.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return ResponseEntity.status(status).headers(answer).body(problem);
    }

    private static ResponseEntity<ProblemDetail> badRequest(String parameter, String detail, String uri) {
        var problem = detail(HttpStatus.BAD_REQUEST, detail, uri);
        // RFC 9457's example extension: which parameters are wrong, for clients that show it at the field
        problem.setProperty("invalid-params", List.of(Map.of("name", parameter, "reason", detail)));
        return respond(problem);
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail, String uri) {
        return respond(detail(status, detail, uri));
    }

    private static ProblemDetail detail(HttpStatus status, String detail, String uri) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setInstance(URI.create(uri));
        return problem;
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ResponseEntity<Object> widen(ResponseEntity<ProblemDetail> answer) {
        return (ResponseEntity) answer;
    }

    private static String uri(WebRequest request) {
        return request instanceof NativeWebRequest web && web.getNativeRequest() instanceof HttpServletRequest servlet
                ? servlet.getRequestURI() : "/api";
    }
}
