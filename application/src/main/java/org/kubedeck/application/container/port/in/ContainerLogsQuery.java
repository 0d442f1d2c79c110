package org.kubedeck.application.container.port.in;

import java.util.function.Consumer;
import org.kubedeck.domain.container.ContainerRef;
import org.kubedeck.domain.container.LogLines;
import org.kubedeck.domain.container.LogQuery;
import org.kubedeck.domain.user.Actor;

/** A container's log, for readers of its cluster. */
public interface ContainerLogsQuery {

    /** The lines the query selects, filtered by its pattern when it has one (read on the cluster). */
    LogLines logs(Actor actor, ContainerRef container, LogQuery query);

    /**
     * Opens the log for a download: the lines the query selects (with no tail, the whole log), those that match
     * its filter, read as the caller writes them out, so that memory does not grow with the log. Refusals come at
     * once; the caller closes it.
     */
    LogDownload download(Actor actor, ContainerRef container, LogQuery query);

    /**
     * Follows the log: the lines the query selects, then each new one, those that match its filter handed to
     * {@code line}, until the answer is closed or the log ends ({@code ended}). The caller closes it when its
     * reader goes away.
     */
    LogFollow follow(Actor actor, ContainerRef container, LogQuery query, Consumer<String> line, Runnable ended);
}
