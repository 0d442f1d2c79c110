package org.kubedeck.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLTransientConnectionException;
import org.kubedeck.web.support.Htmx;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request that could not get a database connection in time, wherever that happened (a filter, a controller, a
 * use case), is answered 503 with {@code Retry-After} and logged in one line: under a burst the pool's timeout
 * would otherwise give every waiting request a 500 and a stack trace of its own.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class DatabaseBusyFilter extends OncePerRequestFilter {

    static final String RETRY_AFTER_SECONDS = "5";
    private static final String BUSY = "The console is busy; try again in a few seconds.";

    private static final Logger log = LoggerFactory.getLogger(DatabaseBusyFilter.class);

    private final SecurityResponses responses;

    DatabaseBusyFilter(SecurityResponses responses) {
        this.responses = responses;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            SQLTransientConnectionException noConnection = noConnection(e);
            if (noConnection == null || response.isCommitted()) {
                throw e;
            }
            log.warn("No database connection in time for {} {}: answered 503 ({})", request.getMethod(),
                    Htmx.path(request), noConnection.getMessage());
            response.reset();
            response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
            if (Htmx.isApi(request)) {
                responses.error(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "unavailable", BUSY);
            } else {
                response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.setContentType(MediaType.TEXT_PLAIN_VALUE);
                response.getWriter().write(BUSY);
            }
        }
    }

    /** Hikari's "Connection is not available, request timed out", however Spring wrapped it; null for others. */
    private static SQLTransientConnectionException noConnection(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException timedOut) {
                return timedOut;
            }
        }
        return null;
    }
}
