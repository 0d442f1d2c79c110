package org.kubedeck.domain.container;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * One line of a log merged from several pods: the pod and container that wrote it, when (the kubelet's
 * timestamp), and what.
 *
 * @param time null when the line came without a readable timestamp
 */
public record PodLogLine(String pod, String container, Instant time, String text) {

    /** A line as the kubelet sends it with timestamps: {@code 2026-12-07T10:39:38.517123456Z text}. */
    public static PodLogLine parse(String pod, String container, String line) {
        int space = line.indexOf(' ');
        if (space > 0) {
            try {
                return new PodLogLine(pod, container, Instant.parse(line.substring(0, space)),
                        line.substring(space + 1));
            } catch (DateTimeParseException e) {
                // A line without a timestamp: kept whole.
            }
        }
        return new PodLogLine(pod, container, null, line);
    }
}
