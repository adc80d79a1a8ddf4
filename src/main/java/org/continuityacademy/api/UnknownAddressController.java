package org.continuityacademy.api;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Any other address under {@code /api/v1}: 404 for an address the API does not have, 405 for anything
 * but GET (the API is read-only), both as problem details. Without it such requests would end in the
 * app's HTML error handling, outside the API's error advice.
 */
@Hidden
@RestController
class UnknownAddressController {

    @RequestMapping("/api/v1/**")
    ResponseEntity<ProblemDetail> unknown(HttpServletRequest request) {
        boolean read = HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod());
        var status = read ? HttpStatus.NOT_FOUND : HttpStatus.METHOD_NOT_ALLOWED;
        var problem = ProblemDetail.forStatusAndDetail(status, read
                ? "The API has no such address. The OpenAPI document at /v3/api-docs lists them."
                : "The API is read-only: use GET.");
        problem.setInstance(java.net.URI.create(request.getRequestURI()));
        var response = ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (!read) {
            response.header(HttpHeaders.ALLOW, "GET");
        }
        return response.body(problem);
    }
}
