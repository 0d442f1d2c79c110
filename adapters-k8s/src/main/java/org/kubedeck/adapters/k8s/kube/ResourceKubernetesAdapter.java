package org.kubedeck.adapters.k8s.kube;

import static org.kubedeck.adapters.k8s.ObjectRequests.genericApi;
import static org.kubedeck.adapters.k8s.ObjectRequests.send;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import io.kubernetes.client.custom.V1Patch;
import io.kubernetes.client.util.generic.KubernetesApiResponse;
import io.kubernetes.client.util.generic.dynamic.DynamicKubernetesApi;
import io.kubernetes.client.util.generic.dynamic.DynamicKubernetesObject;
import io.kubernetes.client.util.generic.options.CreateOptions;
import io.kubernetes.client.util.generic.options.DeleteOptions;
import io.kubernetes.client.util.generic.options.UpdateOptions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.kubedeck.adapters.k8s.KubernetesCalls;
import org.kubedeck.adapters.k8s.ObjectRequests;
import org.kubedeck.adapters.k8s.ObjectRequests.Subject;
import org.kubedeck.adapters.k8s.ObjectRequests.Verb;
import org.kubedeck.application.kube.port.out.ResourceCluster;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.kube.LiveResource;
import org.kubedeck.domain.kube.ResourceKind;
import org.springframework.stereotype.Component;


/**
 * Every {@link ResourceKind} through client-java's generic API, so one code path serves them all; the YAML is
 * {@link ResourceYaml}'s. Every answer is one {@link KubernetesCalls#call}: the requests it takes share one
 * deadline, and a failure to reach the cluster is translated there. What the API server refuses is translated
 * by {@link ObjectRequests}, told here what was asked of which object.
 */
@Component
class ResourceKubernetesAdapter implements ResourceCluster {

    private static final int CONFLICT = 409;
    private static final ObjectRequests YAML = new ObjectRequests(ResourceYaml.FIELD, "YAML");

    private final KubernetesCalls calls;

    ResourceKubernetesAdapter(KubernetesCalls calls) {
        this.calls = calls;
    }

    @Override
    public Optional<LiveResource> read(ClusterAccess cluster, ResourceKind kind, String namespace, String name,
            SecretMask mask) {
        return calls.call(cluster, client -> LiveResources.stored(client, kind, namespace, name)
                .map(stored -> LiveResources.of(kind, stored, mask)));
    }

    /**
     * A PUT carrying {@code expectedResourceVersion}: the API server itself refuses it (409) when the object has
     * moved on, so no change made meanwhile is overwritten. What the cluster owns ({@code status}, uid, ...) is
     * left out of the request, and the cluster keeps its own. kubectl's last-applied annotation is not in the YAML
     * either, so it goes: the next {@code kubectl apply} warns and writes it anew.
     */
    @Override
    public LiveResource replace(ClusterAccess cluster, ResourceKind kind, String namespace, String name,
            String yaml, String expectedResourceVersion, SecretMask mask) {
        return update(cluster, kind, namespace, name, yaml, expectedResourceVersion, mask, false);
    }

    @Override
    public LiveResource replaceDryRun(ClusterAccess cluster, ResourceKind kind, String namespace, String name,
            String yaml, String expectedResourceVersion, SecretMask mask) {
        return update(cluster, kind, namespace, name, yaml, expectedResourceVersion, mask, true);
    }

    private LiveResource update(ClusterAccess cluster, ResourceKind kind, String namespace, String name,
            String yaml, String expectedResourceVersion, SecretMask mask, boolean dryRun) {
        UpdateOptions options = new UpdateOptions();
        if (dryRun) {
            options.setDryRun("All");
        }
        Subject subject = Subject.object(kind, namespace, name);
        JsonObject edited = ResourceYaml.parse(yaml);
        requireSameObject(edited, subject);
        JsonObject object = forWriting(edited, kind, namespace);
        ResourceYaml.metadata(object).addProperty("resourceVersion", expectedResourceVersion);
        DynamicKubernetesObject edit = dynamic(object);
        return calls.call(cluster, client -> {
            DynamicKubernetesApi api = genericApi(client, kind);
            String server = client.getBasePath();
            DynamicKubernetesObject sent = edit;
            if (kind.equals(ResourceKind.SECRET)) {
                JsonObject current = YAML.stored(send(() -> api.get(namespace, name)), Verb.READ, subject, server);
                sent = new DynamicKubernetesObject(ResourceYaml.unmasked(object, current, mask));
            }
            DynamicKubernetesObject replacing = sent;
            return LiveResources.of(kind, YAML.stored(send(() -> api.update(replacing, options)), Verb.REPLACE,
                    subject, server), mask);
        });
    }

