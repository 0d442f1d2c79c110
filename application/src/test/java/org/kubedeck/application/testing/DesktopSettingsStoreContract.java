package org.kubedeck.application.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kubedeck.application.desktop.port.out.DesktopSettingsStore;
import org.kubedeck.domain.cluster.ClusterName;

/** What every DesktopSettingsStore must do; run against the in-memory store and the database adapter. */
public abstract class DesktopSettingsStoreContract extends PortContract<DesktopSettingsStore> {

    protected DesktopSettingsStoreContract(DesktopSettingsStore store) {
        super(store, ReferencedRows.NONE);
    }

    protected DesktopSettingsStore store() {
        return port();
    }

    @Test
    void aChoiceIsKeptUntilReplacedOrCleared() {
        store().chooseCluster(ClusterName.of("east"));
        assertThat(store().chosenCluster()).contains(ClusterName.of("east"));

        store().chooseCluster(ClusterName.of("west"));
        assertThat(store().chosenCluster()).contains(ClusterName.of("west"));

        store().chooseCluster(null);
        assertThat(store().chosenCluster()).isEmpty();

        store().chooseCluster(ClusterName.of("east"));
        assertThat(store().chosenCluster()).contains(ClusterName.of("east"));
    }

    @Test
    void clearingWhenNothingIsChosenLeavesNothingChosen() {
        store().chooseCluster(null);
        store().chooseCluster(null);
        assertThat(store().chosenCluster()).isEmpty();
    }
}
