package org.kubedeck.web.api;

import java.util.stream.Collectors;
import org.kubedeck.domain.AccessDeniedException;
import org.kubedeck.domain.ConflictException;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.NotFoundException;
import org.kubedeck.domain.TooManyRequestsException;
import org.kubedeck.domain.cluster.ClusterUnavailableException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.databind.DatabindException;

/** Maps domain exceptions to {@code {error, message}} with a fitting status, for every API controller. */
@RestControllerAdvice(basePackageClasses = ApiExceptionHandler.class)
class ApiExceptionHandler {

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ApiError> invalid(InvalidInputException e) {
        return ResponseEntity.badRequest().body(new ApiError("invalid_input", e.getMessage(), e.field()));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ApiError> notFound(NotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(new ApiError("not_found", e.getMessage()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ApiError> denied(AccessDeniedException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(new ApiError("forbidden", e.getMessage()));
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ApiError> conflict(ConflictException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(new ApiError("conflict", e.getMessage()));
    }

    @ExceptionHandler(ClusterUnavailableException.class)
    ResponseEntity<ApiError> clusterUnavailable(ClusterUnavailableException e) {
        return ResponseEntity.status(HttpStatus.BAD_GATEWAY).body(new ApiError("cluster_unavailable", e.getMessage()));
    }

    /** A rate limit says when to come back; a cap (such as the most desktops) does not. */
    @ExceptionHandler(TooManyRequestsException.class)
    ResponseEntity<ApiError> tooMany(TooManyRequestsException e) {
        ResponseEntity.BodyBuilder response = ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS);
        e.retryAfter().ifPresent(wait -> response.header(HttpHeaders.RETRY_AFTER,
                Long.toString(Math.max(1, wait.toSeconds()))));
        return response.body(new ApiError(e.retryAfter().isPresent() ? "rate_limited" : "limit_reached",
                e.getMessage()));
    }

    /** Two requests raced to create the same thing; the database kept one. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ApiError> raced(DataIntegrityViolationException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(new ApiError("conflict",
                "The change conflicts with another one made at the same time; reload and try again."));
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
