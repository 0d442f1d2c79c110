package org.kubedeck.web.support;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.kubedeck.domain.AccessDeniedException;
import org.kubedeck.domain.DomainException;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.NotFoundException;
import org.kubedeck.domain.cluster.ClusterUnavailableException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Refusals and missing objects on pages: a readable page, or for htmx a message fragment retargeted to the
 * flash area (the layout lets htmx swap 4xx answers).
 */
@ControllerAdvice(basePackages = {"org.kubedeck.web.home", "org.kubedeck.web.account", "org.kubedeck.web.user",
        "org.kubedeck.web.audit", "org.kubedeck.web.cluster", "org.kubedeck.web.workload", "org.kubedeck.web.token",
        "org.kubedeck.web.desktop", "org.kubedeck.web.version", "org.kubedeck.web.quota",
        "org.kubedeck.web.node"})
class PageExceptionHandler {

    @ExceptionHandler(AccessDeniedException.class)
    String denied(AccessDeniedException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        return problem(HttpStatus.FORBIDDEN, "problem.denied", e, request, response, model);
    }

    @ExceptionHandler(NotFoundException.class)
    String notFound(NotFoundException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        return problem(HttpStatus.NOT_FOUND, "problem.notFound", e, request, response, model);
    }

    /** A word in the URL or a form that cannot be read, such as {@code ?page=0}. */
    @ExceptionHandler(InvalidInputException.class)
    String invalid(InvalidInputException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        return problem(HttpStatus.BAD_REQUEST, "problem.invalid", e, request, response, model);
    }

    @ExceptionHandler(ClusterUnavailableException.class)
    String unavailable(ClusterUnavailableException e, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        return problem(HttpStatus.BAD_GATEWAY, "problem.unavailable", e, request, response, model);
    }

    private static String problem(HttpStatus status, String titleKey, DomainException e, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        response.setStatus(status.value());
        // Advice model attributes are not added for exception handlers; the layout still needs the user.
        model.addAttribute("currentUser", CurrentActor.user(request).orElse(null));
        model.addAttribute("titleKey", titleKey);
        model.addAttribute("message", e.getMessage());
        if (Htmx.isHtmx(request)) {
            response.setHeader("HX-Retarget", "#flash");
            response.setHeader("HX-Reswap", "innerHTML");
            return "problem :: message";
        }
        return "problem";
    }
}
