package org.kubedeck.application.testing;

import java.util.Optional;
import org.kubedeck.application.desktop.port.out.DesktopSettingsStore;
import org.kubedeck.domain.cluster.ClusterName;

public class InMemoryDesktopSettingsStore implements DesktopSettingsStore {

    private volatile ClusterName chosen;

    @Override
    public Optional<ClusterName> chosenCluster() {
        return Optional.ofNullable(chosen);
    }

    @Override
    public void chooseCluster(ClusterName cluster) {
        chosen = cluster;
    }
}
