package org.kubedeck.application.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.kubedeck.application.UseCase;
import org.kubedeck.application.cluster.port.in.MaintainClustersUseCase;
import org.kubedeck.domain.cluster.Cluster;
import org.kubedeck.domain.cluster.ClusterHealth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The console's own round over every cluster, probing them in parallel to record their health. */
@UseCase
class ClusterHealthService implements MaintainClustersUseCase {

    private static final Logger log = LoggerFactory.getLogger(ClusterHealthService.class);
    private static final int PARALLEL_PROBES = 8;

    private final RegisteredClusters clusters;

    ClusterHealthService(RegisteredClusters clusters) {
        this.clusters = clusters;
    }

    @Override
    public void refreshHealth() {
        List<Cluster> all = clusters.store().findAll();
        if (all.isEmpty()) {
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(PARALLEL_PROBES, all.size()));
        try {
            List<Future<ClusterHealth>> probes = new ArrayList<>();
            for (Cluster cluster : all) {
                probes.add(pool.submit(() -> clusters.probe(cluster)));
            }
            for (Future<ClusterHealth> probe : probes) {
                probe.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            log.warn("Cluster health check failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
