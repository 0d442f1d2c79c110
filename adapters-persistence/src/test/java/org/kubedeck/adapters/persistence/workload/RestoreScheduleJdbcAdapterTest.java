package org.kubedeck.adapters.persistence.workload;

import java.time.Instant;
import org.kubedeck.adapters.persistence.PostgresTest;
import org.kubedeck.application.cluster.port.out.ClusterStore;
import org.kubedeck.application.secret.SealedSecret;
import org.kubedeck.application.testing.RestoreScheduleContract;
import org.kubedeck.application.workload.port.out.RestoreSchedule;
import org.kubedeck.domain.cluster.Cluster;
import org.kubedeck.domain.cluster.ClusterName;
import org.springframework.beans.factory.annotation.Autowired;

@PostgresTest
class RestoreScheduleJdbcAdapterTest extends RestoreScheduleContract {

    @Autowired
    RestoreSchedule schedule;

    @Autowired
    ClusterStore clusters;

    @Override
    protected RestoreSchedule schedule() {
        return schedule;
    }

    /** Planned restores belong to a registered cluster, and go when it goes. */
    @Override
    protected void register(ClusterName cluster) {
        clusters.add(new Cluster(cluster, null, null, null, Instant.now(), null),
                new SealedSecret("k", new byte[] {1}));
    }
}
