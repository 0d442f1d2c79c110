package org.kubedeck.web.container;

import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.container.LogQuery;
import org.springframework.web.bind.annotation.BindParam;

/**
 * The parameters of a log read, bound from the request ({@code ?tail_lines=&since_seconds=&timestamps=
 * &previous=&grep=&match_case=}); anything missing takes its default, and a number that is not one is refused
 * naming its parameter.
 */
record LogParams(@BindParam("tail_lines") String tailLines, @BindParam("since_seconds") String sinceSeconds,
        Boolean timestamps, Boolean previous, String grep, @BindParam("match_case") Boolean matchCase) {

    static final int PER_POD = 200;

    LogQuery query() {
        return query(LogQuery.DEFAULT_LINES);
    }

    /** For the logs of several pods: without {@code tail_lines}, the last {@value #PER_POD} lines of each. */
    LogQuery perPod() {
        return query(PER_POD);
    }

    /** For a download: without {@code tail_lines}, the whole log. */
    LogQuery whole() {
        return query(null);
    }

    private LogQuery query(Integer defaultLines) {
        return new LogQuery(blank(tailLines) ? defaultLines : Integer.valueOf(number("tail_lines", tailLines)),
                blank(sinceSeconds) ? null : number("since_seconds", sinceSeconds), yes(timestamps), yes(previous),
                grep, yes(matchCase));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** The same, of the container's running instance: a followed log is never the previous one's. */
    LogQuery following() {
        return new LogParams(tailLines, sinceSeconds, timestamps, false, grep, matchCase).query();
    }

    private static boolean yes(Boolean flag) {
        return Boolean.TRUE.equals(flag);
    }

    private static int number(String field, String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, Message.of("container.notNumber", "{0} is not a number: {1}",
                    field, text));
        }
    }
}
