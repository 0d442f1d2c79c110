package org.kubedeck.domain.container;

import java.util.List;

/**
 * Lines of a container's log as a read answered them.
 *
 * @param lines   oldest first, those that match the filter when there is one
 * @param scanned how many lines of the log were read to find them
 */
public record LogLines(List<String> lines, int scanned) {

    public LogLines {
        lines = List.copyOf(lines);
    }
}
