package org.kubedeck.application.container.port.out;

import java.io.Closeable;
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

    /**
     * Follows the log: the lines the query selects, then each new one as the kubelet writes it, handed to
     * {@code line} on a thread of the adapter's, until the answer is closed or the log ends (then {@code ended}
     * runs once). Refusals come at once, as {@link #read}'s do. Closing ends the request to the API server.
     */
    Closeable follow(ClusterAccess cluster, ContainerRef container, LogQuery query, Consumer<String> line,
            Runnable ended);
}
