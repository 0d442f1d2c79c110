package org.kubedeck.application.container;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.kubedeck.application.UseCase;
import org.kubedeck.application.container.port.in.ContainerLogsQuery;
import org.kubedeck.application.container.port.in.LogDownload;
import org.kubedeck.application.container.port.in.LogFollow;
import org.kubedeck.application.container.port.out.ContainerLogs;
import org.kubedeck.application.container.port.out.ContainerLogs.LogReader;
import org.kubedeck.application.container.port.out.LogStreams;
import org.kubedeck.application.kube.ClusterGate;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.container.ContainerRef;
import org.kubedeck.domain.container.LogLines;
import org.kubedeck.domain.container.LogQuery;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.ClusterAction;

/** Reads a container's log for a reader of its cluster; the filter keeps the lines that match, as they stream. */
@UseCase
class ContainerLogsService implements ContainerLogsQuery {

    private final ClusterGate gate;
    private final ContainerLogs logs;
    private final LogStreams streams;

    ContainerLogsService(ClusterGate gate, ContainerLogs logs, LogStreams streams) {
        this.gate = gate;
        this.logs = logs;
        this.streams = streams;
    }

    @Override
    public LogLines logs(Actor actor, ContainerRef container, LogQuery query) {
        List<String> lines = new ArrayList<>();
        int scanned;
        try (LogDownload read = download(actor, container, query)) {
            scanned = read.each(lines::add);
        }
        return new LogLines(lines, scanned);
    }

    @Override
    public LogDownload download(Actor actor, ContainerRef container, LogQuery query) {
        LogReader reader = logs.open(readable(actor, container), container, query);
        Pattern filter = query.filter().orElse(null);
        return new LogDownload() {
            @Override
            public int each(Consumer<String> line) {
                int scanned = 0;
                for (String text = reader.next(); text != null; text = reader.next()) {
                    scanned++;
                    if (filter == null || filter.matcher(text).find()) {
                        line.accept(text);
                    }
                }
                return scanned;
            }

            @Override
            public void close() {
                reader.close();
            }
        };
    }

    @Override
    public LogFollow follow(Actor actor, ContainerRef container, LogQuery query, Consumer<String> line,
            Runnable ended) {
        ClusterAccess access = readable(actor, container);
        Pattern filter = query.filter().orElse(null);
        streams.opened();
        Closeable upstream;
        try {
            upstream = logs.follow(access, container, query, text -> {
                if (filter == null || filter.matcher(text).find()) {
                    line.accept(text);
                }
            }, ended);
        } catch (RuntimeException e) {
            streams.closed();
            throw e;
        }
        AtomicBoolean closed = new AtomicBoolean();
        return () -> {
            if (closed.compareAndSet(false, true)) {
                streams.closed();
                try {
                    upstream.close();
                } catch (IOException e) {
                    // The request is over either way.
                }
            }
        };
    }

    private ClusterAccess readable(Actor actor, ContainerRef container) {
        return gate.open(actor, container.pod(), ClusterAction.VIEW, "read the log of " + container.describe());
    }
}
