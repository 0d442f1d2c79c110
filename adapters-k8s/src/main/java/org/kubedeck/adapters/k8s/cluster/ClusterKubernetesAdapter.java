package org.kubedeck.adapters.k8s.cluster;

import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.apis.CoreV1Api;
import io.kubernetes.client.openapi.apis.VersionApi;
import io.kubernetes.client.openapi.models.V1ListMeta;
import io.kubernetes.client.openapi.models.V1NodeList;
import io.kubernetes.client.openapi.models.V1Pod;
import io.kubernetes.client.openapi.models.V1PodList;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kubedeck.adapters.k8s.KubernetesCalls;
import org.kubedeck.adapters.k8s.ServerKubeconfig;
import org.kubedeck.adapters.k8s.kube.CapacityReading;
import org.kubedeck.application.cluster.port.out.ClusterConnector;
import org.kubedeck.domain.capacity.Amounts;
import org.kubedeck.domain.capacity.CapacitySnapshot.PodLoad;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.cluster.ClusterFacts;
import org.kubedeck.domain.cluster.ClusterFacts.NodeFacts;
import org.kubedeck.domain.cluster.ClusterInfo;
import org.kubedeck.domain.cluster.Kubeconfig;
import org.springframework.stereotype.Component;

@Component
class ClusterKubernetesAdapter implements ClusterConnector {

    /** Pods read a page at a time: memory does not grow with the cluster. */
    static final int PAGE = 500;

    private final KubernetesCalls calls;

    ClusterKubernetesAdapter(KubernetesCalls calls) {
        this.calls = calls;
    }

    @Override
    public List<String> contexts(Kubeconfig kubeconfig) {
        return ServerKubeconfig.parse(kubeconfig).contextNames();
    }

    @Override
    public ClusterInfo probe(ClusterAccess access) {
        return calls.probe(access, client -> new ClusterInfo(gitVersion(client), nodeCount(client)));
    }

    @Override
    public ClusterFacts facts(ClusterAccess access, Instant at) {
        return calls.call(access, client -> facts(client, at));
    }

    /** Every node; the pods {@value #PAGE} at a time, added up as they come, those that ended left out. */
    private static ClusterFacts facts(ApiClient client, Instant at) throws ApiException {
        CoreV1Api core = new CoreV1Api(client);
        List<NodeFacts> nodes = core.listNode().execute().getItems().stream()
                .map(node -> {
                    Amounts allocatable = CapacityReading.node(node).allocatable();
                    return new NodeFacts(node.getSpec() == null ? null : node.getSpec().getProviderID(),
                            node.getMetadata().getLabels() == null ? Map.of() : node.getMetadata().getLabels(),
                            allocatable.cpu(), allocatable.memory());
                })
                .toList();
        int pods = 0;
        Amounts requested = Amounts.ZERO;
        String position = null;
        do {
            V1PodList page = core.listPodForAllNamespaces().limit(PAGE)._continue(position).execute();
            for (V1Pod pod : page.getItems()) {
                Optional<PodLoad> load = CapacityReading.pod(pod);
                if (load.isPresent()) {
                    pods++;
                    requested = requested.plus(load.get().requests());
                }
            }
            position = page.getMetadata() == null ? null : page.getMetadata().getContinue();
        } while (position != null && !position.isEmpty());
        return ClusterFacts.of(nodes, pods, requested.cpu(), requested.memory(), at);
    }

    private static String gitVersion(ApiClient client) throws ApiException {
        return new VersionApi(client).getCode().execute().getGitVersion();
    }

    /**
     * Asks for one node and reads how many remain, so a probe of a large cluster does not download every
     * node. Servers that do not report the remainder (or ignore the limit, like the test fake) get a full list.
     */
    private static int nodeCount(ApiClient client) throws ApiException {
        CoreV1Api core = new CoreV1Api(client);
        V1NodeList firstPage = core.listNode().limit(1).execute();
        V1ListMeta page = firstPage.getMetadata();
        int onThisPage = firstPage.getItems().size();
        if (page != null && page.getRemainingItemCount() != null) {
            return onThisPage + Math.toIntExact(page.getRemainingItemCount());
        }
        if (page == null || page.getContinue() == null || page.getContinue().isEmpty()) {
            return onThisPage;
        }
        return core.listNode().execute().getItems().size();
    }
}
