package org.kubedeck.application.version;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.kubedeck.application.UseCase;
import org.kubedeck.application.audit.AuditLog;
import org.kubedeck.application.kube.ClusterGate;
import org.kubedeck.application.kube.ResourceHistory;
import org.kubedeck.application.kube.port.out.ResourceCluster;
import org.kubedeck.application.kube.port.out.VersionStore;
import org.kubedeck.application.version.port.in.CaptureExternalChangesUseCase;
import org.kubedeck.application.version.port.in.ResourceVersionsUseCase;
import org.kubedeck.domain.DomainException;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.NotFoundException;
import org.kubedeck.domain.audit.AuditAction;
import org.kubedeck.domain.audit.AuditDetail;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.kube.LiveResource;
import org.kubedeck.domain.kube.ResourceRef;
import org.kubedeck.domain.kube.VersionHistory;
import org.kubedeck.domain.kube.YamlVersion;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.ClusterAction;

@UseCase
class VersionService implements ResourceVersionsUseCase, CaptureExternalChangesUseCase {

    static final int LISTED_VERSIONS = 200;
    private static final int MAX_NOTE = 500;
    private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ._:/-]{0,99}");

    private final ClusterGate gate;
    private final ResourceCluster resources;
    private final VersionStore versions;
    private final ResourceHistory history;
    private final AuditLog auditLog;

    VersionService(ClusterGate gate, ResourceCluster resources, VersionStore versions,
            ResourceHistory history, AuditLog auditLog) {
        this.gate = gate;
        this.resources = resources;
        this.versions = versions;
        this.history = history;
        this.auditLog = auditLog;
    }

    @Override
    public List<ResourceRef> objects(Actor actor, ClusterName cluster, String namespace) {
        ClusterAccess access = gate.open(actor, cluster, ClusterAction.VIEW, "list the objects of " + namespace,
                namespace);
        return resources.list(access, ResourceRef.checkNamespace(namespace), history.mask()).stream()
                .map(object -> new ResourceRef(cluster, namespace, object.kind(), object.name()))
                .toList();
    }

    @Override
    public ResourceView view(Actor actor, ResourceRef resource) {
        ClusterAccess access = gate.open(actor, resource, ClusterAction.VIEW, "view " + resource.describe());
        LiveResource live = history.observe(access, resource)
                .orElseThrow(() -> missing(resource));
        return new ResourceView(resource, live.yaml(), live.resourceVersion(), latestNumber(resource));
    }

    @Override
    public ResourceView edit(Actor actor, ResourceRef resource, String yaml, String resourceVersion, String note) {
        ClusterAccess access = gate.open(actor, resource, ClusterAction.CHANGE, "edit " + resource.describe());
        if (yaml == null || yaml.isBlank()) {
            throw new InvalidInputException("yaml", Message.of("version.yamlEmpty", "The YAML is empty."));
        }
        // A change made elsewhere since the page was loaded is refused below; one made before is recorded first.
        history.observe(access, resource);
        LiveResource stored = resources.replace(access, resource.kind(), resource.namespace(), resource.name(), yaml,
                resourceVersion, history.mask());
        String text = note == null || note.isBlank() ? "edited" : note.trim();
        if (text.length() > MAX_NOTE) {
            throw new InvalidInputException("note", Message.of("version.noteHasMostCharacters",
                    "A note has at most {0} characters.", MAX_NOTE));
        }
        Optional<YamlVersion> recorded = history.record(resource, stored, actor.username().value(), text);
        auditLog.success(actor, AuditAction.RESOURCE_EDITED, resource.describe(), resource.cluster().value(),
                AuditDetail.of("version", recorded.map(YamlVersion::version).orElse(latestNumber(resource)),
                        "note", text));
        return new ResourceView(resource, stored.yaml(), stored.resourceVersion(), latestNumber(resource));
    }

    @Override
    public List<YamlVersion> versions(Actor actor, ResourceRef resource) {
        ClusterAccess access = gate.open(actor, resource, ClusterAction.VIEW, "view the versions of "
                + resource.describe());
        // A deleted resource keeps its history; only a live one can start or extend it.
        history.observe(access, resource);
        return versions.list(resource, LISTED_VERSIONS);
    }

    @Override
    public List<YamlVersion> history(Actor actor, ResourceRef resource) {
        require(actor, resource, ClusterAction.VIEW, "view the versions of " + resource.describe());
        return versions.list(resource, LISTED_VERSIONS);
    }

    @Override
    public YamlVersion version(Actor actor, String id) {
        YamlVersion version = find(id);
        require(actor, version.resource(), ClusterAction.VIEW, "view a version of " + version.resource().describe());
        return version;
    }

    @Override
    public VersionDiff diff(Actor actor, String fromId, String toId) {
        YamlVersion from = version(actor, fromId);
        YamlVersion to = version(actor, toId);
        if (!from.resource().equals(to.resource())) {
            throw new InvalidInputException("against", Message.of("version.versionsBelongDifferentResources",
                    "Versions {0} and {1} belong to different resources.", fromId, toId));
        }
        return new VersionDiff(from, to, VersionHistory.unified("v" + from.version(), from.yaml(),
                "v" + to.version(), to.yaml()), VersionHistory.sideBySide(from.yaml(), to.yaml()));
    }

    /** Applies the version over whatever the resource is now (recreating it when deleted). */
    @Override
    public YamlVersion rollback(Actor actor, String id) {
        YamlVersion target = find(id);
        ResourceRef resource = target.resource();
        ClusterAccess access = gate.open(actor, resource, ClusterAction.CHANGE, "roll back " + resource.describe());
        Optional<LiveResource> live = history.observe(access, resource);
        String manifest = history.manifest(target);
        LiveResource stored = live.isPresent()
                ? resources.replace(access, resource.kind(), resource.namespace(), resource.name(), manifest,
                        live.get().resourceVersion(), history.mask())
                : created(access, resource, manifest);
        String note = "rolled back to v" + target.version();
        YamlVersion result = history.record(resource, stored, actor.username().value(), note)
                .orElseGet(() -> versions.latest(resource).orElseThrow());
        auditLog.success(actor, AuditAction.VERSION_ROLLED_BACK, resource.describe(), resource.cluster().value(),
                AuditDetail.of("to_version", target.version(), "new_version", result.version()));
        return result;
    }

    @Override
    public YamlVersion tag(Actor actor, String id, String tag) {
        YamlVersion version = find(id);
        require(actor, version.resource(), ClusterAction.CHANGE, "tag a version of " + version.resource().describe());
        String trimmed = tag == null ? "" : tag.trim();
        if (!TAG.matcher(trimmed).matches()) {
            throw new InvalidInputException("tag", Message.of("version.tagHasLettersDigits",
                    "A tag has 1 to 100 letters, digits, spaces or . _ : / -, starting with a letter or digit."));
        }
        versions.tag(id, trimmed);
        auditLog.success(actor, AuditAction.VERSION_TAGGED, version.resource().describe(),
                version.resource().cluster().value(), AuditDetail.of("version", version.version(), "tag", trimmed));
        return find(id);
    }

    @Override
    public int captureExternalChanges(int limit) {
        int changed = 0;
        for (ResourceRef resource : versions.tracked(limit)) {
            try {
                Optional<YamlVersion> before = versions.latest(resource);
                history.observe(gate.openForConsole(resource.cluster()), resource);
                if (!versions.latest(resource).equals(before)) {
                    changed++;
                }
            } catch (DomainException e) {
                // An unreachable cluster or a removed one: the next round tries again.
            }
        }
        return changed;
    }

    private LiveResource created(ClusterAccess access, ResourceRef resource, String manifest) {
        resources.apply(access, resource.namespace(), manifest);
        return resources.read(access, resource.kind(), resource.namespace(), resource.name(), history.mask())
                .orElseThrow(() -> missing(resource));
    }

    private int latestNumber(ResourceRef resource) {
        return versions.latest(resource).map(YamlVersion::version).orElse(0);
    }

    private YamlVersion find(String id) {
        return versions.find(id).orElseThrow(() -> new NotFoundException(Message.of("version.versionDoesNotExist",
                "Version {0} does not exist.", id)));
    }

    private void require(Actor actor, ResourceRef resource, ClusterAction action, String attempted) {
        gate.require(actor, resource, action, attempted);
    }

    private static NotFoundException missing(ResourceRef resource) {
        return new NotFoundException(Message.of("kube.objectDoesNotExistInCluster",
                "{0} {1}/{2} does not exist in cluster '{3}'.", resource.kind().kind(), resource.namespace(),
                resource.name(), resource.cluster()));
    }
}
