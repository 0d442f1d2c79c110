package org.kubedeck.application.desktop.port.in;

import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.user.Actor;

/** Admins set the cluster desktops are made on. */
public interface ChooseDesktopClusterUseCase {

    /** {@code cluster} must be registered and readable; null returns to the configured one. */
    void chooseCluster(Actor actor, ClusterName cluster);
}
