package org.kubedeck.application.version;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kubedeck.application.kube.ResourceHistory;
import org.kubedeck.application.kube.port.out.ResourceCluster;
import org.kubedeck.application.secret.port.out.SecretBox;
import org.kubedeck.application.version.port.in.BackupsQuery.Action;
import org.kubedeck.application.version.port.in.BackupsQuery.ObjectChange;
import org.kubedeck.application.version.port.out.BackupStore;
import org.kubedeck.application.version.port.out.BackupStore.SealedBackup;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.NotFoundException;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.kube.LiveResource;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.kube.VersionHistory;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.version.Backup;
import org.kubedeck.domain.version.Backup.BackupObject;
import org.kubedeck.domain.version.BackupContent;

/**
 * What the backup use cases share: making a backup of a namespace and sealing it whole, finding one, opening its
 * seal for as long as a use case needs it, and setting its objects against the live namespace. Public for the
 * wiring only.
 */
public final class Backups {

    private final ResourceCluster resources;
    private final BackupStore store;
    private final ResourceHistory history;
    private final SecretBox secrets;
    private final Clock clock;

    public Backups(ResourceCluster resources, BackupStore store, ResourceHistory history, SecretBox secrets,
            Clock clock) {
        this.resources = resources;
        this.store = store;
        this.history = history;
        this.secrets = secrets;
        this.clock = clock;
    }

    BackupStore store() {
        return store;
    }

    /** Every supported object of the namespace, sealed whole; NotFoundException when there is none. */
    Backup backUp(Actor actor, ClusterAccess access, String namespace) {
        ClusterName cluster = access.name();
        List<LiveResource> live = resources.list(access, namespace, history.mask());
        if (live.isEmpty()) {
            throw new NotFoundException(Message.of("version.namespaceClusterHasNothing",
                    "Namespace {0} in cluster '{1}' has nothing to back up.", namespace, cluster));
        }
        StringBuilder yaml = new StringBuilder();
        StringBuilder secretManifests = new StringBuilder();
        List<BackupObject> objects = new ArrayList<>();
        for (LiveResource object : live) {
            objects.add(new BackupObject(object.kind(), object.name()));
            yaml.append(BackupContent.SEPARATOR).append(object.yaml());
            if (object.kind().equals(ResourceKind.SECRET)) {
                secretManifests.append(BackupContent.SEPARATOR).append(object.manifest());
            }
        }
        BackupContent content = new BackupContent(yaml.toString(), secretManifests.toString());
        Backup saved = store.save(new Backup(null, cluster, namespace, clock.instant(), actor.username().value(),
                objects, ""), secrets.seal(content.text()));
        return withYaml(saved, content.yaml());
    }

    SealedBackup find(String id) {
        return store.find(id).orElseThrow(() -> new NotFoundException(Message.of("version.backupDoesNotExist",
                "Backup {0} does not exist.", id)));
    }

    Opened open(SealedBackup stored) {
        Backup summary = stored.summary();
        BackupContent content = BackupContent.of(secrets.open(stored.content()), summary.objects().size());
        return new Opened(withYaml(summary, content.yaml()), content);
    }

    /** Each object of the backup against the live namespace, in the backup's order. */
    List<ObjectChange> changes(Opened opened, ClusterAccess access) {
        Backup backup = opened.backup();
        Map<BackupObject, String> live = new LinkedHashMap<>();
        resources.list(access, backup.namespace(), history.mask())
                .forEach(object -> live.put(new BackupObject(object.kind(), object.name()), object.yaml()));
        List<String> documents = opened.content().documents();
        List<ObjectChange> changes = new ArrayList<>();
        for (int i = 0; i < backup.objects().size(); i++) {
            BackupObject object = backup.objects().get(i);
            String saved = documents.get(i);
            String now = live.get(object);
            Action action = now == null ? Action.CREATE : now.equals(saved) ? Action.UNCHANGED : Action.UPDATE;
            changes.add(new ObjectChange(object.kind(), object.name(), action,
                    VersionHistory.unified("live", now == null ? "" : now, "backup", saved)));
        }
        return changes;
    }

    private static Backup withYaml(Backup summary, String yaml) {
        return new Backup(summary.id(), summary.cluster(), summary.namespace(), summary.createdAt(),
                summary.author(), summary.objects(), yaml);
    }

    /** A backup with its sealed content opened, for as long as one use case needs it. */
    record Opened(Backup backup, BackupContent content) {

        /** What restoring applies: the backup's documents, with each Secret's complete manifest. */
        Map<BackupObject, String> manifests() {
            Map<BackupObject, String> manifests = new LinkedHashMap<>();
            List<String> documents = content.documents();
            List<String> secretDocuments = content.secretDocuments();
            int secret = 0;
            for (int i = 0; i < backup.objects().size(); i++) {
                BackupObject object = backup.objects().get(i);
                manifests.put(object, object.kind().equals(ResourceKind.SECRET) ? secretDocuments.get(secret++)
                        : documents.get(i));
            }
            return manifests;
        }
    }
}
