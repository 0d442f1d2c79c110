package org.kubedeck.web.security;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The pages that may show the console in a frame: none (the default), or the origins listed, as a main application
 * that embeds it. Said to the browser by the Content-Security-Policy's {@code frame-ancestors}; while none may,
 * also by {@code X-Frame-Options: DENY} for browsers that know only that.
 *
 * @param origins each {@code https://host[:port]} (or {@code http://}), or {@code 'self'}
 */
public record FrameAncestors(List<String> origins) {

    private static final Pattern ORIGIN = Pattern.compile("'self'|https?://(\\*\\.)?[A-Za-z0-9.-]+(:\\d{1,5})?");

    public FrameAncestors {
        origins = origins.stream().map(String::strip).filter(origin -> !origin.isEmpty()).toList();
        for (String origin : origins) {
            if (!ORIGIN.matcher(origin).matches()) {
                throw new IllegalArgumentException("kubedeck.web.frame-ancestors: '" + origin + "' is not an origin "
                        + "such as https://portal.example.com, nor 'self'");
            }
        }
    }

    public static final FrameAncestors NONE = new FrameAncestors(List.of());

    public boolean none() {
        return origins.isEmpty();
    }

    /** The Content-Security-Policy directive. */
    public String directive() {
        return "frame-ancestors " + (none() ? "'none'" : String.join(" ", origins));
    }
}
