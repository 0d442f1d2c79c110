package org.kubedeck.application.version;

import org.kubedeck.application.UseCase;
import org.kubedeck.application.audit.AuditLog;
import org.kubedeck.application.kube.ClusterGate;
import org.kubedeck.application.kube.port.out.VersionStore;
import org.kubedeck.application.version.port.in.TagVersionUseCase;
import org.kubedeck.domain.audit.AuditAction;
import org.kubedeck.domain.audit.AuditDetail;
import org.kubedeck.domain.kube.YamlVersion;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.ClusterAction;

/** Tags a version; the cluster is not called, the actor needs write on it all the same. */
@UseCase
class TagVersionService implements TagVersionUseCase {

    private final ClusterGate gate;
    private final VersionStore store;
    private final AuditLog auditLog;
    private final Versions versions;

    TagVersionService(ClusterGate gate, VersionStore store, AuditLog auditLog) {
        this.gate = gate;
        this.store = store;
        this.auditLog = auditLog;
        this.versions = new Versions(store);
    }

    @Override
    public YamlVersion tag(Actor actor, TagVersionCommand command) {
        YamlVersion version = versions.find(command.versionId());
        gate.require(actor, version.resource(), ClusterAction.CHANGE, "tag a version of "
                + version.resource().describe());
        store.tag(command.versionId(), command.tag());
        auditLog.success(actor, AuditAction.VERSION_TAGGED, version.resource().describe(),
                version.resource().cluster().value(), AuditDetail.of("version", version.version(), "tag",
                        command.tag()));
        return versions.find(command.versionId());
    }
}
