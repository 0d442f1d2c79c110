package org.kubedeck.domain;

import java.time.Duration;
import java.util.Optional;

/** A limit was reached: a rate limit that lifts after {@link #retryAfter()}, or a cap that lifts when freed. */
public class TooManyRequestsException extends DomainException {

    private final Duration retryAfter;

    public TooManyRequestsException(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    public TooManyRequestsException(String message) {
        this(message, null);
    }

    public TooManyRequestsException(Message message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    public TooManyRequestsException(Message message) {
        this(message, null);
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
