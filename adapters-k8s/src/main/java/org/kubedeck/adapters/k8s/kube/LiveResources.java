package org.kubedeck.adapters.k8s.kube;

import static org.kubedeck.adapters.k8s.ObjectRequests.genericApi;
import static org.kubedeck.adapters.k8s.ObjectRequests.send;

import com.google.gson.JsonObject;
import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.util.generic.KubernetesApiResponse;
import io.kubernetes.client.util.generic.dynamic.DynamicKubernetesApi;
import io.kubernetes.client.util.generic.dynamic.DynamicKubernetesObject;
import java.util.Optional;
import org.kubedeck.adapters.k8s.ObjectRequests;
import org.kubedeck.adapters.k8s.ObjectRequests.Subject;
import org.kubedeck.adapters.k8s.ObjectRequests.Verb;
import org.kubedeck.application.kube.port.out.ResourceCluster.SecretMask;
import org.kubedeck.domain.kube.LiveResource;
import org.kubedeck.domain.kube.ResourceKind;

/** An object as the API server answered it, in the form its history records: YAML without what the cluster owns. */
public final class LiveResources {

    private static final int NOT_FOUND = 404;
    private static final ObjectRequests YAML = new ObjectRequests(ResourceYaml.FIELD, "YAML");

    private LiveResources() {
    }

    /**
     * One object as the API server stores it, through the generic API (for a kind of either scope), or empty when
     * there is none; a refusal translated.
     */
    public static Optional<JsonObject> stored(ApiClient client, ResourceKind kind, String namespace, String name) {
        DynamicKubernetesApi api = genericApi(client, kind);
        KubernetesApiResponse<DynamicKubernetesObject> answer = send(() -> kind.namespaced()
                ? api.get(namespace, name) : api.get(name));
        if (answer.getHttpStatusCode() == NOT_FOUND) {
            return Optional.empty();
        }
        return Optional.of(YAML.stored(answer, Verb.READ, Subject.object(kind, namespace, name),
                client.getBasePath()));
    }

    static LiveResource of(ResourceKind kind, JsonObject stored, SecretMask mask) {
        JsonObject normalized = ResourceYaml.normalized(ResourceYaml.withTypeMeta(stored, kind));
        String manifest = ResourceYaml.text(normalized);
        String yaml = kind.equals(ResourceKind.SECRET) ? ResourceYaml.text(ResourceYaml.masked(normalized, mask))
                : manifest;
        return new LiveResource(kind, ResourceYaml.string(stored, "metadata", "name"),
                ResourceYaml.string(stored, "metadata", "resourceVersion"), yaml, manifest,
                ResourceYaml.lastManager(stored));
    }

    /** For every kind but Secret, whose values need a mask. */
    public static LiveResource of(ResourceKind kind, JsonObject stored) {
        if (kind.equals(ResourceKind.SECRET)) {
            throw new IllegalArgumentException("A Secret's answer needs its values masked");
        }
        return of(kind, stored, null);
    }
}
