package org.kubedeck.web.version;

import java.time.Instant;
import java.util.List;
import org.kubedeck.application.version.port.in.EditResourceUseCase;
import org.kubedeck.application.version.port.in.EditResourceUseCase.EditResourceCommand;
import org.kubedeck.application.version.port.in.ResourceVersionsQuery;
import org.kubedeck.application.version.port.in.ResourceVersionsQuery.ResourceView;
import org.kubedeck.application.version.port.in.ResourceVersionsQuery.VersionDiff;
import org.kubedeck.application.version.port.in.RollbackVersionUseCase;
import org.kubedeck.application.version.port.in.TagVersionUseCase;
import org.kubedeck.application.version.port.in.TagVersionUseCase.TagVersionCommand;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.kube.ResourceRef;
import org.kubedeck.domain.kube.YamlVersion;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.web.support.ClusterParameter;
import org.kubedeck.web.support.ObjectParameter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Resources' YAML and their versions, in the paths of the plan the module comes from; backups are beside. */
@RestController
@RequestMapping("/api/k8s/yaml")
class VersionApiController {

    private final ResourceVersionsQuery versions;
    private final EditResourceUseCase editing;
    private final RollbackVersionUseCase rollingBack;
    private final TagVersionUseCase tagging;
    private final ObjectParameter objects;

    VersionApiController(ResourceVersionsQuery versions, EditResourceUseCase editing,
            RollbackVersionUseCase rollingBack, TagVersionUseCase tagging, ObjectParameter objects) {
        this.versions = versions;
        this.editing = editing;
        this.rollingBack = rollingBack;
        this.tagging = tagging;
        this.objects = objects;
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


    @GetMapping("/resource")
    ResourceJson resource(Actor actor, @RequestParam String cluster, @RequestParam String namespace,
            @RequestParam String kind, @RequestParam String name) {
        return ResourceJson.of(versions.view(actor, objects.of(actor, cluster, namespace, kind, name)));
    }

    @PutMapping("/resource")
    ResourceJson edit(Actor actor, @RequestBody EditRequest body) {
        return ResourceJson.of(editing.edit(actor, new EditResourceCommand(objects.of(actor, body.cluster(),
                body.namespace(), body.kind(), body.name()), body.yaml(), body.resourceVersion(), body.note())));
    }

    @GetMapping("/versions")
    VersionList versions(Actor actor, @RequestParam String cluster, @RequestParam String namespace,
            @RequestParam String kind, @RequestParam String name) {
        return new VersionList(versions.versions(actor, objects.of(actor, cluster, namespace, kind, name))
                .stream().map(VersionSummary::of).toList());
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
        return VersionJson.of(rollingBack.rollback(actor, id));
    }

    @PostMapping("/versions/{id}/tag")
    VersionSummary tag(Actor actor, @PathVariable String id, @RequestBody TagRequest body) {
        return VersionSummary.of(tagging.tag(actor, new TagVersionCommand(id, body.tag())));
    }


    private String previous(Actor actor, String id) {
        YamlVersion version = versions.version(actor, id);
        return versions.history(actor, version.resource()).stream()
                .filter(v -> v.version() < version.version()).findFirst().map(YamlVersion::id)
                .orElseThrow(() -> new InvalidInputException("against",
                        Message.of("version.versionFirstNameVersion",
                                "Version {0} is the first; name a version to compare with.", version.version())));
    }
}
