package org.kubedeck.application.desktop.port.in;

import org.kubedeck.application.desktop.port.in.DesktopQuery.DesktopView;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.user.Actor;

/** Creating, restarting, stopping and deleting desktops. Users act on their own desktop; admins on any. */
public interface ManageDesktopsUseCase {

    /**
     * Gives the actor a desktop, or reports the one they have. Returns once the objects are submitted; the pod
     * starts in the background. Values left null take the configured defaults.
     */
    Creation create(Actor actor, String cpuLimit, String memoryLimit, String storage);

    void restart(Actor actor, String desktop);

    void stop(Actor actor, String desktop);

    /** Deletes the desktop; its home volume too only when {@code deleteStorage}. */
    void delete(Actor actor, String desktop, boolean deleteStorage);

    /** Admins set the cluster desktops are made on; null returns to the configured one. */
    void chooseCluster(Actor actor, ClusterName cluster);

    /** @param created false when the actor already had the desktop returned */
    record Creation(boolean created, DesktopView desktop) {
    }
}
