package org.kubedeck.application.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kubedeck.application.container.port.out.ContainerPolicies;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.container.ContainerPolicy;

/** What every ContainerPolicies must do; run against the in-memory store and the database adapter. */
public abstract class ContainerPoliciesContract extends PortContract<ContainerPolicies> {

    protected ContainerPoliciesContract(ContainerPolicies policies, ReferencedRows rows) {
        super(policies, rows);
    }

    @Test
    void aClusterNobodySetHasTheDefaultsAndASavedPolicyIsKeptUntilReplaced() {
        ClusterName cluster = cluster();
        assertThat(port().policy(cluster)).isEqualTo(ContainerPolicy.DEFAULT);

        port().save(cluster, new ContainerPolicy(false, true, true));
        assertThat(port().policy(cluster)).isEqualTo(new ContainerPolicy(false, true, true));
        port().save(cluster, new ContainerPolicy(true, false, false));
        assertThat(port().policy(cluster)).isEqualTo(new ContainerPolicy(true, false, false));
    }

    @Test
    void eachClusterHasItsOwn() {
        ClusterName one = cluster();
        ClusterName other = cluster();
        port().save(one, new ContainerPolicy(false, false, false));

        assertThat(port().policy(other)).isEqualTo(ContainerPolicy.DEFAULT);
    }
}
