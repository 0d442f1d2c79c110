package org.kubedeck.adapters.persistence.cluster;

import org.kubedeck.adapters.persistence.PostgresTest;
import org.kubedeck.application.cluster.port.out.ClusterStore;
import org.kubedeck.application.testing.ClusterStoreContract;
import org.springframework.beans.factory.annotation.Autowired;

@PostgresTest
class ClusterJdbcAdapterTest extends ClusterStoreContract {

    @Autowired
    ClusterJdbcAdapterTest(ClusterStore store) {
        super(store);
    }

}
