package org.kubedeck.adapters.k8s.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.kubernetes.client.common.KubernetesObject;
import io.kubernetes.client.openapi.JSON;
import io.kubernetes.client.openapi.models.V1DaemonSet;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1Namespace;
import io.kubernetes.client.openapi.models.V1Node;
import io.kubernetes.client.openapi.models.V1Pod;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V1StatefulSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.kubedeck.domain.cluster.ClusterAccess;

/**
 * A Kubernetes API server made of WireMock, for what the fabric8 fake cannot do over HTTP: streaming watches.
 * It holds objects and answers lists (equality label selectors only), gets, JSON merge patches and watches of
 * pods, services, nodes, namespaces, deployments, statefulsets and daemonsets.
 *
 * <p>Every change takes the next resourceVersion and is logged as a watch event. A watch from resourceVersion N
 * is a chunked response of newline-delimited events: those after N, then a BOOKMARK, dribbled out in two chunks
 * over the {@linkplain #watchPeriod watch period}, after which the server ends it, as real servers end watches at
 * their timeout (there after minutes). The client reopens from the last version it saw, so an event logged while
 * a watch is open reaches the client within about one and a half watch periods.
 *
 * <p>Every request lands in WireMock's journal: {@link #lists()} and friends count them.
 */
public final class WireMockApiServer implements AutoCloseable {

    /** The collections this server knows; an object's path is its collection's path plus its name. */
    private static final Pattern COLLECTION = Pattern.compile(
            "/api/v1/(?:namespaces/[^/]+/)?(pods|services)|/api/v1/(nodes|namespaces)"
                    + "|/apis/apps/v1/namespaces/[^/]+/(deployments|statefulsets|daemonsets)");
    private static final Map<String, String[]> KINDS = Map.of(
            "pods", new String[] {"v1", "Pod"},
            "services", new String[] {"v1", "Service"},
            "nodes", new String[] {"v1", "Node"},
            "namespaces", new String[] {"v1", "Namespace"},
            "deployments", new String[] {"apps/v1", "Deployment"},
            "statefulsets", new String[] {"apps/v1", "StatefulSet"},
            "daemonsets", new String[] {"apps/v1", "DaemonSet"});
    private static final Map<Class<?>, String> PLURALS = Map.of(
            V1Pod.class, "pods", V1Service.class, "services", V1Node.class, "nodes", V1Namespace.class, "namespaces",
            V1Deployment.class, "deployments", V1StatefulSet.class, "statefulsets", V1DaemonSet.class, "daemonsets");
    private static final Duration HANG = Duration.ofSeconds(20);

    private final Gson gson = JSON.getGson();
    private final Object lock = new Object();
    /** Collection path to name to the object as JSON, in insertion order. */
    private final Map<String, Map<String, JsonObject>> collections = new HashMap<>();
    /** The same objects serialized once per change, so that listing 2,000 pods costs the server little. */
    private final Map<String, Map<String, String>> texts = new HashMap<>();
    private final Map<String, List<Event>> events = new HashMap<>();
    private final WireMockServer server;
    private long resourceVersion = 1000;
    private volatile Duration watchPeriod = Duration.ofMillis(400);
    private volatile int watchRefusal;
    private volatile boolean watchesHang;
    private volatile Predicate<String> forbiddenPaths = path -> false;

    public WireMockApiServer() {
        server = new WireMockServer(options().dynamicPort().containerThreads(100).gzipDisabled(true)
                // The journal keeps requests to count; the bodies of 2,000-pod lists need not stay with them.
                .maxLoggedResponseSize(256)
                .extensions(new Api()));
        server.start();
        server.stubFor(any(anyUrl()).willReturn(ok()));
    }

    public String url() {
        return server.baseUrl();
    }

    public ClusterAccess access() {
        return KubeconfigYaml.forServer(url()).access();
    }

    /** How long each watch stays open; the default of 400 ms keeps tests quick. */
    public WireMockApiServer watchPeriod(Duration period) {
        watchPeriod = period;
        return this;
    }

    /** Answers every watch with this status from now on, as API servers behind some proxies do. */
    public WireMockApiServer refuseWatches(int status) {
        watchRefusal = status;
        return this;
    }

