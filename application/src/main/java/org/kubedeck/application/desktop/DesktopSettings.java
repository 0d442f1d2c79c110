package org.kubedeck.application.desktop;

import java.time.Duration;
import java.util.Objects;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.desktop.DesktopAddress;
import org.kubedeck.domain.desktop.DesktopPolicy;

/**
 * How desktops are made, from {@code kubedeck.desktops.*}.
 *
 * @param configuredCluster the desktop cluster unless an admin chose another; null: none configured
 * @param maxTotal          the most desktops the console keeps at once, over all users
 * @param startTimeout      how long a desktop may take to become ready before it counts as failed
 * @param idleTimeout       a running desktop without a browser connected for this long is stopped; zero: never
 */
public record DesktopSettings(ClusterName configuredCluster, String namespace, DesktopPolicy policy, String image,
        String resolution, String homePath, DesktopAddress address, String ingressClass, String tlsSecret,
        String ingressNamespace, int maxTotal, Duration startTimeout, Duration idleTimeout) {

    public DesktopSettings {
        Objects.requireNonNull(namespace);
        Objects.requireNonNull(policy);
        Objects.requireNonNull(image);
        Objects.requireNonNull(address);
        Objects.requireNonNull(startTimeout);
        Objects.requireNonNull(idleTimeout);
    }
}
