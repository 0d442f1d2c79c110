package org.kubedeck.web.support;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.kubedeck.domain.DomainException;
import org.kubedeck.domain.Message;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.json.JacksonJsonView;

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
        return problem(error.status(), error.titleKey(), e.message(), request, response, model);
    }

    /**
     * An upload beyond {@code kubedeck.containers.upload-limit}: nothing of it was written. It is refused while the
     * request is matched to its handler (mappings that read parameters read the upload), before there is one, so
     * the API's JSON is answered here too, by the path.
     */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        Message message = Message.of("upload.tooLarge",
                "The upload is larger than allowed ({0} bytes); nothing was written.",
                String.valueOf(e.getMaxUploadSize()));
        if (Htmx.isApi(request)) {
            response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            return new ModelAndView(new JacksonJsonView(), Map.of("error", "too_large", "message",
                    ErrorText.of(message), "field", "file"));
        }
        return new ModelAndView(problem(HttpStatus.CONTENT_TOO_LARGE, "problem.invalid", message, request, response,
                model));
    }

    private static String problem(HttpStatus status, String titleKey, Message message, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        response.setStatus(status.value());
        // Advice model attributes are not added for exception handlers; the layout still needs the user.
        model.addAttribute("currentUser", CurrentActor.user(request).orElse(null));
        model.addAttribute("titleKey", titleKey);
        model.addAttribute("message", ErrorText.of(message));
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
