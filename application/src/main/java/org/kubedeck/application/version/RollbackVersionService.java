package org.kubedeck.application.version;

import java.util.Optional;
import org.kubedeck.application.UseCase;
import org.kubedeck.application.audit.AuditLog;
import org.kubedeck.application.kube.ClusterGate;
import org.kubedeck.application.kube.ResourceHistory;
import org.kubedeck.application.kube.port.out.ResourceCluster;
import org.kubedeck.application.kube.port.out.VersionStore;
import org.kubedeck.application.version.port.in.RollbackVersionUseCase;
import org.kubedeck.domain.audit.AuditAction;
import org.kubedeck.domain.audit.AuditDetail;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.kube.LiveResource;
import org.kubedeck.domain.kube.ResourceRef;
import org.kubedeck.domain.kube.YamlVersion;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.ClusterAction;

/** Applies a version over the resource as it is now, or makes it anew when it was deleted. */
@UseCase
class RollbackVersionService implements RollbackVersionUseCase {

    private final ClusterGate gate;
    private final ResourceCluster resources;
    private final VersionStore store;
    private final ResourceHistory history;
    private final AuditLog auditLog;
    private final Versions versions;

    RollbackVersionService(ClusterGate gate, ResourceCluster resources, VersionStore store, ResourceHistory history,
            AuditLog auditLog) {
        this.gate = gate;
        this.resources = resources;
        this.store = store;
        this.history = history;
        this.auditLog = auditLog;
        this.versions = new Versions(store);
    }

    @Override
    public YamlVersion rollback(Actor actor, String versionId) {
        YamlVersion target = versions.find(versionId);
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
                .orElseGet(() -> store.latest(resource).orElseThrow());
        auditLog.success(actor, AuditAction.VERSION_ROLLED_BACK, resource.describe(), resource.cluster().value(),
                AuditDetail.of("to_version", target.version(), "new_version", result.version()));
        return result;
    }

    private LiveResource created(ClusterAccess access, ResourceRef resource, String manifest) {
        resources.apply(access, resource.namespace(), manifest);
        return resources.read(access, resource.kind(), resource.namespace(), resource.name(), history.mask())
                .orElseThrow(() -> Versions.missing(resource));
    }
}
