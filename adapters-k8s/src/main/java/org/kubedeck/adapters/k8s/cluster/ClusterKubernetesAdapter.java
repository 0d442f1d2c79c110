package org.kubedeck.adapters.k8s.cluster;

import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.apis.CoreV1Api;
import io.kubernetes.client.openapi.apis.VersionApi;
import io.kubernetes.client.openapi.models.V1ListMeta;
import io.kubernetes.client.openapi.models.V1NodeList;
import java.util.List;
import org.kubedeck.adapters.k8s.KubernetesCalls;
import org.kubedeck.adapters.k8s.ServerKubeconfig;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.application.cluster.port.out.ClusterConnector;
import org.kubedeck.domain.cluster.ClusterInfo;
import org.kubedeck.domain.cluster.Kubeconfig;
import org.springframework.stereotype.Component;

@Component
class ClusterKubernetesAdapter implements ClusterConnector {

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
