package org.kubedeck.web.support;

import jakarta.servlet.http.HttpServletRequest;

/** What the browser's htmx tells us about a request. */
public final class Htmx {

    /** Requests made by polling elements carry this header; they are not user activity. */
    public static final String BACKGROUND_HEADER = "X-Kubedeck-Background";

    private Htmx() {
    }

    public static boolean isHtmx(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request"));
    }

    public static boolean isBackground(HttpServletRequest request) {
        return "true".equals(request.getHeader(BACKGROUND_HEADER));
    }

    public static boolean isApi(HttpServletRequest request) {
        return path(request).startsWith("/api/");
    }

    /** The request's path within the application, without the context path. */
    public static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
