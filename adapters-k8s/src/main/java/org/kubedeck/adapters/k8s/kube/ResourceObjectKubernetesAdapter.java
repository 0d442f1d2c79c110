package org.kubedeck.adapters.k8s.kube;

import static org.kubedeck.adapters.k8s.ObjectRequests.genericApi;
import static org.kubedeck.adapters.k8s.ObjectRequests.send;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.openapi.apis.CoreV1Api;
import io.kubernetes.client.openapi.models.CoreV1Event;
import io.kubernetes.client.openapi.models.V1ObjectReference;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kubedeck.adapters.k8s.JsonFields;
import org.kubedeck.adapters.k8s.KubernetesCalls;
import org.kubedeck.adapters.k8s.KubernetesEvents;
import org.kubedeck.adapters.k8s.ObjectRequests;
import org.kubedeck.adapters.k8s.ObjectRequests.Subject;
import org.kubedeck.adapters.k8s.ObjectRequests.Verb;
import org.kubedeck.application.kube.port.out.ResourceCluster.SecretMask;
import org.kubedeck.application.resource.port.out.ResourceObjects;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.resource.ObjectDetail;
import org.kubedeck.domain.resource.ObjectDetail.Owner;
import org.kubedeck.domain.resource.ObjectEvent;
import org.springframework.stereotype.Component;

/**
 * One object of any kind through client-java's generic API, its YAML normalized as {@link ResourceYaml} does for
 * versions; and events through the core API, selected by the object they are about.
 */
@Component
class ResourceObjectKubernetesAdapter implements ResourceObjects {

    private static final ObjectRequests OBJECTS = new ObjectRequests(ResourceYaml.FIELD, "YAML");
    private static final ResourceKind EVENT = ResourceKind.discovered("", "v1", "events", "Event", true);
    private static final ResourceKind REPLICASET = ResourceKind.discovered("apps", "v1", "replicasets",
            "ReplicaSet", true);
    /** What the controllers of these kinds make: the objects a detail page lists as owned. */
    private static final Map<ResourceKind, ResourceKind> MADE = Map.of(ResourceKind.DEPLOYMENT, REPLICASET,
            REPLICASET, ResourceKind.POD, ResourceKind.STATEFULSET, ResourceKind.POD, ResourceKind.DAEMONSET,
            ResourceKind.POD, ResourceKind.JOB, ResourceKind.POD, ResourceKind.CRONJOB, ResourceKind.JOB);
    /** Events read at the most to find the newest: a namespace's events are many but short-lived. */
    private static final int MOST_READ = 1_000;

    private final KubernetesCalls calls;

    ResourceObjectKubernetesAdapter(KubernetesCalls calls) {
        this.calls = calls;
    }

    @Override
    public Optional<ObjectDetail> detail(ClusterAccess cluster, ResourceKind kind, String namespace, String name,
            SecretMask mask) {
        return calls.call(cluster, client -> LiveResources.stored(client, kind, namespace, name).map(stored -> {
            JsonObject metadata = ResourceYaml.metadata(stored);
            return new ObjectDetail(kind, namespace, name, ResourceYaml.string(metadata, "resourceVersion"),
                    JsonFields.instant(metadata.get("creationTimestamp")),
                    JsonFields.texts(metadata, "labels"), JsonFields.texts(metadata, "annotations"),
                    owners(metadata), owned(client, kind, namespace, stored),
                    LiveResources.of(kind, stored, mask).yaml());
        }));
    }

    @Override
    public List<ObjectEvent> events(ClusterAccess cluster, String namespace, ResourceKind kind, String name,
            int most) {
        List<String> about = new ArrayList<>();
        if (kind != null) {
            about.add("involvedObject.kind=" + kind.kind());
        }
        if (!name.isEmpty()) {
            about.add("involvedObject.name=" + name);
        }
        String selector = String.join(",", about);
        return calls.call(cluster, OBJECTS.translated(Verb.LIST, Subject.all(EVENT, namespace.isEmpty() ? null
                : namespace), client -> {
            CoreV1Api core = new CoreV1Api(client);
            List<CoreV1Event> events = namespace.isEmpty()
                    ? core.listEventForAllNamespaces().fieldSelector(selector).limit(MOST_READ).execute().getItems()
                    : core.listNamespacedEvent(namespace).fieldSelector(selector).limit(MOST_READ).execute()
                            .getItems();
            return events.stream().map(ResourceObjectKubernetesAdapter::event)
                    .sorted(Comparator.comparing(ObjectEvent::at, Comparator.nullsLast(Comparator.reverseOrder())))
                    .limit(most).toList();
        }));
    }

    private static ObjectEvent event(CoreV1Event event) {
        V1ObjectReference about = event.getInvolvedObject();
        return new ObjectEvent(KubernetesEvents.seen(event), event.getType(), event.getReason(), event.getMessage(),
                KubernetesEvents.count(event), KubernetesEvents.source(event),
                event.getMetadata() == null ? null : event.getMetadata().getNamespace(),
                about == null ? null : about.getKind() + "/" + about.getName());
    }

    /**
     * The objects of the kind the object's controller makes that name it as their owner, by name; one list
     * request ({@link LiveResources#owned}). Other kinds own nothing the page looks for.
     */
    private static List<Owner> owned(ApiClient client, ResourceKind kind, String namespace, JsonObject owner) {
        ResourceKind made = MADE.get(kind);
        if (made == null) {
            return List.of();
        }
        return LiveResources.owned(client, made, owner, namespace).stream()
                .map(object -> new Owner(made.apiVersion(), made.kind(), ResourceYaml.string(object, "metadata",
                        "name"), true))
                .sorted(Comparator.comparing(Owner::name))
                .toList();
    }

    private static List<Owner> owners(JsonObject metadata) {
        List<Owner> owners = new ArrayList<>();
        if (metadata.get("ownerReferences") != null && metadata.get("ownerReferences").isJsonArray()) {
            for (JsonElement element : metadata.getAsJsonArray("ownerReferences")) {
                JsonObject owner = element.getAsJsonObject();
                owners.add(new Owner(ResourceYaml.string(owner, "apiVersion"), ResourceYaml.string(owner, "kind"),
                        ResourceYaml.string(owner, "name"), "true".equals(ResourceYaml.string(owner, "controller"))));
            }
        }
        return owners;
    }
}
