package org.kubedeck.application.data;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.kubedeck.application.UseCase;
import org.kubedeck.application.data.port.in.EditDataUseCase;
import org.kubedeck.application.data.port.out.DataCluster;
import org.kubedeck.application.kube.AuditedChanges;
import org.kubedeck.application.kube.ClusterGate;
import org.kubedeck.application.kube.ResourceHistory;
import org.kubedeck.domain.audit.AuditAction;
import org.kubedeck.domain.audit.AuditDetail;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.data.DataEntry;
import org.kubedeck.domain.data.DataKey;
import org.kubedeck.domain.kube.ResourceRef;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.ClusterAction;

/** One key set or removed, through the kernel's audited changes: a version of the object, an entry with the key. */
@UseCase
class EditDataService implements EditDataUseCase {

    private final ClusterGate gate;
    private final DataCluster data;
    private final AuditedChanges changes;
    private final ResourceHistory history;

    EditDataService(ClusterGate gate, DataCluster data, AuditedChanges changes, ResourceHistory history) {
        this.gate = gate;
        this.data = data;
        this.changes = changes;
        this.history = history;
    }

    @Override
    public List<DataEntry> set(Actor actor, SetKeyCommand command) {
        byte[] value = command.value().getBytes(StandardCharsets.UTF_8);
        return edit(actor, command.holder(), command.key(), "set", AuditAction.DATA_KEY_SET,
                access -> data.set(access, command.holder().kind(), command.holder().namespace(),
                        command.holder().name(), command.key().value(), value));
    }

    @Override
    public List<DataEntry> remove(Actor actor, RemoveKeyCommand command) {
        return edit(actor, command.holder(), command.key(), "removed", AuditAction.DATA_KEY_REMOVED,
                access -> data.remove(access, command.holder().kind(), command.holder().namespace(),
                        command.holder().name(), command.key().value()));
    }

    /** The version's note: {@code key password set}. */
    private List<DataEntry> edit(Actor actor, ResourceRef holder, DataKey key, String done, AuditAction action,
            Consumer<ClusterAccess> change) {
        ClusterAccess access = gate.open(actor, holder, ClusterAction.CHANGE, "change the key " + key + " of "
                + holder.describe());
        return changes.change(actor, access, holder, "key " + key + " " + done, action, () -> {
            change.accept(access);
            return DataView.entries(data.values(access, holder.kind(), holder.namespace(), holder.name()),
                    holder.kind(), history.mask());
        }, entries -> AuditDetail.of("key", key.value()));
    }
}
