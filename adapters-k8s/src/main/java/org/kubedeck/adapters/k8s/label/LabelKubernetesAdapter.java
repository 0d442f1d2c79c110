package org.kubedeck.adapters.k8s.label;

import static org.kubedeck.adapters.k8s.ObjectRequests.genericApi;
import static org.kubedeck.adapters.k8s.ObjectRequests.send;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import io.kubernetes.client.custom.V1Patch;
import io.kubernetes.client.util.generic.dynamic.DynamicKubernetesApi;
import io.kubernetes.client.util.generic.options.ListOptions;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.kubedeck.adapters.k8s.KubernetesCalls;
import org.kubedeck.adapters.k8s.ObjectRequests;
import org.kubedeck.adapters.k8s.ObjectRequests.Subject;
import org.kubedeck.adapters.k8s.ObjectRequests.Verb;
import org.kubedeck.application.label.port.out.LabelCluster;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.kube.LabelSelector;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.label.LabelChange;
import org.springframework.stereotype.Component;


/**
 * Labels of every {@link ResourceKind} through client-java's generic API, as {@link ObjectRequests} serves it to
 * the YAML pages too. Every answer is one {@link KubernetesCalls#call}. Labels are answered sorted by key.
 */
@Component
class LabelKubernetesAdapter implements LabelCluster {

    private static final ObjectRequests LABELS = new ObjectRequests("labels", "labels");

    private final KubernetesCalls calls;

    LabelKubernetesAdapter(KubernetesCalls calls) {
        this.calls = calls;
    }

    @Override
    public Map<String, String> labels(ClusterAccess cluster, ResourceKind kind, String namespace, String name) {
        Subject subject = Subject.object(kind, namespace, name);
        return labels(calls.call(cluster, client -> {
            DynamicKubernetesApi api = genericApi(client, kind);
            return LABELS.stored(send(() -> kind.namespaced() ? api.get(namespace, name) : api.get(name)), Verb.READ,
                    subject, client.getBasePath());
        }));
    }

    /** No resourceVersion: a merge patch of labels touches only these keys, so no change made meanwhile is lost. */
    @Override
    public Map<String, String> change(ClusterAccess cluster, ResourceKind kind, String namespace, String name,
            LabelChange change) {
        Subject subject = Subject.object(kind, namespace, name);
        V1Patch patch = new V1Patch(mergePatch(change).toString());
        String type = V1Patch.PATCH_FORMAT_JSON_MERGE_PATCH;
        return labels(calls.call(cluster, client -> {
            DynamicKubernetesApi api = genericApi(client, kind);
            return LABELS.stored(send(() -> kind.namespaced() ? api.patch(namespace, name, type, patch)
                    : api.patch(name, type, patch)), Verb.PATCH, subject, client.getBasePath());
        }));
    }

    /**
     * The API server applies the selector; the answer is filtered again, so it is right where a server (or the
     * fake) applies set-based requirements loosely.
     */
    @Override
    public List<LabeledObject> select(ClusterAccess cluster, ResourceKind kind, String namespace,
            LabelSelector selector) {
        ListOptions options = new ListOptions();
        String query = selector.toQuery();
        if (!query.isEmpty()) {
            options.setLabelSelector(query);
        }
        Subject subject = Subject.all(kind, namespace);
        return calls.call(cluster, client -> {
            DynamicKubernetesApi api = genericApi(client, kind);
            return LABELS.items(send(() -> namespace == null ? api.list(options) : api.list(namespace, options)),
                    subject, client.getBasePath());
        }).stream()
                .map(object -> new LabeledObject(kind, metadata(object, "namespace"), metadata(object, "name"),
                        labels(object)))
                .filter(object -> selector.matches(object.labels()))
                .sorted(Comparator.comparing(LabeledObject::namespace).thenComparing(LabeledObject::name))
                .toList();
    }

    /** {@code {"metadata":{"labels":{"set":"value","removed":null}}}}, keys in order so a change sends the same. */
    private static JsonObject mergePatch(LabelChange change) {
        JsonObject labels = new JsonObject();
        new TreeMap<>(change.set()).forEach(labels::addProperty);
        new TreeSet<>(change.remove()).forEach(key -> labels.add(key, JsonNull.INSTANCE));
        JsonObject metadata = new JsonObject();
        metadata.add("labels", labels);
        JsonObject patch = new JsonObject();
        patch.add("metadata", metadata);
        return patch;
    }

    /** A label without a value is none: the fake answers a merge patch's removal as {@code "key": null}. */
    private static Map<String, String> labels(JsonObject object) {
        Map<String, String> labels = new TreeMap<>();
        if (object.get("metadata") instanceof JsonObject metadata
                && metadata.get("labels") instanceof JsonObject stored) {
            for (Map.Entry<String, JsonElement> label : stored.entrySet()) {
                if (label.getValue().isJsonPrimitive()) {
                    labels.put(label.getKey(), label.getValue().getAsString());
                }
            }
        }
        return Collections.unmodifiableMap(labels);
    }

    private static String metadata(JsonObject object, String field) {
        return object.getAsJsonObject("metadata").get(field).getAsString();
    }
}