    @Override
    public LiveResource create(ClusterAccess cluster, ResourceKind kind, String namespace, String yaml, boolean dryRun,
            SecretMask mask) {
        JsonObject parsed = ResourceYaml.parse(yaml);
        String kindName = ResourceYaml.string(parsed, "kind");
        if (kindName != null && !kindName.equals(kind.kind())) {
            throw new InvalidInputException(ResourceYaml.FIELD, Message.of("kube.yamlOtherKind",
                    "The YAML describes a {0}, not a {1}.", kindName, kind.kind()));
        }
        String name = ResourceYaml.string(parsed, "metadata", "name");
        if (name == null || name.isBlank()) {
            throw new InvalidInputException(ResourceYaml.FIELD, Message.of("kube.yamlGivesNoMetadata",
                    "The YAML gives the {0} no metadata.name.", kind.kind()));
        }
        String named = ResourceYaml.string(parsed, "metadata", "namespace");
        if (kind.namespaced() && named != null && !named.equals(namespace)) {
            throw new InvalidInputException(ResourceYaml.FIELD, Message.of("kube.yamlOtherNamespace",
                    "The YAML puts it in namespace {0}, not {1}.", named, namespace));
        }
        Subject subject = Subject.object(kind, namespace, name);
        DynamicKubernetesObject creating = dynamic(forWriting(parsed, kind, namespace));
        CreateOptions options = new CreateOptions();
        if (dryRun) {
            options.setDryRun("All");
        }
        return calls.call(cluster, client -> {
            DynamicKubernetesApi api = genericApi(client, kind);
            return LiveResources.of(kind, YAML.stored(send(() -> kind.namespaced()
                    ? api.create(namespace, creating, options) : api.create(creating, options)), Verb.CREATE, subject,
                    client.getBasePath()), mask);
        });
    }

    @Override
    public LiveResource patch(ClusterAccess cluster, ResourceKind kind, String namespace, String name,
            String mergePatch, SecretMask mask) {
        Subject subject = Subject.object(kind, namespace, name);
        V1Patch patch = new V1Patch(mergePatch);
        String type = V1Patch.PATCH_FORMAT_JSON_MERGE_PATCH;
        return calls.call(cluster, client -> {
            DynamicKubernetesApi api = genericApi(client, kind);
            return LiveResources.of(kind, YAML.stored(send(() -> kind.namespaced() ? api.patch(namespace, name, type,
                    patch) : api.patch(name, type, patch)), Verb.UPDATE, subject, client.getBasePath()), mask);
        });
    }

    @Override
    public void delete(ClusterAccess cluster, ResourceKind kind, String namespace, String name, String propagation) {
        Subject subject = Subject.object(kind, namespace, name);
        DeleteOptions options = new DeleteOptions();
        options.setPropagationPolicy(propagation);
        calls.call(cluster, client -> {
            DynamicKubernetesApi api = genericApi(client, kind);
            YAML.done(send(() -> kind.namespaced() ? api.delete(namespace, name, options) : api.delete(name,
                    options)), Verb.DELETE, subject, client.getBasePath());
            return null;
        });
    }

