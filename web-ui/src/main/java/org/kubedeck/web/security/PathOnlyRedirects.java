package org.kubedeck.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.security.web.RedirectStrategy;

/**
 * Redirects that carry a path only. The page a visitor asked for before signing in is kept as a whole URL, built
 * from the request's host; behind a proxy that host may be the console's own address, which the browser cannot
 * reach (and which the pages' {@code form-action 'self'} refuses). Only its path and query are kept, so the
 * redirect goes back through whatever address the browser used, and never to another host.
 */
final class PathOnlyRedirects implements RedirectStrategy {

    @Override
    public void sendRedirect(HttpServletRequest request, HttpServletResponse response, String url)
            throws IOException {
        response.sendRedirect(response.encodeRedirectURL(pathOf(request.getContextPath(), url)));
    }

    /** A whole URL's path and query (its path includes the context path); a path, under the context path. */
    static String pathOf(String contextPath, String url) {
        URI target = URI.create(url);
        if (target.getScheme() == null && target.getRawAuthority() == null) {
            return contextPath + url;
        }
        // One leading slash, never two: "//host/..." would send the browser to that host.
        String path = "/" + (target.getRawPath() == null ? "" : target.getRawPath().replaceFirst("^/+", ""));
        return target.getRawQuery() == null ? path : path + "?" + target.getRawQuery();
    }
}
