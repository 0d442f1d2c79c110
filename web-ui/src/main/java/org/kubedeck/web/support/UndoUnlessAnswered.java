package org.kubedeck.web.support;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What a request made that is worth keeping only if the client receives the answer, such as a new API token
 * whose secret is shown this once: undone when the request fails after making it. It runs outside the session
 * filter, so a session that cannot be saved at the end of the request counts as a failure too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class UndoUnlessAnswered extends OncePerRequestFilter {

    private static final String UNDO = UndoUnlessAnswered.class.getName() + ".undo";
    private static final Logger log = LoggerFactory.getLogger(UndoUnlessAnswered.class);

    /** Runs {@code undo} if this request ends in an error instead of its answer. */
    public static void register(ServletRequest request, Runnable undo) {
        @SuppressWarnings("unchecked")
        List<Runnable> undos = (List<Runnable>) request.getAttribute(UNDO);
        if (undos == null) {
            undos = new ArrayList<>();
            request.setAttribute(UNDO, undos);
        }
        undos.add(undo);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException | Error e) {
            undo(request);
            throw e;
        }
        if (response.getStatus() >= HttpServletResponse.SC_INTERNAL_SERVER_ERROR) {
            undo(request);
        }
    }

    private static void undo(HttpServletRequest request) {
        @SuppressWarnings("unchecked")
        List<Runnable> undos = (List<Runnable>) request.getAttribute(UNDO);
        if (undos == null) {
            return;
        }
        request.removeAttribute(UNDO);
        for (Runnable undo : undos) {
            try {
                undo.run();
            } catch (RuntimeException e) {
                log.warn("Could not undo what a failed request {} {} made: {}", request.getMethod(),
                        request.getRequestURI(), e.toString());
            }
        }
    }
}
