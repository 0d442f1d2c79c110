package org.kubedeck.web.container;

import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.container.LogQuery;

/**
 * The parameters of a log read as a request gives them ({@code tail_lines}, {@code since_seconds},
 * {@code timestamps}, {@code previous}, {@code grep}, {@code match_case}); a number that is not one is refused
 * naming its parameter.
 */
record LogParams(String tailLines, String sinceSeconds, boolean timestamps, boolean previous, String grep,
        boolean matchCase) {

    LogQuery query() {
        return new LogQuery(tailLines == null || tailLines.isBlank() ? LogQuery.DEFAULT_LINES
                : number("tail_lines", tailLines), sinceSeconds == null || sinceSeconds.isBlank() ? null
                : number("since_seconds", sinceSeconds), timestamps, previous, grep, matchCase);
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
