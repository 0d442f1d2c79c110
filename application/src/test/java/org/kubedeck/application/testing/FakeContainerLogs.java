package org.kubedeck.application.testing;

import java.io.Closeable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.kubedeck.application.container.port.out.ContainerLogs;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.NotFoundException;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.container.ContainerRef;
import org.kubedeck.domain.container.LogQuery;

/**
 * Logs as the API server answers them: a pod that is not written here does not exist (404); a container that is
 * waiting has no log yet (400); a log has as many lines as written, of which a tail is read.
 */
public class FakeContainerLogs implements ContainerLogs {

    private final Map<String, Integer> lines = new HashMap<>();
    private final Set<String> waiting = new HashSet<>();

    /** The pod's container has written {@code count} lines: "line 1", "line 2"... */
    public synchronized void wrote(ContainerRef container, int count) {
        lines.put(container.describe(), count);
    }

    public synchronized void waiting(ContainerRef container) {
        waiting.add(container.describe());
    }

    @Override
    public synchronized LogReader open(ClusterAccess cluster, ContainerRef container, LogQuery query) {
        if (waiting.contains(container.describe())) {
            throw new InvalidInputException("container", "container " + container.container()
                    + " is waiting to start");
        }
        Integer count = lines.get(container.describe());
        if (count == null) {
            throw new NotFoundException("Pod " + container.podName() + " does not exist.");
        }
        int from = query.tailLines() == null ? 1 : Math.max(1, count - query.tailLines() + 1);
        Iterator<String> read = numbered(from, count).iterator();
        return new LogReader() {
            @Override
            public String next() {
                return read.hasNext() ? read.next() : null;
            }

            @Override
            public void close() {
                // Nothing is held.
            }
        };
    }

    @Override
    public Closeable follow(ClusterAccess cluster, ContainerRef container, LogQuery query, Consumer<String> line,
            Runnable ended) {
        try (LogReader reader = open(cluster, container, query)) {
            for (String text = reader.next(); text != null; text = reader.next()) {
                line.accept(text);
            }
        }
        ended.run();
        return () -> { };
    }

    /** For tests that need the lines a tail reads. */
    public static List<String> numbered(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(n -> "line " + n).toList();
    }
}
