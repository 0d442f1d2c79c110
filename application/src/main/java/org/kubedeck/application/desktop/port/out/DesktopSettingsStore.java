package org.kubedeck.application.desktop.port.out;

import java.util.Optional;
import org.kubedeck.domain.cluster.ClusterName;

/** The desktop cluster an admin chose on the Desktops page; it overrides {@code kubedeck.desktops.cluster}. */
public interface DesktopSettingsStore {

    Optional<ClusterName> chosenCluster();

    /** Null clears the choice, so the configured cluster applies again. */
    void chooseCluster(ClusterName cluster);
}
