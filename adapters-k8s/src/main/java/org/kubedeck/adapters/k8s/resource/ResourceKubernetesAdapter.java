package org.kubedeck.adapters.k8s.resource;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import io.kubernetes.client.common.KubernetesType;
import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.models.V1Status;
import io.kubernetes.client.util.generic.KubernetesApiResponse;
import io.kubernetes.client.util.generic.dynamic.DynamicKubernetesApi;
import io.kubernetes.client.util.generic.dynamic.DynamicKubernetesListObject;
import io.kubernetes.client.util.generic.dynamic.DynamicKubernetesObject;
import io.kubernetes.client.util.generic.options.CreateOptions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.kubedeck.adapters.k8s.KubernetesCalls;
import org.kubedeck.application.version.port.out.ResourceCluster;
import org.kubedeck.domain.AccessDeniedException;
import org.kubedeck.domain.ConflictException;
import org.kubedeck.domain.DomainException;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.NotFoundException;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.cluster.ClusterUnavailableException;
import org.kubedeck.domain.version.ResourceKind;
import org.springframework.stereotype.Component;

/**
 * Every {@link ResourceKind} through client-java's generic API, so one code path serves them all; the YAML is
 * {@link ResourceYaml}'s. Every answer is one {@link KubernetesCalls#call}: the requests it takes share one
 * deadline, and a failure to reach the cluster is translated there. What the API server refuses is translated
 * here, in {@link #refused}, because only here is it known what was asked of which object.
 *
 * <p>Constructing a {@link DynamicKubernetesApi} registers client-java's adapter for generic objects in its
 * process-wide Gson once; the typed models are unaffected.
 */
@Component
class ResourceKubernetesAdapter implements ResourceCluster {

    private static final int NOT_FOUND = 404;
    private static final int CONFLICT = 409;

    private final KubernetesCalls calls;

    ResourceKubernetesAdapter(KubernetesCalls calls) {
        this.calls = calls;
    }

    @Override
    public Optional<LiveResource> read(ClusterAccess cluster, ResourceKind kind, String namespace, String name,
            SecretMask mask) {
        Subject subject = new Subject(kind, namespace, name);
        return calls.call(cluster, client -> {
            KubernetesApiResponse<DynamicKubernetesObject> answer = send(() -> api(client, kind).get(namespace, name));
            if (answer.getHttpStatusCode() == NOT_FOUND) {
                return Optional.empty();
            }
            return Optional.of(live(kind, stored(answer, Verb.READ, subject, client), mask));
        });
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
        Subject subject = new Subject(kind, namespace, name);
        JsonObject edited = ResourceYaml.parse(yaml);
        requireSameObject(edited, subject);
        JsonObject object = forWriting(edited, kind, namespace);
        ResourceYaml.metadata(object).addProperty("resourceVersion", expectedResourceVersion);
        DynamicKubernetesObject edit = dynamic(object);
        return calls.call(cluster, client -> {
            DynamicKubernetesApi api = api(client, kind);
            DynamicKubernetesObject sent = edit;
            if (kind == ResourceKind.SECRET) {
                JsonObject current = stored(send(() -> api.get(namespace, name)), Verb.READ, subject, client);
                sent = new DynamicKubernetesObject(ResourceYaml.unmasked(object, current, mask));
            }
            DynamicKubernetesObject replacing = sent;
            return live(kind, stored(send(() -> api.update(replacing)), Verb.REPLACE, subject, client), mask);
        });
    }

