package org.kubedeck.application.container.port.out;

import java.util.function.Consumer;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.container.ContainerRef;
import org.kubedeck.domain.container.LogQuery;

/** A container's log, read from the cluster as it streams it. */
public interface ContainerLogs {

    /**
     * Hands each line of the log the query selects (its tail, since, timestamps and previous instance; not its
     * filter) to {@code line}, oldest first, as the API server sends them, so that no whole log is held at once.
     * NotFoundException when the pod does not exist; InvalidInputException, field {@code container}, when the
     * container is not one of the pod's or has no log of the kind asked for (no previous instance, not started).
     */
    void read(ClusterAccess cluster, ContainerRef container, LogQuery query, Consumer<String> line);
}
