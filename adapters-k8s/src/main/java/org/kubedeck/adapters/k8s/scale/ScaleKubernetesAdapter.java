package org.kubedeck.adapters.k8s.scale;

import static org.kubedeck.adapters.k8s.ObjectRequests.genericApi;
import static org.kubedeck.adapters.k8s.ObjectRequests.send;
import com.google.gson.JsonObject;
import io.kubernetes.client.custom.V1Patch;
import io.kubernetes.client.openapi.apis.AppsV1Api;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1PodTemplateSpec;
import io.kubernetes.client.openapi.models.V1ResourceRequirements;
import io.kubernetes.client.openapi.models.V1StatefulSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kubedeck.adapters.k8s.KubernetesCalls;
import org.kubedeck.adapters.k8s.ObjectRequests;
import org.kubedeck.adapters.k8s.ObjectRequests.Subject;
import org.kubedeck.adapters.k8s.ObjectRequests.Verb;
import org.kubedeck.adapters.k8s.QuantityMaps;
import org.kubedeck.application.scale.port.out.ScaleCluster;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.quota.PodResources;
import org.kubedeck.domain.quota.PodResources.Container;
import org.kubedeck.domain.scale.ScalePlan;
import org.springframework.stereotype.Component;


/**
 * Replicas of Deployments and StatefulSets: read through client-java's typed API, set with one JSON merge patch of
 * {@code spec.replicas} (the same rights as editing the object; the scale subresource would need its own). Every
 * answer is one {@link KubernetesCalls#call}; what the server refuses is translated by {@link ObjectRequests}.
 */
@Component
class ScaleKubernetesAdapter implements ScaleCluster {

    private static final ObjectRequests REPLICAS = new ObjectRequests("replicas", "replicas");
    /** An init container with this restart policy is a sidecar: it runs beside the containers for the pod's life. */
    private static final String SIDECAR = "Always";

    private final KubernetesCalls calls;

    ScaleKubernetesAdapter(KubernetesCalls calls) {
        this.calls = calls;
    }

    @Override
    public ScalableWorkload workload(ClusterAccess cluster, ResourceKind kind, String namespace, String name) {
        ScalePlan.scalable(kind);
        Subject subject = Subject.object(kind, namespace, name);
        return calls.call(cluster, REPLICAS.ifExists(subject, client -> {
            AppsV1Api apps = new AppsV1Api(client);
            if (kind.equals(ResourceKind.DEPLOYMENT)) {
                V1Deployment deployment = apps.readNamespacedDeployment(name, namespace).execute();
                return workload(deployment.getSpec().getReplicas(), deployment.getSpec().getTemplate());
            }
            V1StatefulSet statefulSet = apps.readNamespacedStatefulSet(name, namespace).execute();
            return workload(statefulSet.getSpec().getReplicas(), statefulSet.getSpec().getTemplate());
        })).orElseThrow(subject::missing);
    }

    @Override
    public int scale(ClusterAccess cluster, ResourceKind kind, String namespace, String name, int replicas) {
        ScalePlan.scalable(kind);
        Subject subject = Subject.object(kind, namespace, name);
        V1Patch patch = new V1Patch("{\"spec\":{\"replicas\":" + replicas + "}}");
        JsonObject stored = calls.call(cluster, client -> REPLICAS.stored(send(() -> genericApi(client, kind)
                        .patch(namespace, name, V1Patch.PATCH_FORMAT_JSON_MERGE_PATCH, patch)),
                Verb.PATCH, subject, client.getBasePath()));
        return stored.getAsJsonObject("spec").get("replicas").getAsInt();
    }

    /** Kubernetes runs one replica when {@code spec.replicas} is left out. */
    private static ScalableWorkload workload(Integer replicas, V1PodTemplateSpec template) {
        V1PodSpec spec = template == null ? null : template.getSpec();
        List<Container> containers = new ArrayList<>();
        List<Container> initContainers = new ArrayList<>();
        if (spec != null) {
            if (spec.getContainers() != null) {
                spec.getContainers().forEach(container -> containers.add(container(container)));
            }
            if (spec.getInitContainers() != null) {
                spec.getInitContainers().forEach(container -> (SIDECAR.equals(container.getRestartPolicy())
                        ? containers : initContainers).add(container(container)));
            }
        }
        return new ScalableWorkload(replicas == null ? 1 : replicas, new PodResources(containers, initContainers));
    }

    private static Container container(V1Container container) {
        V1ResourceRequirements resources = container.getResources();
        return new Container(container.getName(),
                resources == null ? Map.of() : QuantityMaps.text(resources.getRequests()),
                resources == null ? Map.of() : QuantityMaps.text(resources.getLimits()));
    }
}
