package org.kubedeck.web.security;

import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Duration;

/**
 * How long a signed-in session may sit idle. The idle time counts from sign-in and from each request a person
 * makes; background polls never count. The stored session is given only the time that is left, so the store
 * drops it at the same moment however often a hidden tab polls: one minute after the idle timeout, the grace
 * in which a request is still told why the session ended and the sign-out is audited.
 */
public final class SessionIdle {

    static final String LAST_ACTIVITY = "kubedeck.lastActivity";
    static final Duration GRACE = Duration.ofMinutes(1);
    /** Recording activity costs a session write; activity finer than this is not worth one. */
    private static final long RESOLUTION_MILLIS = 1000;

    private final Clock clock;
    private final Duration timeout;

    public SessionIdle(Clock clock, Duration timeout) {
        this.clock = clock;
        this.timeout = timeout;
    }

    public Duration timeout() {
        return timeout;
    }

    /** How long a stored session lives after its last activity. */
    public Duration storedLifetime() {
        return timeout.plus(GRACE);
    }

    /** The session was just signed in to: the idle time starts now. */
    public void signedIn(HttpSession session) {
        session.setAttribute(LAST_ACTIVITY, clock.millis());
        session.setMaxInactiveInterval((int) storedLifetime().toSeconds());
    }

    /** Whether the session has sat idle for longer than the timeout. */
    public boolean expired(HttpSession session) {
        Long last = (Long) session.getAttribute(LAST_ACTIVITY);
        return last != null && clock.millis() - last > timeout.toMillis();
    }

    /**
     * A request of the session that did not end it: a person's request restarts the idle time, and either kind
     * leaves the stored session exactly the time that is left.
     */
    public void requested(HttpSession session, boolean byPerson) {
        long now = clock.millis();
        Long last = (Long) session.getAttribute(LAST_ACTIVITY);
        if (last == null || byPerson && now - last >= RESOLUTION_MILLIS) {
            session.setAttribute(LAST_ACTIVITY, now);
            last = now;
        }
        long left = last + storedLifetime().toMillis() - now;
        session.setMaxInactiveInterval((int) Math.max(1, (left + 999) / 1000));
    }
}
