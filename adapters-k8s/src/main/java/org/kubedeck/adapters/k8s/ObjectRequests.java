package org.kubedeck.adapters.k8s;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.kubernetes.client.common.KubernetesType;
import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.models.V1Status;
import io.kubernetes.client.util.generic.KubernetesApiResponse;
import io.kubernetes.client.util.generic.dynamic.DynamicKubernetesApi;
import io.kubernetes.client.util.generic.dynamic.DynamicKubernetesListObject;
import io.kubernetes.client.util.generic.dynamic.DynamicKubernetesObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.kubedeck.domain.AccessDeniedException;
import org.kubedeck.domain.ConflictException;
import org.kubedeck.domain.DomainException;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.NotFoundException;
import org.kubedeck.domain.cluster.ClusterUnavailableException;
import org.kubedeck.domain.kube.ResourceKind;

/**
 * Requests about objects of a {@link ResourceKind}, and the one translation of what the API server refuses about
 * them. Failing to reach the server is {@link KubernetesCalls}' part; a refusal is translated by the adapter that
 * asked, because only it knows what was asked of which object. It does so through an instance of this class that
 * names what the adapter writes, for the message when the server refuses that content. Serves client-java's
 * typed API (an {@link ApiException}) and its generic one (a {@link KubernetesApiResponse} with a Status) alike.
 */
public final class ObjectRequests {

    private static final int NOT_FOUND = 404;
    private static final int CONFLICT = 409;

    private final String field;
    private final String content;

    /**
     * @param field the input field a refused content is reported on ({@code yaml}, {@code labels}, {@code hard})
     * @param content what the adapter writes, for "The cluster refused the …: " ({@code YAML}, {@code quota})
     */
    public ObjectRequests(String field, String content) {
        this.field = field;
        this.content = content;
    }

    /**
     * Constructing one registers client-java's adapter for generic objects in its process-wide Gson once; the
     * typed models are unaffected.
     */
    public static DynamicKubernetesApi genericApi(ApiClient client, ResourceKind kind) {
        return new DynamicKubernetesApi(kind.group(), kind.version(), kind.plural(), client);
    }