    /** Create, or on 409 AlreadyExists replace at the version the object has now: the manifest wins. */
    @Override
    public boolean apply(ClusterAccess cluster, String namespace, String manifest) {
        JsonObject parsed = ResourceYaml.parse(manifest);
        String kindName = ResourceYaml.string(parsed, "kind");
        ResourceKind kind = ResourceKind.ofManifestKind(kindName).orElseThrow(() -> new InvalidInputException(
                ResourceYaml.FIELD, (kindName == null ? "The YAML gives no kind" : "The YAML describes kind '"
                        + kindName + "'") + "; the console handles only " + Arrays.stream(ResourceKind.values())
                        .map(ResourceKind::kind).collect(Collectors.joining(", ")) + "."));
        String name = ResourceYaml.string(parsed, "metadata", "name");
        if (name == null || name.isBlank()) {
            throw new InvalidInputException(ResourceYaml.FIELD, "The YAML gives the " + kind.kind()
                    + " no metadata.name.");
        }
        Subject subject = new Subject(kind, namespace, name);
        JsonObject object = forWriting(parsed, kind, namespace);
        DynamicKubernetesObject creating = dynamic(object);
        return calls.call(cluster, client -> {
            DynamicKubernetesApi api = api(client, kind);
            KubernetesApiResponse<DynamicKubernetesObject> created = send(() -> api.create(namespace, creating,
                    new CreateOptions()));
            if (created.getHttpStatusCode() != CONFLICT) {
                stored(created, Verb.CREATE, subject, client);
                return true;
            }
            JsonObject current = stored(send(() -> api.get(namespace, name)), Verb.READ, subject, client);
            JsonObject replacing = object.deepCopy();
            ResourceYaml.metadata(replacing).addProperty("resourceVersion",
                    ResourceYaml.string(current, "metadata", "resourceVersion"));
            stored(send(() -> api.update(new DynamicKubernetesObject(replacing))), Verb.REPLACE, subject, client);
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
            for (ResourceKind kind : ResourceKind.values()) {
                if (!kind.backedUp()) {
                    continue;
                }
                Subject subject = new Subject(kind, namespace, null);
                KubernetesApiResponse<DynamicKubernetesListObject> answer = send(() -> api(client, kind)
                        .list(namespace));
                if (!answer.isSuccess() || answer.getObject() == null) {
                    throw refused(answer, Verb.LIST, subject, client.getBasePath());
                }
                // Read by hand: an empty list may come with "items": null.
                if (answer.getObject().getRaw().get("items") instanceof JsonArray items) {
                    for (JsonElement item : items) {
                        resources.add(live(kind, item.getAsJsonObject(), mask));
                    }
                }
            }
            resources.sort(Comparator.comparing(LiveResource::kind).thenComparing(LiveResource::name));
            return resources;
        });
    }

    /**
     * The generic API answers a refusal without a Status body (the fake's 404s, some proxies) with a bare
     * RuntimeException; it is a refusal all the same. Transport failures pass on to KubernetesCalls.
     */
    private static <T extends KubernetesType> KubernetesApiResponse<T> send(
            Supplier<KubernetesApiResponse<T>> request) {
        try {
            return request.get();
        } catch (RuntimeException e) {
            if (e.getCause() instanceof ApiException api && api.getCode() != 0) {
                return new KubernetesApiResponse<>(new V1Status().code(api.getCode()), api.getCode());
            }
            throw e;
        }
    }

    private static DynamicKubernetesApi api(ApiClient client, ResourceKind kind) {
        return new DynamicKubernetesApi(kind.group(), kind.version(), kind.plural(), client);
    }

