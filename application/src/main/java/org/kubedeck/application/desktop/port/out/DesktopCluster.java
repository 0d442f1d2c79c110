package org.kubedeck.application.desktop.port.out;

import java.util.List;
import java.util.Optional;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.desktop.ClusterCapacity;
import org.kubedeck.domain.desktop.DesktopAddress;
import org.kubedeck.domain.desktop.DesktopEvent;
import org.kubedeck.domain.desktop.DesktopNames;
import org.kubedeck.domain.desktop.DesktopResources;
import org.kubedeck.domain.desktop.DesktopState;
import org.kubedeck.domain.user.Username;

/**
 * Desktops as objects in a cluster. Everything created carries the labels {@code app.kubernetes.io/managed-by=kubedeck}
 * and {@code kubedeck.io/user=<key>} and the annotation {@code kubedeck.io/username=<exact username>}, so the
 * desktops can be listed from the cluster alone. Every method throws ClusterUnavailableException when the
 * cluster cannot be reached in time.
 */
public interface DesktopCluster {

    /**
     * Submits the desktop's objects and returns without waiting for the pod: the namespace (when missing), the
     * password Secret, the home PVC, the StatefulSet, the Service, the Ingress and the NetworkPolicy. Objects
     * that already exist are kept as they are, so an earlier home volume (and its password) is reused. Returns
     * the VNC password in force: the spec's, or the one of a Secret that already existed.
     */
    String provision(ClusterAccess cluster, DesktopSpec spec);

    /** The desktop of these names, or empty when its StatefulSet does not exist. */
    Optional<DesktopState> find(ClusterAccess cluster, String namespace, DesktopNames names);

    /** Every desktop in the namespace (StatefulSets labelled as managed by the console), sorted by name. */
    List<DesktopState> list(ClusterAccess cluster, String namespace);

    /** The newest events about the desktop's StatefulSet, pod and PVC, newest first, at most {@code limit}. */
    List<DesktopEvent> events(ClusterAccess cluster, String namespace, DesktopNames names, int limit);


    /** Replaces the pod with a fresh one (its StatefulSet makes it again); a stopped desktop is started. */
    void restart(ClusterAccess cluster, String namespace, DesktopNames names);

    /** Scales the desktop to no pod, keeping every object and the home volume. */
    void stop(ClusterAccess cluster, String namespace, DesktopNames names);

    /** Deletes the desktop's objects; the home PVC only when {@code deleteStorage}. Missing objects are no error. */
    void delete(ClusterAccess cluster, String namespace, DesktopNames names, boolean deleteStorage);

    /**
     * How many browsers are connected to the desktop's noVNC now, read from the desktop container's socket
     * tables (an exec of {@code cat /proc/net/tcp /proc/net/tcp6}). NotFoundException when no pod runs.
     */
    int noVncConnections(ClusterAccess cluster, String namespace, DesktopNames names);

    /** The VNC password in the desktop's Secret, or empty when the Secret is missing. */
    Optional<String> vncPassword(ClusterAccess cluster, String namespace, DesktopNames names);

    /** What the cluster's nodes can hold and what all its pods request. */
    ClusterCapacity capacity(ClusterAccess cluster);

    /**
     * What to create for one desktop.
     *
     * @param image       the desktop container image
     * @param resolution  {@code VNC_RESOLUTION}, such as {@code 1920x1080}
     * @param vncPassword a fresh random password, used only when the Secret does not exist yet
     * @param homePath    where the home PVC is mounted in the container
     * @param ingressClass the IngressClass of the desktops' Ingress; blank: the cluster's default
     * @param tlsSecret   the TLS Secret for the desktops' host; blank: no TLS section
     * @param ingressNamespace the namespace of the ingress controller, the only traffic the NetworkPolicy admits
     */
    record DesktopSpec(DesktopNames names, Username owner, String namespace, DesktopResources resources,
            String image, String resolution, String vncPassword, String homePath, DesktopAddress address,
            String ingressClass, String tlsSecret, String ingressNamespace) {
    }
}