    /** Create, or on 409 AlreadyExists replace at the version the object has now: the manifest wins. */
    @Override
    public boolean apply(ClusterAccess cluster, String namespace, String manifest) {
        JsonObject parsed = ResourceYaml.parse(manifest);
        String kindName = ResourceYaml.string(parsed, "kind");
        ResourceKind kind = ResourceKind.ofManifestKind(kindName).orElseThrow(() -> new InvalidInputException(
                ResourceYaml.FIELD, Message.of("kube.consoleHandlesOnly",
                        "{0}; the console handles only {1}.",
                        (kindName == null ? "The YAML gives no kind" : "The YAML describes kind '" + kindName + "'"),
                        ResourceKind.BUILT_IN.stream() .map(ResourceKind::kind).collect(Collectors.joining(", ")))));
        String name = ResourceYaml.string(parsed, "metadata", "name");
        if (name == null || name.isBlank()) {
            throw new InvalidInputException(ResourceYaml.FIELD, Message.of("kube.yamlGivesNoMetadata",
                    "The YAML gives the {0} no metadata.name.", kind.kind()));
        }
        Subject subject = Subject.object(kind, namespace, name);
        JsonObject object = forWriting(parsed, kind, namespace);
        DynamicKubernetesObject creating = dynamic(object);
        return calls.call(cluster, client -> {
            DynamicKubernetesApi api = genericApi(client, kind);
            String server = client.getBasePath();
            KubernetesApiResponse<DynamicKubernetesObject> created = send(() -> api.create(namespace, creating,
                    new CreateOptions()));
            if (created.getHttpStatusCode() != CONFLICT) {
                YAML.stored(created, Verb.CREATE, subject, server);
                return true;
            }
            JsonObject current = YAML.stored(send(() -> api.get(namespace, name)), Verb.READ, subject, server);
            JsonObject replacing = object.deepCopy();
            ResourceYaml.metadata(replacing).addProperty("resourceVersion",
                    ResourceYaml.string(current, "metadata", "resourceVersion"));
            YAML.stored(send(() -> api.update(new DynamicKubernetesObject(replacing))), Verb.REPLACE, subject,
                    server);
            return false;
        });
    }

    /**
     * One list per kind. A kind the credential may not list fails the whole answer rather than being left out: a
     * backup silently missing its Secrets would only show when it is restored.
     */
    @Override
    public List<LiveResource> list(ClusterAccess cluster, String namespace, SecretMask mask) {
        return calls.call(cluster, client -> {
            List<LiveResource> resources = new ArrayList<>();
            for (ResourceKind kind : ResourceKind.BUILT_IN) {
                if (!kind.backedUp()) {
                    continue;
                }
                for (JsonObject item : YAML.items(send(() -> genericApi(client, kind).list(namespace)),
                        Subject.all(kind, namespace), client.getBasePath())) {
                    resources.add(LiveResources.of(kind, item, mask));
                }
            }
            resources.sort(Comparator.comparing(LiveResource::kind).thenComparing(LiveResource::name));
            return resources;
        });
    }

    @Override
    public String masked(String secretManifest, SecretMask mask) {
        return ResourceYaml.text(ResourceYaml.masked(ResourceYaml.parse(secretManifest), mask));
    }

    /**
     * The edited object without what the cluster owns, with its type, in the namespace it is written to; an object
     * of a cluster-wide kind in none.
     */
    private static JsonObject forWriting(JsonObject edited, ResourceKind kind, String namespace) {
        JsonObject object = ResourceYaml.withTypeMeta(ResourceYaml.normalized(edited), kind);
        if (kind.namespaced()) {
            ResourceYaml.metadata(object).addProperty("namespace", namespace);
        } else {
            ResourceYaml.metadata(object).remove("namespace");
        }
        return object;
    }

    /**
     * client-java reads the metadata into its model before it sends anything, and fails on a field of the wrong
     * shape ({@code labels: web}); that is the YAML's fault, not the cluster's.
     */
    private static DynamicKubernetesObject dynamic(JsonObject object) {
        DynamicKubernetesObject dynamic = new DynamicKubernetesObject(object);
        try {
            dynamic.getMetadata();
        } catch (JsonParseException | IllegalStateException | IllegalArgumentException e) {
            throw new InvalidInputException(ResourceYaml.FIELD, Message.of("kube.yamlSMetadataDoes",
                    "The YAML's metadata does not have the shape Kubernetes expects: {0}", e.getMessage()));
        }
        return dynamic;
    }

    private static void requireSameObject(JsonObject edited, Subject subject) {
        String kind = ResourceYaml.string(edited, "kind");
        String name = ResourceYaml.string(edited, "metadata", "name");
        String namespace = ResourceYaml.string(edited, "metadata", "namespace");
        boolean same = subject.kind().kind().equals(kind) && subject.name().equals(name)
                && (namespace == null || !subject.kind().namespaced() || subject.namespace().equals(namespace));
        if (!same) {
            throw new InvalidInputException(ResourceYaml.FIELD, Message.of("kube.yamlDescribesNotChange",
                    "The YAML describes {0} {1}/{2}, not {3}; change the object on its own page.",
                    (kind == null ? "an object without kind" : kind),
                    (namespace == null ? subject.namespace() : namespace), (name == null ? "(no name)" : name),
                    subject));
        }
    }
}
