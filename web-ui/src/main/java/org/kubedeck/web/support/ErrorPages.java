package org.kubedeck.web.support;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * The page for what no handler answers: an address the console does not have, a method an address does not take,
 * a failure no handler caught. It is the console's page, with its navigation, a title for what happened, and where
 * to go next, instead of the server's bare error page. JSON clients still get JSON.
 */
@Component
class ErrorPages implements ErrorViewResolver {

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        Map<String, Object> page = new HashMap<>();
        page.put("currentUser", CurrentActor.user(request).orElse(null));
        page.put("titleKey", switch (status) {
            case NOT_FOUND -> "problem.notFound";
            case METHOD_NOT_ALLOWED -> "problem.notHere";
            case FORBIDDEN -> "problem.denied";
            default -> status.is4xxClientError() ? "problem.invalid" : "problem.failed";
        });
        page.put("messageKey", switch (status) {
            case NOT_FOUND -> "problem.noSuchPage";
            case METHOD_NOT_ALLOWED -> "problem.methodNotAllowed";
            case FORBIDDEN -> "problem.notYours";
            default -> status.is4xxClientError() ? "problem.badRequest" : "problem.serverFailed";
        });
        page.put("next", NextSteps.from((String) model.get("path")));
        return new ModelAndView("problem", page, status);
    }
}
