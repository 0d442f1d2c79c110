package org.kubedeck.adapters.k8s;

import java.time.Duration;

/**
 * What the Kubernetes adapter is configured with ({@code kubedeck.clusters.*}, typed and defaulted in bootstrap).
 *
 * @param cacheIdle       how long a namespace is watched after its last read
 * @param allowedNetworks the networks API servers may be in
 */
public record KubernetesSettings(Duration cacheIdle, AllowedNetworks allowedNetworks) {

    public KubernetesSettings {
        if (cacheIdle.isNegative() || cacheIdle.isZero()) {
            throw new IllegalArgumentException("kubedeck.clusters.cache-idle must be positive, not " + cacheIdle);
        }
    }
}
