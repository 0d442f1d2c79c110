package org.kubedeck.web.support;

import java.util.List;
import org.kubedeck.domain.AccessDeniedException;
import org.kubedeck.domain.ConflictException;
import org.kubedeck.domain.DomainException;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.NotFoundException;
import org.kubedeck.domain.TooManyRequestsException;
import org.kubedeck.domain.cluster.ClusterUnavailableException;
import org.springframework.http.HttpStatus;

/**
 * The one mapping of domain exceptions to answers, by type, for every controller: the HTTP status, the stable
 * {@code error} code of the JSON API and the title of the problem page. A new kind of exception gets its row
 * here and is answered the same way by pages and JSON.
 */
public record DomainError(Class<? extends DomainException> type, HttpStatus status, String code, String titleKey) {

    /** Whether the user can put it right on the page that was refused (not for "not allowed" or "not found"). */
    public boolean correctable() {
        return status != HttpStatus.FORBIDDEN && status != HttpStatus.NOT_FOUND;
    }

    private static final List<DomainError> ALL = List.of(
            new DomainError(InvalidInputException.class, HttpStatus.BAD_REQUEST, "invalid_input", "problem.invalid"),
            new DomainError(NotFoundException.class, HttpStatus.NOT_FOUND, "not_found", "problem.notFound"),
            new DomainError(AccessDeniedException.class, HttpStatus.FORBIDDEN, "forbidden", "problem.denied"),
            new DomainError(ConflictException.class, HttpStatus.CONFLICT, "conflict", "problem.conflict"),
            new DomainError(ClusterUnavailableException.class, HttpStatus.BAD_GATEWAY, "cluster_unavailable",
                    "problem.unavailable"),
            new DomainError(TooManyRequestsException.class, HttpStatus.TOO_MANY_REQUESTS, "limit_reached",
                    "problem.tooMany"),
            new DomainError(DomainException.class, HttpStatus.BAD_REQUEST, "refused", "problem.refused"));

    /** The row of the most specific type {@code e} is, and for a rate limit the code that says so. */
    public static DomainError of(DomainException e) {
        DomainError error = ALL.stream().filter(row -> row.type().isInstance(e)).findFirst().orElseThrow();
        if (e instanceof TooManyRequestsException tooMany && tooMany.retryAfter().isPresent()) {
            return new DomainError(error.type(), error.status(), "rate_limited", error.titleKey());
        }
        return error;
    }
}
