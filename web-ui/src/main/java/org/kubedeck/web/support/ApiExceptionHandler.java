package org.kubedeck.web.support;

import java.util.stream.Collectors;
import org.kubedeck.domain.DomainException;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.TooManyRequestsException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.databind.DatabindException;

/**
 * The JSON answer of every {@code @RestController}'s failure: domain exceptions as {@link DomainError} maps them,
 * and requests the framework could not read. Ordered before the page handler, which answers the other controllers.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiExceptionHandler {

    /** Every domain exception, by its row in {@link DomainError}; a rate limit says when to come back. */
    @ExceptionHandler(DomainException.class)
    ResponseEntity<ApiError> domain(DomainException e) {
        DomainError error = DomainError.of(e);
        ResponseEntity.BodyBuilder response = ResponseEntity.status(error.status());
        if (e instanceof TooManyRequestsException tooMany) {
            tooMany.retryAfter().ifPresent(wait -> response.header(HttpHeaders.RETRY_AFTER,
                    Long.toString(Math.max(1, wait.toSeconds()))));
        }
        String field = e instanceof InvalidInputException invalid ? invalid.field() : null;
        return response.body(new ApiError(error.code(), ErrorText.of(e), field));
    }

    /** Not JSON, or a value of the wrong JSON type (strictly: {@code "true"} is no boolean): names the field. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        String field = e.getCause() instanceof DatabindException databind ? databind.getPath().stream()
                .map(reference -> reference.getPropertyName() != null ? reference.getPropertyName()
                        : String.valueOf(reference.getIndex()))
                .collect(Collectors.joining(".")) : "";
        if (field.isEmpty()) {
            return ResponseEntity.badRequest().body(new ApiError("invalid_input",
                    "The request body is not valid JSON of the expected shape."));
        }
        return ResponseEntity.badRequest().body(new ApiError("invalid_input",
                "The field '" + field + "' has a value of the wrong type.", field));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiError> missingParameter(MissingServletRequestParameterException e) {
        return ResponseEntity.badRequest().body(new ApiError("invalid_input",
                "The parameter '" + e.getParameterName() + "' is required.", e.getParameterName()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> badParameter(MethodArgumentTypeMismatchException e) {
        return ResponseEntity.badRequest().body(new ApiError("invalid_input",
                "The parameter '" + e.getName() + "' has a value of the wrong type.", e.getName()));
    }
}
