package org.kubedeck.application.container;

import org.kubedeck.application.audit.AccessGuard;
import org.kubedeck.application.container.port.out.ContainerPolicies;
import org.kubedeck.application.kube.ClusterGate;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.container.ContainerPolicy;
import org.kubedeck.domain.container.ContainerRef;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.ClusterAction;

/**
 * The way into a container for commands and files: write on its cluster, then its cluster's policy allowing them.
 * Either refusal is audited, and nothing is opened.
 */
public class ContainerDoor {

    private final ClusterGate gate;
    private final ContainerPolicies policies;
    private final AccessGuard guard;

    public ContainerDoor(ClusterGate gate, ContainerPolicies policies, AccessGuard guard) {
        this.gate = gate;
        this.policies = policies;
        this.guard = guard;
    }

    /** The cluster opened for {@code attempted} ("run a command in shop/web-0/main"), with its policy. */
    Opened forCommands(Actor actor, ContainerRef container, String attempted) {
        mayRunCommands(actor, container, attempted);
        return new Opened(gate.open(actor, container.pod(), ClusterAction.CHANGE, attempted),
                policies.policy(container.cluster()));
    }

    /** The same checks, opening nothing: for a WebSocket's handshake. */
    void mayRunCommands(Actor actor, ContainerRef container, String attempted) {
        gate.require(actor, container.pod(), ClusterAction.CHANGE, attempted);
        if (!policies.policy(container.cluster()).exec()) {
            guard.refuse(actor, container.cluster(), attempted, container.describe(), Message.of(
                    "container.execOff", "Commands in containers are turned off for cluster '{0}'.",
                    container.cluster()));
        }
    }

    /** The cluster opened for file work, which its policy must allow besides the write permission. */
    ClusterAccess forFiles(Actor actor, ContainerRef container, String attempted) {
        gate.require(actor, container.pod(), ClusterAction.CHANGE, attempted);
        if (!policies.policy(container.cluster()).files()) {
            guard.refuse(actor, container.cluster(), attempted, container.describe(), Message.of(
                    "container.filesOff", "The file manager is turned off for cluster '{0}'.", container.cluster()));
        }
        return gate.open(actor, container.pod(), ClusterAction.CHANGE, attempted);
    }

    /** An opened cluster and the policy its container work follows. */
    record Opened(ClusterAccess access, ContainerPolicy policy) {
    }
}
