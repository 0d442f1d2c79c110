package org.kubedeck.application.token;

import java.time.Duration;

/** How many requests one API token may make per window ({@code kubedeck.api.rate-limit}). */
public record TokenRateLimit(int requests, Duration window) {

    public TokenRateLimit {
        if (requests < 1 || window.isZero() || window.isNegative()) {
            throw new IllegalArgumentException("A rate limit allows at least one request in a positive window");
        }
    }
}