    /** Accepts watches but answers none (for 20 seconds), as a server behind a stuck proxy might. */
    public WireMockApiServer hangWatches() {
        watchesHang = true;
        return this;
    }

    /** Answers 403 to every request whose path starts so, as RBAC does for a credential without the right. */
    public WireMockApiServer forbid(String pathPrefix) {
        Predicate<String> before = forbiddenPaths;
        forbiddenPaths = path -> before.test(path) || path.startsWith(pathPrefix);
        return this;
    }

    /** Creates the object or replaces it (an ADDED or MODIFIED event); apiVersion and kind are filled in. */
    public void put(KubernetesObject object) {
        String plural = PLURALS.get(object.getClass());
        JsonObject json = gson.toJsonTree(object).getAsJsonObject();
        String namespace = object.getMetadata().getNamespace();
        String name = object.getMetadata().getName();
        String path = collectionPath(plural, namespace);
        synchronized (lock) {
            boolean exists = objects(path).containsKey(name);
            store(path, name, json, exists ? "MODIFIED" : "ADDED");
        }
    }

    /** Sets one label as {@code kubectl label --overwrite} would: a MODIFIED event. */
    public void label(Class<? extends KubernetesObject> type, String namespace, String name, String key,
            String value) {
        JsonObject patch = JsonParser.parseString("{\"metadata\":{\"labels\":{}}}").getAsJsonObject();
        patch.getAsJsonObject("metadata").getAsJsonObject("labels").addProperty(key, value);
        synchronized (lock) {
            String path = collectionPath(PLURALS.get(type), namespace);
            JsonObject object = objects(path).get(name);
            mergePatch(object, patch);
            store(path, name, object, "MODIFIED");
        }
    }

    /** A DELETED event. */
    public void delete(Class<? extends KubernetesObject> type, String namespace, String name) {
        synchronized (lock) {
            String path = collectionPath(PLURALS.get(type), namespace);
            JsonObject object = objects(path).remove(name);
            texts.get(path).remove(name);
            object.getAsJsonObject("metadata").addProperty("resourceVersion", String.valueOf(++resourceVersion));
            events.computeIfAbsent(path, p -> new ArrayList<>())
                    .add(new Event(resourceVersion, "DELETED", gson.toJson(object)));
        }
    }

    /** A label as the server holds it now. */
    public String labelOf(Class<? extends KubernetesObject> type, String namespace, String name, String key) {
        synchronized (lock) {
            JsonObject labels = objects(collectionPath(PLURALS.get(type), namespace)).get(name)
                    .getAsJsonObject("metadata").getAsJsonObject("labels");
            return labels == null || !labels.has(key) ? null : labels.get(key).getAsString();
        }
    }

    public List<LoggedRequest> requests() {
        return server.findAll(anyRequestedFor(anyUrl()));
    }

    /** LIST requests: GETs of a collection that are not watches, from an informer or a direct read. */
    public long lists() {
        return requests().stream().filter(request -> isList(request) && !isWatch(request)).count();
    }

    /** The LIST requests informers send ({@code watch=false}); direct reads leave the parameter out. */
    public long informerLists() {
        return requests().stream().filter(request -> isList(request) && "false".equals(watchParameter(request)))
                .count();
    }

    /**
     * When the server wrote the first events a watch of {@code collectionPath} received after {@code since}
     * (epoch milliseconds) carried: a watch's events go out in its first chunk, half a watch period after the
     * request. Empty when no such watch arrived yet.
     */
    public OptionalLong eventsWrittenAfter(String collectionPath, long since) {
        return requests().stream()
                .filter(request -> isWatch(request) && path(request.getUrl()).equals(collectionPath))
                .mapToLong(request -> request.getLoggedDate().getTime())
                .filter(received -> received >= since)
                .min()
                .stream().map(received -> received + watchPeriod.toMillis() / 2)
                .findFirst();
    }

    public long watches() {
        return requests().stream().filter(WireMockApiServer::isWatch).count();
    }

    /** Everything but watches: the requests a page view costs the API server. */
    public long requestsBesideWatches() {
        return requests().stream().filter(request -> !isWatch(request)).count();
    }

    public void forgetRequests() {
        server.resetRequests();
    }

    @Override
    public void close() {
        server.stop();
    }

