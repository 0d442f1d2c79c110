package org.kubedeck.application.data;

import java.util.Base64;
import org.kubedeck.application.UseCase;
import org.kubedeck.application.audit.AuditLog;
import org.kubedeck.application.data.port.in.RevealSecretUseCase;
import org.kubedeck.application.data.port.out.DataCluster;
import org.kubedeck.application.kube.ClusterGate;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.NotFoundException;
import org.kubedeck.domain.audit.AuditAction;
import org.kubedeck.domain.audit.AuditDetail;
import org.kubedeck.domain.kube.ResourceRef;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.ClusterAction;

/**
 * A Secret's value in clear, for those who may change the cluster (who could read it by editing anyway); the
 * reveal is audited with the key, never the value.
 */
@UseCase
class RevealSecretService implements RevealSecretUseCase {

    private final ClusterGate gate;
    private final DataCluster data;
    private final AuditLog auditLog;

    RevealSecretService(ClusterGate gate, DataCluster data, AuditLog auditLog) {
        this.gate = gate;
        this.data = data;
        this.auditLog = auditLog;
    }

    /** A value that is not UTF-8 text comes back in base64, as the Secret stores it. */
    @Override
    public String reveal(Actor actor, RevealCommand command) {
        ResourceRef secret = command.secret();
        String key = command.key().value();
        byte[] value = data.values(gate.open(actor, secret, ClusterAction.CHANGE, "reveal the value " + key + " of "
                        + secret.describe()), secret.kind(), secret.namespace(), secret.name()).stream()
                .filter(entry -> entry.key().equals(key)).findFirst()
                .orElseThrow(() -> new NotFoundException(Message.of("data.noKey", "{0} has no key {1}.",
                        secret.describe(), key))).bytes();
        auditLog.success(actor, AuditAction.SECRET_REVEALED, secret.describe(), secret.cluster().value(),
                AuditDetail.of("key", key));
        return DataView.text(value).orElseGet(() -> Base64.getEncoder().encodeToString(value));
    }
}
