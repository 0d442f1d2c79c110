package org.kubedeck.application.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kubedeck.application.secret.SealedSecret;
import org.kubedeck.application.version.port.out.BackupStore;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.version.Backup;
import org.kubedeck.domain.version.Backup.BackupObject;
import org.kubedeck.domain.version.ResourceKind;

/** What every BackupStore must do; run against the in-memory store and the database adapter. */
public abstract class BackupStoreContract {

    protected static final Instant T0 = Instant.parse("2026-06-01T10:00:00.123456Z");
    private static final List<BackupObject> OBJECTS = List.of(new BackupObject(ResourceKind.DEPLOYMENT, "web"),
            new BackupObject(ResourceKind.SERVICE, "web"), new BackupObject(ResourceKind.SECRET, "db-password"));
    private static final String YAML = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            ---
            apiVersion: v1
            kind: Service
            metadata:
              name: web
            ---
            apiVersion: v1
            kind: Secret
            metadata:
              name: db-password
            data:
              password: '***'
            """;

    protected abstract BackupStore store();

    /** Where a backup must belong to a registered cluster, the test registers it here. */
    protected void register(ClusterName cluster) {
    }

    protected ClusterName cluster() {
        ClusterName cluster = ClusterName.of("b" + UUID.randomUUID().toString().substring(0, 8));
        register(cluster);
        return cluster;
    }

    private Backup save(ClusterName cluster, String namespace, Instant at, SealedSecret sealed) {
        return store().save(new Backup(null, cluster, namespace, at, "alice", OBJECTS, YAML), sealed);
    }

    @Test
    void aSavedBackupGetsAnIdAndIsFoundWithItsYaml() {
        ClusterName cluster = cluster();
        Backup saved = save(cluster, "shop", T0, null);

        assertThat(saved.id()).isNotBlank();
        assertThat(saved).isEqualTo(new Backup(saved.id(), cluster, "shop", T0, "alice", OBJECTS, YAML));
        assertThat(store().find(saved.id())).contains(saved);
        assertThat(save(cluster, "shop", T0, null).id()).isNotEqualTo(saved.id());
    }

    @Test
    void anEmptyNamespaceIsABackupToo() {
        Backup empty = store().save(new Backup(null, cluster(), "empty", T0, "system", List.of(), ""), null);

        assertThat(store().find(empty.id())).hasValueSatisfying(found -> {
            assertThat(found.objects()).isEmpty();
            assertThat(found.yaml()).isEmpty();
            assertThat(found.author()).isEqualTo("system");
        });
    }

    @Test
    void theListIsNewestFirstWithoutYamlAndCanBeNarrowedToANamespace() {
        ClusterName cluster = cluster();
        Backup first = save(cluster, "shop", T0, null);
        Backup third = save(cluster, "shop", T0.plusSeconds(60), null);
        Backup second = save(cluster, "billing", T0.plusSeconds(30), null);
        save(cluster(), "shop", T0.plusSeconds(90), null);

        assertThat(store().list(cluster, "shop", 10)).extracting(Backup::id).containsExactly(third.id(), first.id());
        assertThat(store().list(cluster, null, 10)).extracting(Backup::id)
                .containsExactly(third.id(), second.id(), first.id());
        assertThat(store().list(cluster, null, 2)).extracting(Backup::id).containsExactly(third.id(), second.id());
        assertThat(store().list(cluster, null, 10)).allSatisfy(backup -> {
            assertThat(backup.yaml()).isEmpty();
            assertThat(backup.objects()).isEqualTo(OBJECTS);
            assertThat(backup.cluster()).isEqualTo(cluster);
        });
        assertThat(store().list(cluster, "staging", 10)).isEmpty();
    }

    @Test
    void secretsAreKeptSealedApartAndABackupWithoutSecretsHasNone() {
        ClusterName cluster = cluster();
        SealedSecret sealed = new SealedSecret("key-2026", "password: aHVudGVyMg==".getBytes(StandardCharsets.UTF_8));

        Backup withSecrets = save(cluster, "shop", T0, sealed);
        Backup without = save(cluster, "shop", T0, null);

        assertThat(store().sealedSecrets(withSecrets.id())).contains(sealed);
        assertThat(store().sealedSecrets(without.id())).isEmpty();
    }

    @Test
    void onlyTheIdsItGaveOutFindAnything() {
        save(cluster(), "shop", T0, null);

        for (String unknown : List.of("abc", "", "-1", "1e3", "99999999999999999999", "999999999")) {
            assertThat(store().find(unknown)).as(unknown).isEmpty();
            assertThat(store().sealedSecrets(unknown)).as(unknown).isEmpty();
        }
    }
}
