package org.kubedeck.application.data.port.out;

import java.util.List;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.kube.ResourceKind;

/**
 * The data of ConfigMaps and Secrets, key by key, values in clear. Every method throws ClusterUnavailableException
 * when the cluster cannot be reached in time and NotFoundException when there is no such object.
 */
public interface DataCluster {

    /** Every key: a ConfigMap's {@code data} and {@code binaryData}, a Secret's {@code data} decoded; by key. */
    List<Value> values(ClusterAccess cluster, ResourceKind kind, String namespace, String name);

    /**
     * Sets one key ({@code data}; a Secret's value is encoded) and leaves the others, in one JSON merge patch;
     * InvalidInputException (field {@code value}) with the API server's words when it refuses the result.
     */
    void set(ClusterAccess cluster, ResourceKind kind, String namespace, String name, String key, byte[] value);

    /** Removes one key (no error when it is not there). */
    void remove(ClusterAccess cluster, ResourceKind kind, String namespace, String name, String key);

    /** @param binary from a ConfigMap's {@code binaryData} */
    record Value(String key, byte[] bytes, boolean binary) {
    }
}
