package org.kubedeck.application.unified.port.out;

import java.util.List;
import java.util.Optional;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.kube.LabelSelector;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.resource.ResourceTable;

/**
 * The objects the console's watches hold: those of the namespaces someone is looking at in the pod console (pods,
 * Services, Deployments, StatefulSets and DaemonSets). Reading them sends nothing to the API server.
 */
public interface WatchedObjects {

    /**
     * The namespace's objects of the kind whose name contains {@code name} (any case; empty: any) and that the
     * selector matches (rows without cells), when the namespace is
     * watched, its watches are live and the kind is one of theirs; empty otherwise, and the caller reads the
     * objects itself. Asking neither starts a watch nor keeps one from stopping when idle.
     */
    Optional<List<ResourceTable.Row>> watched(ClusterAccess cluster, ResourceKind kind, String namespace,
            String name, LabelSelector selector);
}
