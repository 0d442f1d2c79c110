package org.kubedeck.adapters.k8s.data;

import static org.kubedeck.adapters.k8s.ObjectRequests.genericApi;
import static org.kubedeck.adapters.k8s.ObjectRequests.send;

import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import io.kubernetes.client.custom.V1Patch;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.kubedeck.adapters.k8s.JsonFields;
import org.kubedeck.adapters.k8s.KubernetesCalls;
import org.kubedeck.adapters.k8s.ObjectRequests;
import org.kubedeck.adapters.k8s.ObjectRequests.Subject;
import org.kubedeck.adapters.k8s.ObjectRequests.Verb;
import org.kubedeck.adapters.k8s.kube.LiveResources;
import org.kubedeck.application.data.port.out.DataCluster;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.kube.ResourceKind;
import org.springframework.stereotype.Component;

/**
 * ConfigMaps' and Secrets' data through client-java's generic API: read as JSON, changed with one JSON merge patch
 * of the one key, so a key changed meanwhile by someone else is kept. A Secret's values are base64 on the wire
 * only; the port speaks bytes.
 */
@Component
class DataKubernetesAdapter implements DataCluster {

    private static final ObjectRequests VALUES = new ObjectRequests("value", "value");

    private final KubernetesCalls calls;

    DataKubernetesAdapter(KubernetesCalls calls) {
        this.calls = calls;
    }

    @Override
    public List<Value> values(ClusterAccess cluster, ResourceKind kind, String namespace, String name) {
        Subject subject = Subject.object(kind, namespace, name);
        JsonObject stored = calls.call(cluster, client -> LiveResources.stored(client, kind, namespace, name))
                .orElseThrow(subject::missing);
        boolean secret = kind.equals(ResourceKind.SECRET);
        List<Value> values = new ArrayList<>();
        JsonFields.texts(stored, "data").forEach((key, text) -> values.add(new Value(key, secret
                ? Base64.getDecoder().decode(text) : text.getBytes(StandardCharsets.UTF_8), false)));
        if (!secret) {
            JsonFields.texts(stored, "binaryData").forEach((key, text) -> values.add(new Value(key,
                    Base64.getDecoder().decode(text), true)));
        }
        values.sort(Comparator.comparing(Value::key));
        return values;
    }

    @Override
    public void set(ClusterAccess cluster, ResourceKind kind, String namespace, String name, String key,
            byte[] value) {
        String text = kind.equals(ResourceKind.SECRET) ? Base64.getEncoder().encodeToString(value)
                : new String(value, StandardCharsets.UTF_8);
        patch(cluster, kind, namespace, name, Map.of(key, new JsonPrimitive(text)));
    }

    @Override
    public void remove(ClusterAccess cluster, ResourceKind kind, String namespace, String name, String key) {
        patch(cluster, kind, namespace, name, Map.of(key, JsonNull.INSTANCE));
    }

    /** {@code {"data": {key: value}}}; a null value removes the key. */
    private void patch(ClusterAccess cluster, ResourceKind kind, String namespace, String name,
            Map<String, JsonElement> keys) {
        JsonObject data = new JsonObject();
        keys.forEach(data::add);
        JsonObject patch = new JsonObject();
        patch.add("data", data);
        Subject subject = Subject.object(kind, namespace, name);
        calls.call(cluster, client -> VALUES.stored(send(() -> genericApi(client, kind).patch(namespace, name,
                V1Patch.PATCH_FORMAT_JSON_MERGE_PATCH, new V1Patch(patch.toString()))), Verb.PATCH, subject,
                client.getBasePath()));
    }
}
