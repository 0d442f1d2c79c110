package org.kubedeck.application.data;

import java.util.List;
import org.kubedeck.application.UseCase;
import org.kubedeck.application.data.port.in.DataKeysQuery;
import org.kubedeck.application.data.port.out.DataCluster;
import org.kubedeck.application.kube.ClusterGate;
import org.kubedeck.application.kube.ResourceHistory;
import org.kubedeck.domain.data.DataEntry;
import org.kubedeck.domain.data.DataKey;
import org.kubedeck.domain.kube.ResourceRef;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.ClusterAction;

/** The keys of a ConfigMap or a Secret, read on the cluster; a Secret's values masked as its versions mask them. */
@UseCase
class DataKeysService implements DataKeysQuery {

    private final ClusterGate gate;
    private final DataCluster data;
    private final ResourceHistory history;

    DataKeysService(ClusterGate gate, DataCluster data, ResourceHistory history) {
        this.gate = gate;
        this.data = data;
        this.history = history;
    }

    @Override
    public List<DataEntry> keys(Actor actor, ResourceRef holder) {
        DataKey.holder(holder.kind());
        return DataView.entries(data.values(gate.open(actor, holder, ClusterAction.VIEW, "view the keys of "
                + holder.describe()), holder.kind(), holder.namespace(), holder.name()), holder.kind(),
                history.mask());
    }
}
