package org.kubedeck.web.container;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One line of a log as the page draws it: its parts, the ones the filter matched marked. */
record LogLine(List<Part> parts) {

    record Part(String text, boolean match) {
    }

    static LogLine of(String line, Pattern filter) {
        List<Part> parts = new ArrayList<>();
        if (filter == null) {
            return new LogLine(List.of(new Part(line, false)));
        }
        Matcher match = filter.matcher(line);
        int at = 0;
        while (match.find()) {
            if (match.end() == match.start()) {
                continue;
            }
            if (match.start() > at) {
                parts.add(new Part(line.substring(at, match.start()), false));
            }
            parts.add(new Part(match.group(), true));
            at = match.end();
        }
        if (at < line.length() || parts.isEmpty()) {
            parts.add(new Part(line.substring(at), false));
        }
        return new LogLine(List.copyOf(parts));
    }
}
