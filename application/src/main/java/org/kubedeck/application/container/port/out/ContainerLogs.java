package org.kubedeck.application.container.port.out;

import java.io.Closeable;
import java.util.function.Consumer;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.container.ContainerRef;
import org.kubedeck.domain.container.LogQuery;

/** A container's log, read from the cluster as it streams it, so that no whole log is held at once. */
public interface ContainerLogs {

    /**
     * Opens the log the query selects (its tail, since, timestamps and previous instance; not its filter), whose
     * lines are then read one at a time, oldest first, as the API server sends them. Refusals come at once:
     * NotFoundException when the pod does not exist; InvalidInputException, field {@code container}, when the
     * container is not one of the pod's or has no log of the kind asked for (no previous instance, not started).
     */
    LogReader open(ClusterAccess cluster, ContainerRef container, LogQuery query);

    /**
     * Follows the log: the lines the query selects, then each new one as the kubelet writes it, handed to
     * {@code line} on a thread of the adapter's, until the answer is closed or the log ends (then {@code ended}
     * runs once). Refusals come at once, as {@link #open}'s do. Closing ends the request to the API server.
     */
    Closeable follow(ClusterAccess cluster, ContainerRef container, LogQuery query, Consumer<String> line,
            Runnable ended);

    /** An open log. Closing it ends the request, also while another thread waits in {@link #next}. */
    interface LogReader extends AutoCloseable {

        /** The next line, waiting for it; null at the end of the log (or once closed). */
        String next();

        @Override
        void close();
    }
}
