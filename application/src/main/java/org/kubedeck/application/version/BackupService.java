package org.kubedeck.application.version;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.kubedeck.application.UseCase;
import org.kubedeck.application.audit.AuditLog;
import org.kubedeck.application.kube.ClusterGate;
import org.kubedeck.application.kube.ResourceHistory;
import org.kubedeck.application.kube.port.out.ResourceCluster;
import org.kubedeck.application.secret.port.out.SecretBox;
import org.kubedeck.application.version.port.in.BackupsUseCase;
import org.kubedeck.application.version.port.in.RunDueBackupsUseCase;
import org.kubedeck.application.version.port.out.BackupSchedules;
import org.kubedeck.application.version.port.out.BackupStore;
import org.kubedeck.application.version.port.out.BackupStore.SealedBackup;
import org.kubedeck.domain.DomainException;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.NotFoundException;
import org.kubedeck.domain.audit.AuditAction;
import org.kubedeck.domain.audit.AuditDetail;
import org.kubedeck.domain.audit.Outcome;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.kube.LiveResource;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.kube.ResourceRef;
import org.kubedeck.domain.kube.VersionHistory;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.ClusterAction;
import org.kubedeck.domain.version.Backup;
import org.kubedeck.domain.version.Backup.BackupObject;
import org.kubedeck.domain.version.BackupContent;
import org.kubedeck.domain.version.BackupSchedule;

/**
 * Namespace backups: one multi-document YAML of every supported object, Secret values masked, and the complete
 * Secrets, sealed together as the backup's content; only the summary the list shows is stored in the clear.
 * Restoring compares each object with the live namespace and puts back what is missing or differs, recording each
 * as a new version.
 */
@UseCase
class BackupService implements BackupsUseCase, RunDueBackupsUseCase {

    static final int LISTED_BACKUPS = 100;
    private static final int SCHEDULES_PER_RUN = 20;

    private final ClusterGate gate;
    private final ResourceCluster resources;
    private final BackupStore backups;
    private final BackupSchedules schedules;
    private final ResourceHistory history;
    private final SecretBox secrets;
    private final AuditLog auditLog;
    private final Clock clock;

