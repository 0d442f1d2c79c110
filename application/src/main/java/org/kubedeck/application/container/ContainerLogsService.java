package org.kubedeck.application.container;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.kubedeck.application.UseCase;
import org.kubedeck.application.container.port.in.ContainerLogsQuery;
import org.kubedeck.application.container.port.out.ContainerLogs;
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

    ContainerLogsService(ClusterGate gate, ContainerLogs logs) {
        this.gate = gate;
        this.logs = logs;
    }

    @Override
    public LogLines logs(Actor actor, ContainerRef container, LogQuery query) {
        ClusterAccess access = gate.open(actor, container.pod(), ClusterAction.VIEW,
                "read the log of " + container.describe());
        Pattern filter = query.filter().orElse(null);
        List<String> lines = new ArrayList<>();
        AtomicInteger scanned = new AtomicInteger();
        logs.read(access, container, query, line -> {
            scanned.incrementAndGet();
            if (filter == null || filter.matcher(line).find()) {
                lines.add(line);
            }
        });
        return new LogLines(lines, scanned.get());
    }
}
