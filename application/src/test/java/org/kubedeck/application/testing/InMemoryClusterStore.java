package org.kubedeck.application.testing;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import org.kubedeck.application.cluster.port.out.ClusterStore;
import org.kubedeck.application.secret.SealedSecret;
import org.kubedeck.domain.ConflictException;
import org.kubedeck.domain.NotFoundException;
import org.kubedeck.domain.cluster.Cluster;
import org.kubedeck.domain.cluster.ClusterFacts;
import org.kubedeck.domain.cluster.ClusterHealth;
import org.kubedeck.domain.cluster.ClusterName;

public class InMemoryClusterStore implements ClusterStore {

    private final Map<ClusterName, Cluster> clusters = new ConcurrentSkipListMap<>();
    private final Map<ClusterName, SealedSecret> kubeconfigs = new ConcurrentSkipListMap<>();

    @Override
    public List<Cluster> findAll() {
        return List.copyOf(clusters.values());
    }

    @Override
    public Optional<Cluster> find(ClusterName name) {
        return Optional.ofNullable(clusters.get(name));
    }

    @Override
    public boolean exists(ClusterName name) {
        return clusters.containsKey(name);
    }

    @Override
    public void add(Cluster cluster, SealedSecret kubeconfig) {
        if (clusters.putIfAbsent(cluster.name(), cluster) != null) {
            throw new ConflictException("Cluster '" + cluster.name() + "' already exists.");
        }
        kubeconfigs.put(cluster.name(), kubeconfig);
    }

    @Override
    public void update(Cluster cluster, Optional<SealedSecret> kubeconfig) {
        if (!clusters.containsKey(cluster.name())) {
            throw new NotFoundException("Cluster '" + cluster.name() + "' does not exist.");
        }
        clusters.put(cluster.name(), cluster);
        kubeconfig.ifPresent(sealed -> kubeconfigs.put(cluster.name(), sealed));
    }

    @Override
    public void updateHealth(ClusterName name, ClusterHealth health) {
        Cluster cluster = clusters.get(name);
        if (cluster == null) {
            throw new NotFoundException("Cluster '" + name + "' does not exist.");
        }
        clusters.put(name, cluster.withHealth(health));
    }

    @Override
    public void updateFacts(ClusterName name, ClusterFacts facts) {
        Cluster cluster = clusters.get(name);
        if (cluster == null) {
            throw new NotFoundException("Cluster '" + name + "' does not exist.");
        }
        clusters.put(name, cluster.withFacts(facts));
    }

    @Override
    public Optional<SealedSecret> kubeconfig(ClusterName name) {
        return Optional.ofNullable(kubeconfigs.get(name));
    }

    @Override
    public Map<ClusterName, SealedSecret> allKubeconfigs() {
        return new TreeMap<>(kubeconfigs);
    }

    @Override
    public void delete(ClusterName name) {
        clusters.remove(name);
        kubeconfigs.remove(name);
    }
}
