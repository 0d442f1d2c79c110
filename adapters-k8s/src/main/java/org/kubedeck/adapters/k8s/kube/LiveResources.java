package org.kubedeck.adapters.k8s.kube;

import static org.kubedeck.adapters.k8s.ObjectRequests.genericApi;
import static org.kubedeck.adapters.k8s.ObjectRequests.send;

import com.google.gson.JsonObject;
import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.util.generic.KubernetesApiResponse;
import io.kubernetes.client.util.generic.dynamic.DynamicKubernetesApi;
import io.kubernetes.client.util.generic.dynamic.DynamicKubernetesObject;
import io.kubernetes.client.util.generic.options.ListOptions;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.kubedeck.adapters.k8s.JsonFields;
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

    /**
     * The objects of {@code kind} in the namespace that name {@code owner} (an object as stored) as theirs: a
     * Deployment's ReplicaSets, a ReplicaSet's pods, a CronJob's Jobs. The owner's {@code spec.selector} spares the
     * server the others where it has one; the owner's uid decides, as two owners may select alike.
     */
    public static List<JsonObject> owned(ApiClient client, ResourceKind kind, JsonObject owner, String namespace) {
        ListOptions options = new ListOptions();
        JsonObject selector = JsonFields.object(owner, "spec", "selector");
        if (selector != null) {
            options.setLabelSelector(JsonFields.texts(selector, "matchLabels").entrySet().stream()
                    .map(label -> label.getKey() + "=" + label.getValue()).collect(Collectors.joining(",")));
        }
        String uid = JsonFields.text(owner, "metadata", "uid");
        return YAML.items(send(() -> genericApi(client, kind).list(namespace, options)), Subject.all(kind, namespace),
                        client.getBasePath()).stream()
                .filter(object -> JsonFields.ownedBy(object, uid))
                .toList();
    }
}
