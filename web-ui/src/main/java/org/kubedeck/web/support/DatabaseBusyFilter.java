package org.kubedeck.web.support;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLTransientConnectionException;
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

    private static final Logger log = LoggerFactory.getLogger(DatabaseBusyFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!noConnection(e) || response.isCommitted()) {
                throw e;
            }
            log.warn("No database connection in time for {} {}: answered 503 ({})", request.getMethod(),
                    Htmx.path(request), rootMessage(e));
            response.reset();
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            if (Htmx.isApi(request)) {
                response.setContentType(MediaType.APPLICATION_JSON_VALUE);
                response.getWriter().write("{\"error\":\"unavailable\",\"message\":\"The console is busy; try again "
                        + "in a few seconds.\"}");
            } else {
                response.setContentType(MediaType.TEXT_PLAIN_VALUE);
                response.getWriter().write("The console is busy; try again in a few seconds.");
            }
        }
    }

    /** Hikari's "Connection is not available, request timed out", however Spring wrapped it. */
    static boolean noConnection(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
