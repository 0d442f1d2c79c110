package org.kubedeck.application.container.port.in;

import org.kubedeck.domain.container.ContainerRef;
import org.kubedeck.domain.container.LogLines;
import org.kubedeck.domain.container.LogQuery;
import org.kubedeck.domain.user.Actor;

/** A container's log, for readers of its cluster. */
public interface ContainerLogsQuery {

    /** The lines the query selects, filtered by its pattern when it has one (read on the cluster). */
    LogLines logs(Actor actor, ContainerRef container, LogQuery query);
}
