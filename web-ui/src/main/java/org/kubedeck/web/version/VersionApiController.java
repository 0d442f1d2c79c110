package org.kubedeck.web.version;

import java.time.Instant;
import java.util.List;
import org.kubedeck.application.version.port.in.BackupsUseCase;
import org.kubedeck.application.version.port.in.BackupsUseCase.ObjectChange;
import org.kubedeck.application.version.port.in.ResourceVersionsUseCase;
import org.kubedeck.application.version.port.in.ResourceVersionsUseCase.ResourceView;
import org.kubedeck.application.version.port.in.ResourceVersionsUseCase.VersionDiff;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.kube.ResourceRef;
import org.kubedeck.domain.kube.YamlVersion;
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

/** Resources' YAML, their versions, and namespace backups, in the paths of the plan the module comes from. */
@RestController
@RequestMapping("/api/k8s/yaml")
class VersionApiController {

    private final ResourceVersionsUseCase versions;
    private final BackupsUseCase backups;

    VersionApiController(ResourceVersionsUseCase versions, BackupsUseCase backups) {
        this.versions = versions;
        this.backups = backups;
    }

    record ResourceJson(String cluster, String namespace, String kind, String name, String yaml,
            String resourceVersion, int version) {

        static ResourceJson of(ResourceView view) {
            ResourceRef r = view.resource();
            return new ResourceJson(r.cluster().value(), r.namespace(), r.kind().code(), r.name(), view.yaml(),
                    view.resourceVersion(), view.version());
        }
    }

    record EditRequest(String cluster, String namespace, String kind, String name, String yaml,
            String resourceVersion, String note) {
    }

    record VersionSummary(String id, int version, String author, Instant createdAt, String note, String tag) {

        static VersionSummary of(YamlVersion v) {
            return new VersionSummary(v.id(), v.version(), v.author(), v.createdAt(), v.note(), v.tag());
        }
    }

    record VersionList(List<VersionSummary> items) {
    }

    record VersionJson(String id, String cluster, String namespace, String kind, String name, int version,
            String author, Instant createdAt, String note, String tag, String yaml, String diff) {

        static VersionJson of(YamlVersion v) {
            ResourceRef r = v.resource();
            return new VersionJson(v.id(), r.cluster().value(), r.namespace(), r.kind().code(), r.name(),
                    v.version(), v.author(), v.createdAt(), v.note(), v.tag(), v.yaml(), v.diff());
        }
    }

    record DiffJson(VersionSummary from, VersionSummary to, String unified) {
    }

    record TagRequest(String tag) {
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

    @GetMapping("/resource")
    ResourceJson resource(Actor actor, @RequestParam String cluster, @RequestParam String namespace,
            @RequestParam String kind, @RequestParam String name) {
        return ResourceJson.of(versions.view(actor, ref(cluster, namespace, kind, name)));
    }

    @PutMapping("/resource")
    ResourceJson edit(Actor actor, @RequestBody EditRequest body) {
        return ResourceJson.of(versions.edit(actor, ref(body.cluster(), body.namespace(), body.kind(), body.name()),
                body.yaml(), body.resourceVersion(), body.note()));
    }

    @GetMapping("/versions")
    VersionList versions(Actor actor, @RequestParam String cluster, @RequestParam String namespace,
            @RequestParam String kind, @RequestParam String name) {
        return new VersionList(versions.versions(actor, ref(cluster, namespace, kind, name)).stream()
                .map(VersionSummary::of).toList());
    }

    @GetMapping("/versions/{id}")
    VersionJson version(Actor actor, @PathVariable String id) {
        return VersionJson.of(versions.version(actor, id));
    }

    /** From {@code against} (default: the version before) to {@code id}. */
    @GetMapping("/versions/{id}/diff")
    DiffJson diff(Actor actor, @PathVariable String id, @RequestParam(required = false) String against) {
        String from = against != null && !against.isBlank() ? against : previous(actor, id);
        VersionDiff diff = versions.diff(actor, from, id);
        return new DiffJson(VersionSummary.of(diff.from()), VersionSummary.of(diff.to()), diff.unified());
    }

    @PostMapping("/versions/{id}/rollback")
    VersionJson rollback(Actor actor, @PathVariable String id) {
        return VersionJson.of(versions.rollback(actor, id));
    }

    @PostMapping("/versions/{id}/tag")
    VersionSummary tag(Actor actor, @PathVariable String id, @RequestBody TagRequest body) {
        return VersionSummary.of(versions.tag(actor, id, body.tag()));
    }

    @PostMapping("/backup/create")
    BackupJson backUp(Actor actor, @RequestBody BackupRequest body) {
        return BackupJson.of(backups.create(actor, ClusterParameter.of(body.cluster()), body.namespace()));
    }

    @GetMapping("/backups")
    BackupList backups(Actor actor, @RequestParam String cluster, @RequestParam(required = false) String namespace) {
        return new BackupList(backups.list(actor, ClusterParameter.of(cluster), namespace == null || namespace.isBlank()
                ? null : namespace).stream().map(BackupJson::of).toList());
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
        return new RestoreResult(backups.restore(actor, body.id(), objects, dryRun).stream()
                .map(ChangeJson::of).toList(), dryRun);
    }

    @GetMapping("/backup/schedules")
    List<ScheduleJson> schedules(Actor actor, @RequestParam String cluster) {
        return backups.schedules(actor, ClusterParameter.of(cluster)).stream().map(ScheduleJson::of).toList();
    }

    @PutMapping("/backup/schedules")
    ScheduleJson schedule(Actor actor, @RequestBody ScheduleRequest body) {
        return ScheduleJson.of(backups.schedule(actor, ClusterParameter.of(body.cluster()), body.namespace(),
                body.cron()));
    }

    @DeleteMapping("/backup/schedules")
    ResponseEntity<Void> unschedule(Actor actor, @RequestParam String cluster, @RequestParam String namespace) {
        backups.unschedule(actor, ClusterParameter.of(cluster), namespace);
        return ResponseEntity.noContent().build();
    }

    private String previous(Actor actor, String id) {
        YamlVersion version = versions.version(actor, id);
        return versions.history(actor, version.resource()).stream()
                .filter(v -> v.version() < version.version()).findFirst().map(YamlVersion::id)
                .orElseThrow(() -> new InvalidInputException("against",
                        Message.of("version.versionFirstNameVersion",
                                "Version {0} is the first; name a version to compare with.", version.version())));
    }

    private static ResourceRef ref(String cluster, String namespace, String kind, String name) {
        return new ResourceRef(ClusterParameter.of(cluster), namespace, ResourceKind.of(kind), name);
    }
}
