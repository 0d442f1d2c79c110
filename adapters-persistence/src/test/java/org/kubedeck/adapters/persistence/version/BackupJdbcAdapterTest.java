package org.kubedeck.adapters.persistence.version;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.kubedeck.adapters.persistence.PostgresTest;
import org.kubedeck.adapters.persistence.testing.Rows;
import org.kubedeck.application.cluster.port.out.ClusterStore;
import org.kubedeck.application.secret.SealedSecret;
import org.kubedeck.application.testing.BackupStoreContract;
import org.kubedeck.application.version.port.out.BackupStore;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.version.Backup;
import org.kubedeck.domain.version.Backup.BackupObject;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PostgresTest
class BackupJdbcAdapterTest extends BackupStoreContract {

    @Autowired
    ClusterStore clusters;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    BackupJdbcAdapterTest(BackupStore store, Rows rows) {
        super(store, rows);
    }

    /** A row as the schema before backups were sealed whole had it, its columns since renamed legacy_. */
    @Override
    protected String savePlain(ClusterName cluster, String namespace, List<BackupObject> objects, String yaml,
            SealedSecret secrets) {
        return jdbc.sql("""
                insert into backups (cluster, namespace, created_at, author, objects, legacy_yaml, legacy_key_id,
                                     legacy_sealed_secrets)
                values (?, ?, ?, 'alice', ?, ?, ?, ?)
                returning id
                """).params(cluster.value(), namespace, Timestamp.from(T0), objects.stream()
                        .map(object -> object.kind().code() + "/" + object.name()).collect(Collectors.joining("\n")),
                yaml, secrets == null ? null : secrets.keyId(), secrets == null ? null : secrets.sealed())
                .query(Long.class).single().toString();
    }

    @Test
    void removingTheClusterRemovesItsBackups() {
        ClusterName cluster = cluster();
        Backup backup = store().save(new Backup(null, cluster, "shop", T0, "alice", List.of(), ""),
                new SealedSecret("k", new byte[] {2}));

        clusters.delete(cluster);

        assertThat(store().find(backup.id())).isEmpty();
        assertThat(store().seal(backup.id(), new SealedSecret("k", new byte[] {3}))).isFalse();
    }
}