    /**
     * The generic API answers a refusal without a Status body (the fake's 404s, some proxies) with a bare
     * RuntimeException; it is a refusal all the same. Transport failures pass on to KubernetesCalls.
     */
    public static <T extends KubernetesType> KubernetesApiResponse<T> send(
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

    /** The message of the Status in an answer's body read by hand (a 429 of an eviction, say); empty if none. */
    public static Optional<String> statusMessage(String body) {
        return KubernetesErrorTranslator.statusMessage(body);
    }

    /** The object the generic API answered with, or the refusal as a domain exception. */
    public JsonObject stored(KubernetesApiResponse<DynamicKubernetesObject> answer, Verb verb, Subject subject,
            String server) {
        if (!answer.isSuccess()) {
            throw refused(answer, verb, subject, server);
        }
        if (answer.getObject() == null) {
            throw new ClusterUnavailableException(Message.of("k8s.clusterAnsweredWithoutObject",
                    "The cluster at {0} answered the {1} of {2} without the object.", server, verb.word, subject));
        }
        return answer.getObject().getRaw();
    }

    /** Nothing, when the generic API carried the request out; the refusal as a domain exception otherwise. */
    public void done(KubernetesApiResponse<?> answer, Verb verb, Subject subject, String server) {
        if (!answer.isSuccess()) {
            throw refused(answer, verb, subject, server);
        }
    }

    /** The listed objects, read by hand: an empty list may come with {@code "items": null}. */
    public List<JsonObject> items(KubernetesApiResponse<DynamicKubernetesListObject> answer, Subject subject,
            String server) {
        if (!answer.isSuccess() || answer.getObject() == null) {
            throw refused(answer, Verb.LIST, subject, server);
        }
        List<JsonObject> items = new ArrayList<>();
        if (answer.getObject().getRaw().get("items") instanceof JsonArray array) {
            for (JsonElement item : array) {
                items.add(item.getAsJsonObject());
            }
        }
        return items;
    }

    /**
     * The typed API's request with what the server refuses translated; a failure to reach the server (code 0)
     * is thrown on, for KubernetesCalls to translate.
     */
    public <T> KubernetesCalls.Request<T> translated(Verb verb, Subject subject, KubernetesCalls.Request<T> request) {
        return client -> {
            try {
                return request.send(client);
            } catch (ApiException e) {
                throw refused(e, verb, subject, client.getBasePath());
            }
        };
    }

    /** Like {@link #translated} for reading one object: empty when it does not exist. */
    public <T> KubernetesCalls.Request<Optional<T>> ifExists(Subject subject, KubernetesCalls.Request<T> request) {
        return client -> {
            try {
                return Optional.ofNullable(request.send(client));
            } catch (ApiException e) {
                if (e.getCode() == NOT_FOUND) {
                    return Optional.empty();
                }
                throw refused(e, Verb.READ, subject, client.getBasePath());
            }
        };
    }

    private DomainException refused(KubernetesApiResponse<?> answer, Verb verb, Subject subject, String server) {
        return refused(answer.getHttpStatusCode(), message(answer.getStatus()), verb, subject, server);
    }

    private DomainException refused(ApiException failure, Verb verb, Subject subject, String server)
            throws ApiException {
        if (failure.getCode() == 0) {
            throw failure;
        }
        return refused(failure.getCode(), KubernetesErrorTranslator.statusMessage(failure).orElse("no reason given"),
                verb, subject, server);
    }

    private DomainException refused(int code, String message, Verb verb, Subject subject, String server) {
        return switch (code) {
            case 400, 422 -> verb.writes
                    ? new InvalidInputException(field, Message.of("k8s.clusterRefused",
                            "The cluster refused the {0}: {1}", content, message))
                    : unexpected(server, code, message);
            case 401 -> new ClusterUnavailableException(Message.of("k8s.clusterRejectedCredentialsHttp",
                    "The cluster at {0} rejected the credentials (HTTP 401): {1}", server, message));
            case 403 -> new AccessDeniedException(Message.of("k8s.clusterSCredentialMay",
                    "The cluster's credential may not {0} {1}: {2}", verb.word, subject, message));
            case NOT_FOUND -> subject.name() == null
                    ? new ClusterUnavailableException(Message.of("k8s.clusterDoesNotServe",
                            "The cluster at {0} does not serve {1} {2}.", server, subject.kind().apiVersion(),
                            subject.kind().plural()))
                    : subject.missing();
            case CONFLICT -> switch (verb) {
                case CREATE -> new ConflictException(Message.of("kube.alreadyExists", "{0} already exists.", subject));
                case REPLACE -> new ConflictException(Message.of("k8s.wasChangedSomeoneElse",
                        "{0} was changed by someone else since you loaded it; reload it and apply your change again.",
                        subject));
                case UPDATE -> new ConflictException(Message.of("k8s.changedMeanwhileReloadTry",
                        "{0} changed meanwhile; reload and try again.", subject));
                default -> new ConflictException(Message.of("k8s.clusterReportsConflict",
                        "The cluster reports a conflict for {0}: {1}", subject, message));
            };
            default -> unexpected(server, code, message);
        };
    }

    private static ClusterUnavailableException unexpected(String server, int code, String message) {
        return new ClusterUnavailableException(Message.of("k8s.clusterAnsweredHttp",
                "The cluster at {0} answered with HTTP {1}: {2}", server, code, message));
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

    /** What was asked of the object; whether it carries content the server may refuse as invalid. */
    public enum Verb {
        READ("read", false),
        LIST("list", false),
        CREATE("create", true),
        /** A write at the resourceVersion the user loaded. */
        REPLACE("replace", true),
        /** Read, changed and written back at the version just read, in one answer. */
        UPDATE("update", true),
        PATCH("patch", true),
        DELETE("delete", false);

        private final String word;
        private final boolean writes;

        Verb(String word, boolean writes) {
            this.word = word;
            this.writes = writes;
        }
    }

    /**
     * What a request is about: one object, or every object of a kind in a namespace when name is null (in every
     * namespace when the namespace is null too).
     */
    public record Subject(ResourceKind kind, String namespace, String name) {

        public static Subject object(ResourceKind kind, String namespace, String name) {
            return new Subject(kind, namespace, name);
        }

        public static Subject all(ResourceKind kind, String namespace) {
            return new Subject(kind, namespace, null);
        }

        /** That the object does not exist: what a read or a change of one that is gone answers. */
        public NotFoundException missing() {
            return new NotFoundException(Message.of("kube.doesNotExist", "{0} does not exist.", this));
        }

        @Override
        public String toString() {
            if (name == null) {
                return kind.plural() + " in " + (namespace == null ? "all namespaces" : namespace);
            }
            return kind.kind() + " " + (namespace == null || namespace.isEmpty() ? "" : namespace + "/") + name;
        }
    }
}
