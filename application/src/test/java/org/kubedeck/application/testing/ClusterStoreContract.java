package org.kubedeck.application.testing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kubedeck.application.cluster.port.out.ClusterStore;
import org.kubedeck.application.secret.SealedSecret;
import org.kubedeck.domain.ConflictException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.NotFoundException;
import org.kubedeck.domain.cluster.Cluster;
import org.kubedeck.domain.cluster.ClusterFacts;
import org.kubedeck.domain.cluster.ClusterHealth;
import org.kubedeck.domain.cluster.ClusterInfo;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.cluster.Provider;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every ClusterStore must do; run against the in-memory store and the database adapter. */
public abstract class ClusterStoreContract extends PortContract<ClusterStore> {

    protected ClusterStoreContract(ClusterStore store) {
        super(store, ReferencedRows.NONE);
    }

    protected ClusterStore store() {
        return port();
    }

    private static ClusterName unique() {
        return ClusterName.of("c-" + UUID.randomUUID().toString().substring(0, 8));
    }

    private static Cluster cluster(ClusterName name) {
        return new Cluster(name, "Cluster " + name, List.of("eu", "prod"), "ctx",
                Instant.parse("2026-02-01T10:00:00.123456Z"), null);
    }

    @Test
    void aClusterAddedTwiceUnderOneNameIsAConflictAndTheFirstStays() {
        ClusterName name = unique();
        SealedSecret first = new SealedSecret("k1", new byte[] {1});
        store().add(cluster(name), first);

        assertThatThrownBy(() -> store().add(cluster(name), new SealedSecret("k1", new byte[] {2})))
                .isInstanceOf(ConflictException.class).hasMessage("Cluster '" + name + "' already exists.");
        assertThat(store().kubeconfig(name)).contains(first);
    }

    @Test
    void addedClusterIsFoundWithItsKubeconfig() {
        ClusterName name = unique();
        SealedSecret sealed = new SealedSecret("k1", new byte[] {1, 2, 3});
        store().add(cluster(name), sealed);
        Cluster found = store().find(name).orElseThrow();
        assertThat(found).isEqualTo(cluster(name).withHealth(ClusterHealth.UNKNOWN));
        assertThat(store().kubeconfig(name)).contains(sealed);
        assertThat(store().exists(name)).isTrue();
        assertThat(store().findAll()).contains(found);
        assertThat(store().allKubeconfigs()).containsEntry(name, sealed);
    }

    @Test
    void updateChangesDetailsAndKeepsTheKubeconfigUnlessGiven() {
        ClusterName name = unique();
        SealedSecret first = new SealedSecret("k1", new byte[] {1});
        store().add(cluster(name), first);
        Cluster edited = cluster(name).withDetails("Renamed", Map.of("env", "prod", "eu", ""), List.of("payments",
                "europe"), Provider.CCE, "cn-north-4", null);
        store().update(edited, Optional.empty());
        assertThat(store().find(name).orElseThrow().displayName()).isEqualTo("Renamed");
        assertThat(store().find(name).orElseThrow()).satisfies(found -> {
            assertThat(found.tags()).isEqualTo(Map.of("env", "prod", "eu", ""));
            assertThat(found.groups()).containsExactly("europe", "payments");
            assertThat(found.provider()).isEqualTo(Provider.CCE);
            assertThat(found.region()).isEqualTo("cn-north-4");
        });
        assertThat(store().find(name).orElseThrow().context()).isNull();
        assertThat(store().kubeconfig(name)).contains(first);
        SealedSecret second = new SealedSecret("k2", new byte[] {2});
        store().update(edited, Optional.of(second));
        assertThat(store().kubeconfig(name)).contains(second);
    }

    @Test
    void healthIsStored() {
        ClusterName name = unique();
        store().add(cluster(name), new SealedSecret("k1", new byte[] {1}));
        ClusterHealth up = ClusterHealth.reachable(new ClusterInfo("v1.31.0", 4),
                Instant.parse("2026-03-01T00:00:00Z"));
        store().updateHealth(name, up);
        assertThat(store().find(name).orElseThrow().health()).isEqualTo(up);
        ClusterHealth down = ClusterHealth.unreachable(Message.of("cluster.cannotReach",
                "Cannot reach {0}: {1}", "https://10.0.0.1", Message.of("kube.refused", "refused")),
                Instant.parse("2026-03-01T00:01:00Z"));
        store().updateHealth(name, down);
        assertThat(store().find(name).orElseThrow().health()).as("the message with its key and arguments")
                .isEqualTo(down);
    }

    @Test
    void factsAreStored() {
        ClusterName name = unique();
        store().add(cluster(name), new SealedSecret("k1", new byte[] {1}));
        ClusterFacts facts = new ClusterFacts(Provider.EKS, "eu-west-1", List.of("eu-west-1a", "eu-west-1b"), 3, 42,
                12_000, 48L << 30, 3_500, 6L << 30, Instant.parse("2026-03-01T00:02:00Z"));
        store().updateFacts(name, facts);
        assertThat(store().find(name).orElseThrow().facts()).isEqualTo(facts);
        assertThat(store().find(name).orElseThrow().effectiveProvider()).isEqualTo(Provider.EKS);
    }

    @Test
    void deletedClusterIsGoneAndCannotBeUpdated() {
        ClusterName name = unique();
        store().add(cluster(name), new SealedSecret("k1", new byte[] {1}));
        store().delete(name);
        assertThat(store().find(name)).isEmpty();
        assertThat(store().kubeconfig(name)).isEmpty();
        assertThatThrownBy(() -> store().updateHealth(name, ClusterHealth.UNKNOWN))
                .isInstanceOf(NotFoundException.class);
    }
}
