package org.kubedeck.web.support;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.kubedeck.domain.DomainException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * The page answer of every other controller's domain exception, as {@link DomainError} maps it: a readable page,
 * or for htmx a message fragment retargeted to the flash area (the layout lets htmx swap 4xx answers).
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class PageExceptionHandler {

    @ExceptionHandler(DomainException.class)
    String domain(DomainException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        DomainError error = DomainError.of(e);
        return problem(error.status(), error.titleKey(), e, request, response, model);
    }

    private static String problem(HttpStatus status, String titleKey, DomainException e, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        response.setStatus(status.value());
        // Advice model attributes are not added for exception handlers; the layout still needs the user.
        model.addAttribute("currentUser", CurrentActor.user(request).orElse(null));
        model.addAttribute("titleKey", titleKey);
        model.addAttribute("message", ErrorText.of(e));
        model.addAttribute("next", NextSteps.from(request.getRequestURI()
                .substring(request.getContextPath().length())));
        if (Htmx.isHtmx(request)) {
            response.setHeader("HX-Retarget", "#flash");
            response.setHeader("HX-Reswap", "innerHTML");
            return "problem :: message";
        }
        return "problem";
    }
}