    BackupService(ClusterGate gate, ResourceCluster resources, BackupStore backups, BackupSchedules schedules,
            ResourceHistory history, SecretBox secrets, AuditLog auditLog, Clock clock) {
        this.gate = gate;
        this.resources = resources;
        this.backups = backups;
        this.schedules = schedules;
        this.history = history;
        this.secrets = secrets;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Override
    public Backup create(Actor actor, ClusterName cluster, String namespace) {
        ClusterAccess access = gate.open(actor, cluster, ClusterAction.CHANGE, "back up namespace " + namespace,
                namespace);
        Backup backup = backUp(actor, access, ResourceRef.checkNamespace(namespace));
        auditLog.success(actor, AuditAction.BACKUP_CREATED, namespace, cluster.value(),
                AuditDetail.of("id", backup.id(), "objects", backup.objects().size()));
        return backup;
    }

    @Override
    public List<Backup> list(Actor actor, ClusterName cluster, String namespace) {
        gate.require(actor, cluster, ClusterAction.VIEW, "list backups", namespace == null ? "" : namespace);
        return backups.list(cluster, namespace, LISTED_BACKUPS);
    }

    @Override
    public Backup get(Actor actor, String id) {
        return open(readable(actor, id)).backup();
    }

    @Override
    public List<ObjectChange> compare(Actor actor, String id) {
        SealedBackup stored = find(id);
        ClusterAccess access = gate.open(actor, stored.summary().cluster(), ClusterAction.VIEW, "read a backup",
                stored.summary().namespace());
        return changes(open(stored), access);
    }

    @Override
    public List<ObjectChange> restore(Actor actor, String id, List<BackupObject> objects, boolean dryRun) {
        SealedBackup stored = find(id);
        Backup summary = stored.summary();
        ClusterAccess access = gate.open(actor, summary.cluster(), ClusterAction.CHANGE, "restore a backup",
                summary.namespace());
        Set<BackupObject> wanted = objects == null || objects.isEmpty() ? Set.copyOf(summary.objects())
                : Set.copyOf(objects);
        wanted.stream().filter(object -> !summary.objects().contains(object)).findFirst().ifPresent(object -> {
            throw new InvalidInputException("objects", Message.of("version.notBackup",
                    "{0} {1} is not in backup {2}.", object.kind().kind(), object.name(), id));
        });
        Opened opened = open(stored);
        List<ObjectChange> todo = changes(opened, access).stream()
                .filter(change -> change.action() != Action.UNCHANGED)
                .filter(change -> wanted.contains(new BackupObject(change.kind(), change.name())))
                .toList();
        if (dryRun || todo.isEmpty()) {
            return todo;
        }
        Map<BackupObject, String> manifests = opened.manifests();
        for (ObjectChange change : todo) {
            ResourceRef resource = new ResourceRef(summary.cluster(), summary.namespace(), change.kind(),
                    change.name());
            String manifest = manifests.get(new BackupObject(change.kind(), change.name()));
            history.change(access, resource, actor.username().value(), "restored from backup " + id,
                    () -> resources.apply(access, summary.namespace(), manifest));
        }
        auditLog.success(actor, AuditAction.BACKUP_RESTORED, summary.namespace(), summary.cluster().value(),
                AuditDetail.of("id", id, "objects", todo.stream()
                        .map(change -> change.kind().code() + "/" + change.name() + ":" + change.action().code())
                        .collect(Collectors.joining(" "))));
        return todo;
    }

    @Override
    public BackupSchedule schedule(Actor actor, ClusterName cluster, String namespace, String cron) {
        gate.require(actor, cluster, ClusterAction.CHANGE, "schedule backups of " + namespace, namespace);
        BackupSchedule schedule = schedules.set(cluster, ResourceRef.checkNamespace(namespace),
                cron == null ? "" : cron.trim(), actor.username().value(), clock.instant());
        auditLog.success(actor, AuditAction.BACKUP_SCHEDULED, namespace, cluster.value(),
                AuditDetail.of("cron", schedule.cron(), "next_run", schedule.nextRun().toString()));
        return schedule;
    }

    @Override
    public void unschedule(Actor actor, ClusterName cluster, String namespace) {
        gate.require(actor, cluster, ClusterAction.CHANGE, "stop scheduled backups of " + namespace, namespace);
        if (!schedules.remove(cluster, namespace)) {
            throw new NotFoundException(Message.of("version.namespaceHasNoBackup",
                    "Namespace {0} has no backup schedule.", namespace));
        }
        auditLog.success(actor, AuditAction.BACKUP_UNSCHEDULED, namespace, cluster.value(), AuditDetail.EMPTY);
    }

    @Override
    public List<BackupSchedule> schedules(Actor actor, ClusterName cluster) {
        gate.require(actor, cluster, ClusterAction.VIEW, "list backup schedules", "");
        return schedules.list(cluster);
    }

    /** Runs as the console itself; the audit entry names who set the schedule. */
    @Override
    public int runDueBackups() {
        int done = 0;
        for (BackupSchedule due : schedules.takeDue(clock.instant(), SCHEDULES_PER_RUN)) {
            try {
                Backup backup = backUp(Actor.system(), gate.openForConsole(due.cluster()), due.namespace());
                auditLog.success(Actor.system(), AuditAction.BACKUP_CREATED, due.namespace(), due.cluster().value(),
                        AuditDetail.of("id", backup.id(), "objects", backup.objects().size(), "scheduled_by",
                                due.author()));
                done++;
            } catch (DomainException e) {
                auditLog.record(Actor.system(), AuditAction.BACKUP_CREATED, due.namespace(), due.cluster().value(),
                        Outcome.FAILURE, AuditDetail.of("error", e.getMessage(), "scheduled_by", due.author()));
            }
        }
        return done;
    }

    private Backup backUp(Actor actor, ClusterAccess access, String namespace) {
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
        Backup saved = backups.save(new Backup(null, cluster, namespace, clock.instant(), actor.username().value(),
                objects, ""), secrets.seal(content.text()));
        return withYaml(saved, content.yaml());
    }

    /** Each object of the backup against the live namespace, in the backup's order. */
    private List<ObjectChange> changes(Opened opened, ClusterAccess access) {
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

    private SealedBackup readable(Actor actor, String id) {
        SealedBackup stored = find(id);
        gate.require(actor, stored.summary().cluster(), ClusterAction.VIEW, "read a backup",
                stored.summary().namespace());
        return stored;
    }

    private SealedBackup find(String id) {
        return backups.find(id).orElseThrow(() -> new NotFoundException(Message.of("version.backupDoesNotExist",
                "Backup {0} does not exist.", id)));
    }

    private Opened open(SealedBackup stored) {
        Backup summary = stored.summary();
        BackupContent content = BackupContent.of(secrets.open(stored.content()), summary.objects().size());
        return new Opened(withYaml(summary, content.yaml()), content);
    }

    private static Backup withYaml(Backup summary, String yaml) {
        return new Backup(summary.id(), summary.cluster(), summary.namespace(), summary.createdAt(),
                summary.author(), summary.objects(), yaml);
    }

    /** A backup with its sealed content opened, for as long as one use case needs it. */
    private record Opened(Backup backup, BackupContent content) {

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
