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

    LogQuery query() {
        return new LogQuery(tailLines == null || tailLines.isBlank() ? LogQuery.DEFAULT_LINES
                : number("tail_lines", tailLines), sinceSeconds == null || sinceSeconds.isBlank() ? null
                : number("since_seconds", sinceSeconds), yes(timestamps), yes(previous), grep, yes(matchCase));
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
