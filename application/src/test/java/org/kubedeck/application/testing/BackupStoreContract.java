package org.kubedeck.application.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kubedeck.application.secret.SealedSecret;
import org.kubedeck.application.version.port.out.BackupStore;
import org.kubedeck.application.version.port.out.BackupStore.PlainBackup;
import org.kubedeck.application.version.port.out.BackupStore.SealedBackup;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.version.Backup;
import org.kubedeck.domain.version.Backup.BackupObject;


/** What every BackupStore must do; run against the in-memory store and the database adapter. */
public abstract class BackupStoreContract extends PortContract<BackupStore> {

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

    private static final SealedSecret CONTENT = sealed("key-2026", YAML);
    private static final Set<String> PREVIOUS = Set.of("old", "older");

    protected BackupStoreContract(BackupStore store, ReferencedRows rows) {
        super(store, rows);
    }

    protected BackupStore store() {
        return port();
    }

    /**
     * Stores a backup as the store kept it before backups were sealed whole: its YAML in the clear and its Secrets
     * sealed apart ({@code null} when none); returns its id.
     */
    protected abstract String savePlain(ClusterName cluster, String namespace, List<BackupObject> objects,
            String yaml, SealedSecret secrets);

    private static SealedSecret sealed(String keyId, String text) {
        return new SealedSecret(keyId, text.getBytes(StandardCharsets.UTF_8));
    }

    private Backup save(ClusterName cluster, String namespace, Instant at, SealedSecret content) {
        return store().save(new Backup(null, cluster, namespace, at, "alice", OBJECTS, ""), content);
    }

    @Test
    void aSavedBackupGetsAnIdAndIsFoundWithItsSealedContent() {
        ClusterName cluster = cluster();
        Backup saved = save(cluster, "shop", T0, CONTENT);

        assertThat(saved.id()).isNotBlank();
        assertThat(saved).isEqualTo(new Backup(saved.id(), cluster, "shop", T0, "alice", OBJECTS, ""));
        assertThat(store().find(saved.id())).contains(new SealedBackup(saved, CONTENT));
        assertThat(save(cluster, "shop", T0, CONTENT).id()).isNotEqualTo(saved.id());
    }

    @Test
    void aBackupsYamlIsNeverStoredInTheClear() {
        ClusterName cluster = cluster();
        assertThatThrownBy(() -> store().save(new Backup(null, cluster, "shop", T0, "alice", OBJECTS, YAML),
                CONTENT)).isInstanceOf(IllegalArgumentException.class);
        assertThat(store().list(cluster, null, 10)).isEmpty();
    }

    @Test
    void anEmptyNamespaceIsABackupToo() {
        Backup empty = store().save(new Backup(null, cluster(), "empty", T0, "system", List.of(), ""),
                sealed("key-2026", ""));

        assertThat(store().find(empty.id())).hasValueSatisfying(found -> {
            assertThat(found.summary().objects()).isEmpty();
            assertThat(found.summary().author()).isEqualTo("system");
            assertThat(found.content().sealed()).isEmpty();
        });
    }

    @Test
    void theListIsNewestFirstWithoutYamlAndCanBeNarrowedToANamespace() {
        ClusterName cluster = cluster();
        Backup first = save(cluster, "shop", T0, CONTENT);
        Backup third = save(cluster, "shop", T0.plusSeconds(60), CONTENT);
        Backup second = save(cluster, "billing", T0.plusSeconds(30), CONTENT);
        save(cluster(), "shop", T0.plusSeconds(90), CONTENT);

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

    /** Other tests' backups may share the store: these look only at their own. */
    @Test
    void theKeyRotationFindsBackupsSealedUnderPreviousKeysInBatchesAndSealsThemAgain() {
        ClusterName cluster = cluster();
        Backup current = save(cluster, "shop", T0, sealed("new", YAML));
        Backup first = save(cluster, "shop", T0, sealed("old", YAML));
        Backup second = save(cluster, "shop", T0, sealed("older", YAML));
        Backup lost = save(cluster, "shop", T0, sealed("forgotten", YAML));

        assertThat(store().sealedUnder(PREVIOUS, Integer.MAX_VALUE)).extracting(found -> found.summary().id())
                .doesNotContain(current.id(), lost.id());
        assertThat(store().sealedUnder(PREVIOUS, Integer.MAX_VALUE)).contains(new SealedBackup(first,
                sealed("old", YAML)), new SealedBackup(second, sealed("older", YAML)));
        assertThat(store().sealedUnder(PREVIOUS, 1)).hasSize(1);
        assertThat(store().sealedUnder(Set.of(), Integer.MAX_VALUE)).isEmpty();
        assertThat(store().seal(first.id(), sealed("new", "sealed again"))).isTrue();
        assertThat(store().seal(second.id(), sealed("new", "sealed again, too"))).isTrue();

        assertThat(store().sealedUnder(PREVIOUS, Integer.MAX_VALUE)).extracting(found -> found.summary().id())
                .doesNotContain(first.id(), second.id());
        assertThat(store().find(first.id()).map(SealedBackup::content)).contains(sealed("new", "sealed again"));
        assertThat(store().find(current.id()).map(SealedBackup::content)).contains(sealed("new", YAML));
        assertThat(store().find(lost.id()).map(SealedBackup::content)).contains(sealed("forgotten", YAML));
        assertThat(store().list(cluster, "shop", 10)).hasSize(4);
    }

    @Test
    void aBackupStoredBeforeBackupsWereSealedWholeIsListedButNotFoundUntilSealed() {
        ClusterName cluster = cluster();
        SealedSecret secrets = sealed("old", "---\nkind: Secret\n");
        String withSecrets = savePlain(cluster, "shop", OBJECTS, YAML, secrets);
        String without = savePlain(cluster, "shop", List.of(), "", null);
        Backup sealedWhole = save(cluster, "shop", T0, CONTENT);

        assertThat(store().plain(Integer.MAX_VALUE)).contains(
                new PlainBackup(withSecrets, OBJECTS, YAML, Optional.of(secrets)),
                new PlainBackup(without, List.of(), "", Optional.empty())).extracting(PlainBackup::id)
                .doesNotContain(sealedWhole.id());
        assertThat(store().plain(1)).hasSize(1);
        assertThat(store().list(cluster, "shop", 10)).extracting(Backup::id)
                .containsExactlyInAnyOrder(withSecrets, without, sealedWhole.id());
        assertThat(store().find(withSecrets)).isEmpty();
        assertThat(store().sealedUnder(Set.of("old", "key-2026"), Integer.MAX_VALUE))
                .extracting(found -> found.summary().id()).doesNotContain(withSecrets, without);

        assertThat(store().seal(withSecrets, CONTENT)).isTrue();

        assertThat(store().plain(Integer.MAX_VALUE)).extracting(PlainBackup::id).contains(without)
                .doesNotContain(withSecrets);
        assertThat(store().find(withSecrets)).hasValueSatisfying(found -> {
            assertThat(found.content()).isEqualTo(CONTENT);
            assertThat(found.summary().objects()).isEqualTo(OBJECTS);
        });
    }

    @Test
    void onlyTheIdsItGaveOutFindAnything() {
        save(cluster(), "shop", T0, CONTENT);

        for (String unknown : List.of("abc", "", "-1", "1e3", "99999999999999999999", "999999999")) {
            assertThat(store().find(unknown)).as(unknown).isEmpty();
            assertThat(store().seal(unknown, CONTENT)).as(unknown).isFalse();
        }
    }
}
