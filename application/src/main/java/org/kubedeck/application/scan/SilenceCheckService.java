package org.kubedeck.application.scan;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.kubedeck.application.UseCase;
import org.kubedeck.application.audit.AuditLog;
import org.kubedeck.application.kube.ClusterGate;
import org.kubedeck.application.scan.port.in.SilenceCheckUseCase;
import org.kubedeck.application.scan.port.out.SilenceStore;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.NotFoundException;
import org.kubedeck.domain.audit.AuditAction;
import org.kubedeck.domain.audit.AuditDetail;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.scan.Silence;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.ClusterAction;

/** Silences kept in the console's records: the permission checked, the cluster not asked. */
@UseCase
class SilenceCheckService implements SilenceCheckUseCase {

    private final ClusterGate gate;
    private final SilenceStore store;
    private final AuditLog auditLog;
    private final Clock clock;

    SilenceCheckService(ClusterGate gate, SilenceStore store, AuditLog auditLog, Clock clock) {
        this.gate = gate;
        this.store = store;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Override
    public Silence silence(Actor actor, SilenceCommand command) {
        Silence silence = new Silence(UUID.randomUUID(), command.cluster(), command.checkOf(), command.namespace(),
                command.name(), command.reason(), actor.username().value(), clock.instant());
        String target = silence.check().id() + " " + (silence.namespace().isEmpty() ? "" : silence.namespace()
                + (silence.name().isEmpty() ? "" : "/")) + silence.name();
        gate.require(actor, command.cluster(), ClusterAction.CHANGE, "silence " + target, target);
        store.save(silence);
        auditLog.success(actor, AuditAction.CHECK_SILENCED, target, command.cluster().value(),
                AuditDetail.of("reason", silence.reason()));
        return silence;
    }

    @Override
    public void unsilence(Actor actor, ClusterName cluster, UUID id) {
        gate.require(actor, cluster, ClusterAction.CHANGE, "remove a silence", cluster.value());
        if (!store.delete(cluster, id)) {
            throw new NotFoundException(Message.of("scan.noSuchSilence", "Cluster {0} has no silence {1}.", cluster,
                    id));
        }
        auditLog.success(actor, AuditAction.CHECK_UNSILENCED, id.toString(), cluster.value(), AuditDetail.EMPTY);
    }

    @Override
    public List<Silence> silences(Actor actor, ClusterName cluster) {
        gate.require(actor, cluster, ClusterAction.VIEW, "view the silences of " + cluster, cluster.value());
        return store.list(cluster);
    }
}
