package org.kubedeck.adapters.persistence.container;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kubedeck.adapters.persistence.PostgresTest;
import org.kubedeck.adapters.persistence.testing.Rows;
import org.kubedeck.application.cluster.port.out.ClusterStore;
import org.kubedeck.application.container.port.out.ContainerPolicies;
import org.kubedeck.application.testing.ContainerPoliciesContract;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.container.ContainerPolicy;
import org.springframework.beans.factory.annotation.Autowired;

@PostgresTest
class ContainerPolicyJdbcAdapterTest extends ContainerPoliciesContract {

    @Autowired
    ClusterStore clusters;

    @Autowired
    ContainerPolicyJdbcAdapterTest(ContainerPolicies policies, Rows rows) {
        super(policies, rows);
    }

    @Test
    void aClustersPolicyGoesWithTheCluster() {
        ClusterName cluster = cluster();
        port().save(cluster, new ContainerPolicy(false, false, true));

        clusters.delete(cluster);
        assertThat(port().policy(cluster)).isEqualTo(ContainerPolicy.DEFAULT);
    }
}
