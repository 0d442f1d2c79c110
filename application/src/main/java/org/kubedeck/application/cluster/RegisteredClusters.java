package org.kubedeck.application.cluster;

import java.time.Clock;
import org.kubedeck.application.cluster.port.out.ClusterConnector;
import org.kubedeck.application.cluster.port.out.ClusterStore;
import org.kubedeck.application.kube.ClusterKeyring;
import org.kubedeck.domain.DomainException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.NotFoundException;
import org.kubedeck.domain.cluster.Cluster;
import org.kubedeck.domain.cluster.ClusterFacts;
import org.kubedeck.domain.cluster.ClusterHealth;
import org.kubedeck.domain.cluster.ClusterName;

/**
 * What the cluster use cases share about registered clusters: finding one, and probing one to record its health.
 * Public for the wiring only.
 */
public final class RegisteredClusters {

    private final ClusterStore store;
    private final ClusterConnector connector;
    private final ClusterKeyring keyring;
    private final Clock clock;

    public RegisteredClusters(ClusterStore store, ClusterConnector connector, ClusterKeyring keyring, Clock clock) {
        this.store = store;
        this.connector = connector;
        this.keyring = keyring;
        this.clock = clock;
    }

    ClusterStore store() {
        return store;
    }

    /** NotFoundException when no cluster has that name. */
    Cluster existing(ClusterName name) {
        return store.find(name).orElseThrow(() -> new NotFoundException(Message.of("cluster.clusterDoesNotExist",
                "Cluster '{0}' does not exist.", name)));
    }

    /** Reads and records the cluster's facts; never throws for an unreachable cluster, which keeps its last. */
    ClusterFacts sync(Cluster cluster) {
        try {
            ClusterFacts facts = connector.facts(keyring.open(cluster), clock.instant());
            store.updateFacts(cluster.name(), facts);
            return facts;
        } catch (NotFoundException e) {
            // Deleted while it was being read.
            return cluster.facts();
        } catch (DomainException e) {
            return cluster.facts();
        }
    }

    /** Connects and records the outcome as the cluster's health; never throws for an unreachable cluster. */
    ClusterHealth probe(Cluster cluster) {
        ClusterHealth health;
        try {
            health = ClusterHealth.reachable(connector.probe(keyring.open(cluster)), clock.instant());
        } catch (DomainException e) {
            health = ClusterHealth.unreachable(e.message(), clock.instant());
        }
        try {
            store.updateHealth(cluster.name(), health);
        } catch (NotFoundException e) {
            // Deleted while it was being probed.
        }
        return health;
    }
}