    private void store(String path, String name, JsonObject object, String eventType) {
        JsonObject metadata = object.getAsJsonObject("metadata");
        metadata.addProperty("resourceVersion", String.valueOf(++resourceVersion));
        String plural = plural(path);
        object.addProperty("apiVersion", KINDS.get(plural)[0]);
        object.addProperty("kind", KINDS.get(plural)[1]);
        String text = gson.toJson(object);
        objects(path).put(name, object);
        texts.computeIfAbsent(path, p -> new HashMap<>()).put(name, text);
        events.computeIfAbsent(path, p -> new ArrayList<>()).add(new Event(resourceVersion, eventType, text));
    }

    private Map<String, JsonObject> objects(String collectionPath) {
        return collections.computeIfAbsent(collectionPath, path -> new LinkedHashMap<>());
    }

    private static String collectionPath(String plural, String namespace) {
        String group = KINDS.get(plural)[0].equals("v1") ? "/api/v1" : "/apis/apps/v1";
        return namespace == null || plural.equals("nodes") || plural.equals("namespaces")
                ? group + "/" + plural
                : group + "/namespaces/" + namespace + "/" + plural;
    }

    private static String plural(String collectionPath) {
        return collectionPath.substring(collectionPath.lastIndexOf('/') + 1);
    }

    private static boolean isList(LoggedRequest request) {
        return RequestMethod.GET.equals(request.getMethod()) && COLLECTION.matcher(path(request.getUrl())).matches();
    }

    private static boolean isWatch(LoggedRequest request) {
        return "true".equals(watchParameter(request));
    }

    private static String watchParameter(LoggedRequest request) {
        QueryParameter watch = request.queryParameter("watch");
        return watch.isPresent() ? watch.firstValue() : null;
    }

    private static String path(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }

    /** RFC 7386: objects merge, null removes, anything else replaces. */
    private static void mergePatch(JsonObject target, JsonObject patch) {
        for (Map.Entry<String, JsonElement> change : patch.entrySet()) {
            JsonElement value = change.getValue();
            if (value.isJsonNull()) {
                target.remove(change.getKey());
            } else if (value.isJsonObject() && target.get(change.getKey()) instanceof JsonObject nested) {
                mergePatch(nested, value.getAsJsonObject());
            } else if (value.isJsonObject()) {
                JsonObject fresh = new JsonObject();
                mergePatch(fresh, value.getAsJsonObject());
                target.add(change.getKey(), fresh);
            } else {
                target.add(change.getKey(), value);
            }
        }
    }

    private record Event(long resourceVersion, String type, String json) {
    }

    /** Answers every request from the objects held; the one catch-all stub only routes requests here. */
    private final class Api implements ResponseDefinitionTransformerV2 {

        @Override
        public String getName() {
            return "kubernetes-api";
        }

        @Override
        public ResponseDefinition transform(ServeEvent serveEvent) {
            LoggedRequest request = serveEvent.getRequest();
            String path = path(request.getUrl());
            if (forbiddenPaths.test(path)) {
                return status(403, "Forbidden", path + " is forbidden");
            }
            Matcher collection = COLLECTION.matcher(path);
            if (collection.matches() && RequestMethod.GET.equals(request.getMethod())) {
                return isWatch(request) ? watch(path, request) : list(path, request);
            }
            int slash = path.lastIndexOf('/');
            String parent = path.substring(0, Math.max(slash, 0));
            String name = path.substring(slash + 1);
            if (slash > 0 && COLLECTION.matcher(parent).matches()) {
                if (RequestMethod.GET.equals(request.getMethod())) {
                    return get(parent, name);
                }
                if (RequestMethod.PATCH.equals(request.getMethod())) {
                    return patch(parent, name, request.getBodyAsString());
                }
            }
            return status(404, "NotFound", "the server could not find the requested resource");
        }

