package org.kubedeck.domain.container;

import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;

/**
 * Which lines of a container's log to read: the last {@code tailLines}, those of the last {@code sinceSeconds},
 * with the kubelet's timestamps or not, of the running container or of its previous instance, and only those that
 * match {@code grep} (a regular expression, case-insensitive unless {@code matchCase}).
 *
 * @param tailLines    1 to {@value #MOST_LINES}, the lines a read answers at most; null for the whole log (a
 *                     download)
 * @param sinceSeconds null for the whole log; else at least 1
 */
public record LogQuery(Integer tailLines, Integer sinceSeconds, boolean timestamps, boolean previous, String grep,
        boolean matchCase) {

    public static final int MOST_LINES = 100_000;
    public static final int DEFAULT_LINES = 1_000;
    /** A pattern longer than this is refused: it is typed by a person, not generated. */
    private static final int MOST_PATTERN = 1_000;

    public LogQuery {
        if (tailLines != null && (tailLines < 1 || tailLines > MOST_LINES)) {
            throw new InvalidInputException("tail_lines", Message.of("container.tailLines",
                    "tail_lines is a number of lines from 1 to {0}.", MOST_LINES));
        }
        if (sinceSeconds != null && sinceSeconds < 1) {
            throw new InvalidInputException("since_seconds", Message.of("container.sinceSeconds",
                    "since_seconds is a number of seconds, at least 1."));
        }
        grep = grep == null || grep.isEmpty() ? null : grep;
        if (grep != null) {
            compile(grep, matchCase);
        }
    }

    /** The last {@value #DEFAULT_LINES} lines, as they are. */
    public static LogQuery latest() {
        return tail(DEFAULT_LINES);
    }

    /** The last {@code lines} lines, as they are. */
    public static LogQuery tail(int lines) {
        return new LogQuery(lines, null, false, false, null, false);
    }

    /** The same lines, each with the kubelet's timestamp: what merging several logs in time order needs. */
    public LogQuery stamped() {
        return new LogQuery(tailLines, sinceSeconds, true, previous, grep, matchCase);
    }

    /** The filter, when there is one. */
    public Optional<Pattern> filter() {
        return Optional.ofNullable(grep).map(text -> compile(text, matchCase));
    }

    private static Pattern compile(String grep, boolean matchCase) {
        if (grep.length() > MOST_PATTERN) {
            throw new InvalidInputException("grep", Message.of("container.grepTooLong",
                    "A filter has at most {0} characters.", MOST_PATTERN));
        }
        try {
            return Pattern.compile(grep, matchCase ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        } catch (PatternSyntaxException e) {
            throw new InvalidInputException("grep", Message.of("container.grepNotPattern",
                    "'{0}' is not a regular expression: {1}", grep, e.getDescription()));
        }
    }
}
