package org.kubedeck.adapters.persistence.workload;

import org.kubedeck.adapters.persistence.PostgresTest;
import org.kubedeck.adapters.persistence.testing.Rows;
import org.kubedeck.application.cluster.port.out.ClusterStore;
import org.kubedeck.application.testing.RestoreScheduleContract;
import org.kubedeck.application.workload.port.out.RestoreSchedule;
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
        Rows.cluster(clusters, cluster);
    }
}
