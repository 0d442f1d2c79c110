package org.kubedeck.application.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.kubedeck.application.workload.port.out.RestoreSchedule;
import org.kubedeck.domain.cluster.ClusterName;

public class InMemoryRestoreSchedule implements RestoreSchedule {

    private final Map<String, PlannedRestore> planned = new ConcurrentHashMap<>();

    private static String key(ClusterName cluster, String namespace, String pod) {
        return cluster.value() + "/" + namespace + "/" + pod;
    }

    @Override
    public void plan(PlannedRestore restore) {
        planned.put(key(restore.cluster(), restore.namespace(), restore.pod()), restore);
    }

    @Override
    public synchronized List<PlannedRestore> takeDue(Instant now, int limit) {
        List<PlannedRestore> due = planned.values().stream().filter(r -> !r.dueAt().isAfter(now))
                .sorted(Comparator.comparing(PlannedRestore::dueAt)).limit(limit).toList();
        due.forEach(r -> planned.remove(key(r.cluster(), r.namespace(), r.pod())));
        return new ArrayList<>(due);
    }

    @Override
    public void cancel(ClusterName cluster, String namespace, Collection<String> pods) {
        pods.forEach(pod -> planned.remove(key(cluster, namespace, pod)));
    }

    @Override
    public List<PlannedRestore> planned(ClusterName cluster, String namespace) {
        return planned.values().stream().filter(r -> r.cluster().equals(cluster) && r.namespace().equals(namespace))
                .sorted(Comparator.comparing(PlannedRestore::pod)).toList();
    }
}
