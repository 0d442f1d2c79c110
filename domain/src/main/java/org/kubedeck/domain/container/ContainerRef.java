package org.kubedeck.domain.container;

import java.util.Objects;
import java.util.regex.Pattern;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.kube.ResourceRef;

/** One container of one pod: what logs, commands and files are read from. */
public record ContainerRef(ResourceRef pod, String container) {

    /** A container's name is a DNS label. */
    private static final Pattern NAME = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");

    public ContainerRef {
        Objects.requireNonNull(pod);
        if (!pod.kind().equals(ResourceKind.POD)) {
            throw new IllegalArgumentException(pod + " is not a pod");
        }
        if (container == null || container.length() > 63 || !NAME.matcher(container).matches()) {
            throw new InvalidInputException("container", Message.of("container.notContainerName",
                    "'{0}' is not a container name.", container));
        }
    }

    public static ContainerRef of(ClusterName cluster, String namespace, String pod, String container) {
        return new ContainerRef(new ResourceRef(cluster, namespace, ResourceKind.POD, pod), container);
    }

    public ClusterName cluster() {
        return pod.cluster();
    }

    public String namespace() {
        return pod.namespace();
    }

    public String podName() {
        return pod.name();
    }

    /** {@code shop/web-0/main}, for messages and audit targets. */
    public String describe() {
        return pod.namespace() + "/" + pod.name() + "/" + container;
    }
}
