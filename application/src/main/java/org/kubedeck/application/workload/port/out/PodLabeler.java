package org.kubedeck.application.workload.port.out;

import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.kube.LiveResource;

/** Changes pod labels in a cluster, one request per pod. */
public interface PodLabeler {

    /**
     * Sets one label on one pod (a JSON merge patch; setting the value it already has is harmless) and returns
     * the pod as the API server answered, as its history records it: one request, nothing read again.
     * NotFoundException when the pod does not exist.
     */
    LiveResource setLabel(ClusterAccess cluster, String namespace, String pod, String key, String value);
}
