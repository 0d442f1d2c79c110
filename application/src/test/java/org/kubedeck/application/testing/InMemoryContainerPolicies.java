package org.kubedeck.application.testing;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.kubedeck.application.container.port.out.ContainerPolicies;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.container.ContainerPolicy;

public class InMemoryContainerPolicies implements ContainerPolicies {

    private final Map<ClusterName, ContainerPolicy> policies = new ConcurrentHashMap<>();

    @Override
    public ContainerPolicy policy(ClusterName cluster) {
        return policies.getOrDefault(cluster, ContainerPolicy.DEFAULT);
    }

    @Override
    public void save(ClusterName cluster, ContainerPolicy policy) {
        policies.put(cluster, policy);
    }
}