        private ResponseDefinition list(String path, LoggedRequest request) {
            QueryParameter selectorParameter = request.queryParameter("labelSelector");
            Map<String, String> selector = selectorParameter.isPresent()
                    ? parseSelector(selectorParameter.firstValue()) : Map.of();
            String plural = plural(path);
            StringBuilder body = new StringBuilder();
            synchronized (lock) {
                body.append("{\"apiVersion\":\"").append(KINDS.get(plural)[0]).append("\",\"kind\":\"")
                        .append(KINDS.get(plural)[1]).append("List\",\"metadata\":{\"resourceVersion\":\"")
                        .append(resourceVersion).append("\"},\"items\":[");
                body.append(objects(path).entrySet().stream()
                        .filter(object -> labelsOf(object.getValue()).entrySet().containsAll(selector.entrySet()))
                        .map(object -> texts.get(path).get(object.getKey()))
                        .collect(Collectors.joining(",")));
            }
            body.append("]}");
            return json(200, body.toString()).build();
        }

        private ResponseDefinition watch(String path, LoggedRequest request) {
            if (watchRefusal != 0) {
                return status(watchRefusal, "BadRequest", "watch is not supported here");
            }
            if (watchesHang) {
                return json(200, "").withFixedDelay((int) HANG.toMillis()).build();
            }
            QueryParameter since = request.queryParameter("resourceVersion");
            long after = since.isPresent() && !since.firstValue().isEmpty() && !since.firstValue().equals("0")
                    ? Long.parseLong(since.firstValue()) : Long.MAX_VALUE;
            StringBuilder body = new StringBuilder();
            long current;
            synchronized (lock) {
                current = resourceVersion;
                for (Event event : events.getOrDefault(path, List.of())) {
                    if (event.resourceVersion() > after) {
                        body.append("{\"type\":\"").append(event.type()).append("\",\"object\":")
                                .append(event.json()).append("}\n");
                    }
                }
            }
            String[] kind = KINDS.get(plural(path));
            String bookmark = "{\"type\":\"BOOKMARK\",\"object\":{\"apiVersion\":\"" + kind[0] + "\",\"kind\":\""
                    + kind[1] + "\",\"metadata\":{\"resourceVersion\":\"" + current + "\"}}";
            // Padding puts all events into the first of the two chunks; JSON allows the spaces.
            int padding = Math.max(0, body.length() - bookmark.length() + 1);
            body.append(bookmark).append(" ".repeat(padding)).append("}\n");
            return json(200, body.toString())
                    .withChunkedDribbleDelay(2, (int) watchPeriod.toMillis())
                    .build();
        }

        private ResponseDefinition get(String collectionPath, String name) {
            synchronized (lock) {
                JsonObject object = objects(collectionPath).get(name);
                if (object == null) {
                    return status(404, "NotFound", plural(collectionPath) + " \"" + name + "\" not found");
                }
                return json(200, texts.get(collectionPath).get(name)).build();
            }
        }

        private ResponseDefinition patch(String collectionPath, String name, String body) {
            synchronized (lock) {
                JsonObject object = objects(collectionPath).get(name);
                if (object == null) {
                    return status(404, "NotFound", plural(collectionPath) + " \"" + name + "\" not found");
                }
                mergePatch(object, JsonParser.parseString(body).getAsJsonObject());
                store(collectionPath, name, object, "MODIFIED");
                return json(200, texts.get(collectionPath).get(name)).build();
            }
        }

        private ResponseDefinition status(int code, String reason, String message) {
            return json(code, "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\",\"reason\":\""
                    + reason + "\",\"code\":" + code + ",\"message\":\"" + message.replace("\"", "\\\"") + "\"}")
                    .build();
        }

        private ResponseDefinitionBuilder json(int status, String body) {
            return ResponseDefinitionBuilder.responseDefinition().withStatus(status)
                    .withHeader("Content-Type", "application/json").withBody(body);
        }

        private Map<String, String> labelsOf(JsonObject object) {
            JsonObject labels = object.getAsJsonObject("metadata").getAsJsonObject("labels");
            Map<String, String> map = new HashMap<>();
            if (labels != null) {
                labels.entrySet().forEach(label -> map.put(label.getKey(), label.getValue().getAsString()));
            }
            return map;
        }

        /** {@code app=web,tier=front}; the only selector form the adapter sends. */
        private Map<String, String> parseSelector(String selector) {
            return Arrays.stream(selector.split(","))
                    .map(pair -> pair.split("=", 2))
                    .collect(Collectors.toMap(pair -> pair[0], pair -> pair[1]));
        }
    }
}
