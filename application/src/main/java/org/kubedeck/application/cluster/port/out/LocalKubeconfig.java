package org.kubedeck.application.cluster.port.out;

import java.util.Optional;
import org.kubedeck.domain.cluster.Kubeconfig;

/** The kubeconfig of the machine the console runs on ({@code KUBECONFIG} or {@code ~/.kube/config}), if any. */
public interface LocalKubeconfig {

    Optional<Found> find();

    record Found(String path, Kubeconfig kubeconfig) {
    }
}
