package org.kubedeck.application.version;

import java.util.Optional;
import org.kubedeck.application.UseCase;
import org.kubedeck.application.kube.ClusterGate;
import org.kubedeck.application.kube.ResourceHistory;
import org.kubedeck.application.kube.port.out.VersionStore;
import org.kubedeck.application.version.port.in.CaptureExternalChangesUseCase;
import org.kubedeck.domain.DomainException;
import org.kubedeck.domain.kube.ResourceRef;
import org.kubedeck.domain.kube.YamlVersion;

/** The console's own round over resources with a history, recording what changed outside it. */
@UseCase
class CaptureExternalChangesService implements CaptureExternalChangesUseCase {

    private final ClusterGate gate;
    private final VersionStore store;
    private final ResourceHistory history;

    CaptureExternalChangesService(ClusterGate gate, VersionStore store, ResourceHistory history) {
        this.gate = gate;
        this.store = store;
        this.history = history;
    }

    @Override
    public int captureExternalChanges(int limit) {
        int changed = 0;
        for (ResourceRef resource : store.tracked(limit)) {
            try {
                Optional<YamlVersion> before = store.latest(resource);
                history.observe(gate.openForConsole(resource.cluster()), resource);
                if (!store.latest(resource).equals(before)) {
                    changed++;
                }
            } catch (DomainException e) {
                // An unreachable cluster or a removed one: the next round tries again.
            }
        }
        return changed;
    }
}
