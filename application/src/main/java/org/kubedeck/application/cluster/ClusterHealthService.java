package org.kubedeck.application.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.kubedeck.application.UseCase;
import org.kubedeck.application.cluster.port.in.MaintainClustersUseCase;
import org.kubedeck.domain.cluster.Cluster;
import org.kubedeck.domain.cluster.ClusterHealth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The console's own rounds over every cluster, in parallel: probing their health, and reading their facts. */
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
        eachCluster(clusters::probe, "Cluster health check failed");
    }

    @Override
    public void syncFacts() {
        eachCluster(cluster -> cluster.health().status() == ClusterHealth.Status.UNREACHABLE ? cluster.facts()
                : clusters.sync(cluster), "Cluster sync failed");
    }

    private void eachCluster(Function<Cluster, ?> work, String failure) {
        List<Cluster> all = clusters.store().findAll();
        if (all.isEmpty()) {
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(PARALLEL_PROBES, all.size()));
        try {
            List<Future<?>> rounds = new ArrayList<>();
            for (Cluster cluster : all) {
                rounds.add(pool.submit(() -> work.apply(cluster)));
            }
            for (Future<?> round : rounds) {
                round.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            log.warn(failure, e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
