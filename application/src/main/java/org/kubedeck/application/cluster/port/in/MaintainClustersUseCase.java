package org.kubedeck.application.cluster.port.in;

/** What the console does for its clusters by itself, in the background or at start. */
public interface MaintainClustersUseCase {

    /** Probes every cluster, in parallel and each within its timeout, and records the health. */
    void refreshHealth();

    /** Seals every kubeconfig still sealed under an older key under the current one; returns how many. */
    int resealKubeconfigs();
}
