package org.kubedeck.adapters.persistence.version;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kubedeck.adapters.persistence.PostgresTest;
import org.kubedeck.adapters.persistence.testing.Rows;
import org.kubedeck.application.cluster.port.out.ClusterStore;
import org.kubedeck.application.secret.SealedSecret;
import org.kubedeck.application.testing.BackupStoreContract;
import org.kubedeck.application.version.port.out.BackupStore;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.version.Backup;
import org.springframework.beans.factory.annotation.Autowired;

@PostgresTest
class BackupJdbcAdapterTest extends BackupStoreContract {

    @Autowired
    BackupStore store;

    @Autowired
    ClusterStore clusters;

    @Override
    protected BackupStore store() {
        return store;
    }

    /** Backups belong to a registered cluster, and go when it goes. */
    @Override
    protected void register(ClusterName cluster) {
        Rows.cluster(clusters, cluster);
    }

    @Test
    void removingTheClusterRemovesItsBackups() {
        ClusterName cluster = cluster();
        Backup backup = store.save(new Backup(null, cluster, "shop", T0, "alice", List.of(), ""),
                new SealedSecret("k", new byte[] {2}));

        clusters.delete(cluster);

        assertThat(store.find(backup.id())).isEmpty();
        assertThat(store.sealedSecrets(backup.id())).isEmpty();
    }
}
