package org.kubedeck.application.testing;

import java.util.HashMap;
import java.util.Map;
import org.kubedeck.application.scale.port.out.ScaleCluster;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.NotFoundException;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.quota.PodResources;

/** Deployments and StatefulSets of one cluster in memory: their replicas and pod templates; counts the writes. */
public class FakeScaleCluster implements ScaleCluster {

    private final Map<String, ScalableWorkload> workloads = new HashMap<>();
    private int writes;

    public synchronized void put(ResourceKind kind, String namespace, String name, int replicas, PodResources pod) {
        workloads.put(key(kind, namespace, name), new ScalableWorkload(replicas, pod));
    }

    public synchronized int replicas(ResourceKind kind, String namespace, String name) {
        return existing(kind, namespace, name).replicas();
    }

    public synchronized int writes() {
        return writes;
    }

    @Override
    public synchronized ScalableWorkload workload(ClusterAccess cluster, ResourceKind kind, String namespace,
            String name) {
        return existing(kind, namespace, name);
    }

    @Override
    public synchronized int scale(ClusterAccess cluster, ResourceKind kind, String namespace, String name,
            int replicas) {
        put(kind, namespace, name, replicas, existing(kind, namespace, name).pod());
        writes++;
        return replicas;
    }

    private ScalableWorkload existing(ResourceKind kind, String namespace, String name) {
        if (!kind.equals(ResourceKind.DEPLOYMENT) && !kind.equals(ResourceKind.STATEFULSET)) {
            throw new InvalidInputException("kind", kind.kind() + " has no replicas.");
        }
        ScalableWorkload found = workloads.get(key(kind, namespace, name));
        if (found == null) {
            throw new NotFoundException(kind.kind() + " " + namespace + "/" + name + " does not exist.");
        }
        return found;
    }

    private static String key(ResourceKind kind, String namespace, String name) {
        return kind.code() + "/" + namespace + "/" + name;
    }
}