    /** The edited object without what the cluster owns, with its type, in the namespace it is written to. */
    private static JsonObject forWriting(JsonObject edited, ResourceKind kind, String namespace) {
        JsonObject object = ResourceYaml.withTypeMeta(ResourceYaml.normalized(edited), kind);
        ResourceYaml.metadata(object).addProperty("namespace", namespace);
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
            throw new InvalidInputException(ResourceYaml.FIELD, "The YAML's metadata does not have the shape "
                    + "Kubernetes expects: " + e.getMessage());
        }
        return dynamic;
    }

    private static void requireSameObject(JsonObject edited, Subject subject) {
        String kind = ResourceYaml.string(edited, "kind");
        String name = ResourceYaml.string(edited, "metadata", "name");
        String namespace = ResourceYaml.string(edited, "metadata", "namespace");
        boolean same = subject.kind().kind().equals(kind) && subject.name().equals(name)
                && (namespace == null || subject.namespace().equals(namespace));
        if (!same) {
            throw new InvalidInputException(ResourceYaml.FIELD, "The YAML describes "
                    + (kind == null ? "an object without kind" : kind) + " "
                    + (namespace == null ? subject.namespace() : namespace) + "/" + (name == null ? "(no name)" : name)
                    + ", not " + subject + "; change the object on its own page.");
        }
    }

    private static LiveResource live(ResourceKind kind, JsonObject stored, SecretMask mask) {
        JsonObject normalized = ResourceYaml.normalized(ResourceYaml.withTypeMeta(stored, kind));
        String manifest = ResourceYaml.text(normalized);
        String yaml = kind == ResourceKind.SECRET ? ResourceYaml.text(ResourceYaml.masked(normalized, mask))
                : manifest;
        return new LiveResource(kind, ResourceYaml.string(stored, "metadata", "name"),
                ResourceYaml.string(stored, "metadata", "resourceVersion"), yaml, manifest);
    }

    /** The object the cluster answered with, or the refusal as a domain exception. */
    private static JsonObject stored(KubernetesApiResponse<DynamicKubernetesObject> answer, Verb verb,
            Subject subject, ApiClient client) {
        if (!answer.isSuccess()) {
            throw refused(answer, verb, subject, client.getBasePath());
        }
        if (answer.getObject() == null) {
            throw new ClusterUnavailableException("The cluster at " + client.getBasePath() + " answered the "
                    + verb.word + " of " + subject + " without the object.");
        }
        return answer.getObject().getRaw();
    }

    /** The one translation of the API server's refusals; failing to reach it at all is KubernetesCalls' part. */
    private static DomainException refused(KubernetesApiResponse<?> answer, Verb verb, Subject subject,
            String server) {
        int code = answer.getHttpStatusCode();
        String message = message(answer.getStatus());
        return switch (code) {
            case 400, 422 -> verb.writes
                    ? new InvalidInputException(ResourceYaml.FIELD, "The cluster refused the YAML: " + message)
                    : unexpected(server, code, message);
            case 401 -> new ClusterUnavailableException("The cluster at " + server
                    + " rejected the credentials (HTTP 401): " + message);
            case 403 -> new AccessDeniedException("The cluster's credential may not " + verb.word + " " + subject
                    + ": " + message);
            case NOT_FOUND -> subject.name() == null
                    ? new ClusterUnavailableException("The cluster at " + server + " does not serve "
                            + subject.kind().apiVersion() + " " + subject.kind().plural() + ".")
                    : new NotFoundException(subject + " does not exist.");
            case CONFLICT -> verb == Verb.REPLACE
                    ? new ConflictException(subject + " was changed by someone else since you loaded it; reload it "
                            + "and apply your change again.")
                    : new ConflictException("The cluster reports a conflict for " + subject + ": " + message);
            default -> unexpected(server, code, message);
        };
    }

    private static ClusterUnavailableException unexpected(String server, int code, String message) {
        return new ClusterUnavailableException("The cluster at " + server + " answered with HTTP " + code + ": "
                + message);
    }

    private static String message(V1Status status) {
        if (status == null) {
            return "no reason given";
        }
        if (status.getMessage() != null && !status.getMessage().isBlank()) {
            return status.getMessage();
        }
        return status.getReason() == null ? "no reason given" : status.getReason();
    }

    private enum Verb {
        READ("read", false), LIST("list", false), CREATE("create", true), REPLACE("replace", true);

        private final String word;
        private final boolean writes;

        Verb(String word, boolean writes) {
            this.word = word;
            this.writes = writes;
        }
    }

    /** What a request is about: one object, or every object of a kind in a namespace when name is null. */
    private record Subject(ResourceKind kind, String namespace, String name) {

        @Override
        public String toString() {
            return name == null ? kind.plural() + " in " + namespace : kind.kind() + " " + namespace + "/" + name;
        }
    }
}
