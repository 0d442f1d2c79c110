package org.kubedeck.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.kubedeck.web.support.Htmx;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * How the security layer answers when it stops a request: JSON for the API, an HX-Redirect for htmx
 * (which would otherwise swap a login page into a table), a redirect for pages.
 */
public class SecurityResponses {

    /** Not among the servlet API's constants. */
    public static final int TOO_MANY_REQUESTS = 429;

    private final JsonMapper json;

    public SecurityResponses(JsonMapper json) {
        this.json = json;
    }

    /** Sends the browser to the login page with a reason it explains ({@code expired}, {@code disabled}…). */
    public void toLogin(HttpServletRequest request, HttpServletResponse response, String reason, String apiError,
            String apiMessage) throws IOException {
        String target = request.getContextPath() + "/login" + (reason == null ? "" : "?" + reason);
        if (Htmx.isApi(request)) {
            error(response, HttpServletResponse.SC_UNAUTHORIZED, apiError, apiMessage);
        } else if (Htmx.isHtmx(request)) {
            response.setHeader("HX-Redirect", target);
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        } else {
            response.sendRedirect(target);
        }
    }

    public void error(HttpServletResponse response, int status, String error, String message) throws IOException {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("message", message);
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(json.writeValueAsString(body));
    }
}
