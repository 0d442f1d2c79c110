package org.kubedeck.web.version;

import java.time.Instant;
import java.util.List;
import org.kubedeck.application.version.port.in.BackupsQuery;
import org.kubedeck.application.version.port.in.BackupsQuery.ObjectChange;
import org.kubedeck.application.version.port.in.CreateBackupUseCase;
import org.kubedeck.application.version.port.in.RestoreBackupUseCase;
import org.kubedeck.application.version.port.in.RestoreBackupUseCase.RestoreBackupCommand;
import org.kubedeck.application.version.port.in.ScheduleBackupsUseCase;
import org.kubedeck.application.version.port.in.ScheduleBackupsUseCase.ScheduleBackupsCommand;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.version.Backup;
import org.kubedeck.domain.version.Backup.BackupObject;
import org.kubedeck.domain.version.BackupSchedule;
import org.kubedeck.web.support.ClusterParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Backups of namespaces in the JSON API: making, listing, downloading, comparing, restoring, scheduling. */
@RestController
@RequestMapping("/api/k8s/yaml")
class BackupApiController {

    private final BackupsQuery backups;
    private final CreateBackupUseCase creating;
    private final RestoreBackupUseCase restoring;
    private final ScheduleBackupsUseCase scheduling;

    BackupApiController(BackupsQuery backups, CreateBackupUseCase creating, RestoreBackupUseCase restoring,
            ScheduleBackupsUseCase scheduling) {
        this.backups = backups;
        this.creating = creating;
        this.restoring = restoring;
        this.scheduling = scheduling;
    }

    record ObjectJson(String kind, String name) {

        static ObjectJson of(BackupObject object) {
            return new ObjectJson(object.kind().code(), object.name());
        }

        BackupObject toDomain() {
            if (name == null || name.isBlank()) {
                throw new InvalidInputException("objects", Message.of("version.eachObjectNeedsKind",
                        "Each object needs a kind and a name."));
            }
            return new BackupObject(ResourceKind.of(kind), name);
        }
    }

    record BackupJson(String id, String cluster, String namespace, Instant createdAt, String author,
            List<ObjectJson> objects) {

        static BackupJson of(Backup backup) {
            return new BackupJson(backup.id(), backup.cluster().value(), backup.namespace(), backup.createdAt(),
                    backup.author(), backup.objects().stream().map(ObjectJson::of).toList());
        }
    }

    record BackupList(List<BackupJson> items) {
    }

    record BackupRequest(String cluster, String namespace) {
    }

    record RestoreRequest(String id, List<ObjectJson> objects, Boolean dryRun) {
    }

    record ChangeJson(String kind, String name, String action, String diff) {

        static ChangeJson of(ObjectChange change) {
            return new ChangeJson(change.kind().code(), change.name(), change.action().code(), change.diff());
        }
    }

    record RestoreResult(List<ChangeJson> restored, boolean dryRun) {
    }

    record CompareResult(List<ChangeJson> objects) {
    }

    record ScheduleRequest(String cluster, String namespace, String cron) {
    }

    record ScheduleJson(String cluster, String namespace, String cron, Instant nextRun, String author) {

        static ScheduleJson of(BackupSchedule s) {
            return new ScheduleJson(s.cluster().value(), s.namespace(), s.cron(), s.nextRun(), s.author());
        }
    }

    @PostMapping("/backup/create")
    BackupJson backUp(Actor actor, @RequestBody BackupRequest body) {
        return BackupJson.of(creating.create(actor, ClusterParameter.namespace(body.cluster(), body.namespace())));
    }

    @GetMapping("/backups")
    BackupList backups(Actor actor, @RequestParam String cluster, @RequestParam(required = false) String namespace) {
        List<Backup> found = namespace == null || namespace.isBlank()
                ? backups.list(actor, ClusterParameter.of(cluster))
                : backups.list(actor, ClusterParameter.namespace(cluster, namespace));
        return new BackupList(found.stream().map(BackupJson::of).toList());
    }

    /** The backup as one multi-document YAML file, Secret values masked. */
    @GetMapping("/backups/{id}/download")
    ResponseEntity<String> download(Actor actor, @PathVariable String id) {
        Backup backup = backups.get(actor, id);
        String file = "backup-" + backup.cluster().value() + "-" + backup.namespace() + "-" + backup.id() + ".yaml";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"")
                .contentType(new MediaType("application", "yaml"))
                .body(backup.yaml());
    }

    @GetMapping("/backups/{id}/compare")
    CompareResult compare(Actor actor, @PathVariable String id) {
        return new CompareResult(backups.compare(actor, id).stream().map(ChangeJson::of).toList());
    }

    @PostMapping("/backup/restore")
    RestoreResult restore(Actor actor, @RequestBody RestoreRequest body) {
        if (body.id() == null || body.id().isBlank()) {
            throw new InvalidInputException("id", Message.of("version.nameBackupRestore",
                    "Name the backup to restore."));
        }
        boolean dryRun = Boolean.TRUE.equals(body.dryRun());
        List<BackupObject> objects = body.objects() == null ? null
                : body.objects().stream().map(ObjectJson::toDomain).toList();
        return new RestoreResult(restoring.restore(actor, new RestoreBackupCommand(body.id(), objects, dryRun)).stream()
                .map(ChangeJson::of).toList(), dryRun);
    }

    @GetMapping("/backup/schedules")
    List<ScheduleJson> schedules(Actor actor, @RequestParam String cluster) {
        return backups.schedules(actor, ClusterParameter.of(cluster)).stream().map(ScheduleJson::of).toList();
    }

    @PutMapping("/backup/schedules")
    ScheduleJson schedule(Actor actor, @RequestBody ScheduleRequest body) {
        return ScheduleJson.of(scheduling.schedule(actor, new ScheduleBackupsCommand(
                ClusterParameter.namespace(body.cluster(), body.namespace()), body.cron())));
    }

    @DeleteMapping("/backup/schedules")
    ResponseEntity<Void> unschedule(Actor actor, @RequestParam String cluster, @RequestParam String namespace) {
        scheduling.unschedule(actor, ClusterParameter.namespace(cluster, namespace));
        return ResponseEntity.noContent().build();
    }
}
