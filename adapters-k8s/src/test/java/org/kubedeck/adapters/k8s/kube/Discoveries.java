package org.kubedeck.adapters.k8s.kube;

import org.kubedeck.adapters.k8s.KubernetesCalls;
import org.kubedeck.application.kube.port.out.KindDiscovery;

/** The discovery adapter for tests of other packages: a new one has nothing cached. */
public final class Discoveries {

    private Discoveries() {
    }

    public static KindDiscovery fresh(KubernetesCalls calls) {
        return new KindDiscoveryKubernetesAdapter(calls);
    }
}
