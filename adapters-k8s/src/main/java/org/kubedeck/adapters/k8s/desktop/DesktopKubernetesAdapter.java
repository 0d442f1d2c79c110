package org.kubedeck.adapters.k8s.desktop;

import io.kubernetes.client.Exec;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.custom.V1Patch;
import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.JSON;
import io.kubernetes.client.openapi.apis.AppsV1Api;
import io.kubernetes.client.openapi.apis.CoreV1Api;
import io.kubernetes.client.openapi.apis.NetworkingV1Api;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1Node;
import io.kubernetes.client.openapi.models.V1PersistentVolumeClaim;
import io.kubernetes.client.openapi.models.V1Pod;
import io.kubernetes.client.openapi.models.V1ResourceRequirements;
import io.kubernetes.client.openapi.models.V1Secret;
import io.kubernetes.client.openapi.models.V1StatefulSet;
import io.kubernetes.client.util.PatchUtils;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kubedeck.adapters.k8s.KubernetesCalls;
import org.kubedeck.application.desktop.port.out.DesktopCluster;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.NotFoundException;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.cluster.ClusterUnavailableException;
import org.kubedeck.domain.desktop.ClusterCapacity;
import org.kubedeck.domain.desktop.DesktopEvent;
import org.kubedeck.domain.desktop.DesktopNames;
import org.kubedeck.domain.desktop.DesktopState;
import org.kubedeck.domain.desktop.NoVncConnections;
import org.springframework.stereotype.Component;

/**
 * Desktops as a StatefulSet of one pod with its Secret, home PVC, Service, Ingress and NetworkPolicy, all
 * labelled as the console's (see {@link DesktopManifests}). Every answer is one {@link KubernetesCalls#call}, so
 * the requests it takes share one deadline.
 */
@Component
class DesktopKubernetesAdapter implements DesktopCluster {

    private static final int BAD_REQUEST = 400;
    private static final int FORBIDDEN = 403;
    private static final int NOT_FOUND = 404;
    private static final int ALREADY_EXISTS = 409;
    private static final Set<String> FINISHED = Set.of("Succeeded", "Failed");

    /** The desktop container's TCP socket tables, where browsers connected to noVNC show as established. */
    private static final String[] SOCKET_TABLES = {"cat", "/proc/net/tcp", "/proc/net/tcp6"};

    private final KubernetesCalls calls;

    DesktopKubernetesAdapter(KubernetesCalls calls) {
        this.calls = calls;
    }

    /**
     * Creates what is missing and keeps what exists (409 AlreadyExists is no error), so a desktop deleted without
     * its storage comes back on the same home volume with the same password.
     */
    @Override
    public String provision(ClusterAccess cluster, DesktopSpec spec) {
        String namespace = spec.namespace();
        return calls.call(cluster, client -> {
            CoreV1Api core = new CoreV1Api(client);
            AppsV1Api apps = new AppsV1Api(client);
            NetworkingV1Api networking = new NetworkingV1Api(client);
            ensureNamespace(core, namespace);
            boolean secretCreated = createUnlessExists(() -> core.createNamespacedSecret(namespace,
                    DesktopManifests.secret(spec)).execute());
            String password = secretCreated ? spec.vncPassword() : existingPassword(client, spec);
            createUnlessExists(() -> core.createNamespacedPersistentVolumeClaim(namespace,
                    DesktopManifests.home(spec)).execute());
            createUnlessExists(() -> apps.createNamespacedStatefulSet(namespace,
                    DesktopManifests.statefulSet(spec)).execute());
            createUnlessExists(() -> core.createNamespacedService(namespace, DesktopManifests.service(spec))
                    .execute());
            createUnlessExists(() -> networking.createNamespacedIngress(namespace, DesktopManifests.ingress(spec))
                    .execute());
            createUnlessExists(() -> networking.createNamespacedNetworkPolicy(namespace,
                    DesktopManifests.networkPolicy(spec)).execute());
            return password;
        });
    }

    /** Only StatefulSets labelled as the console's: a StatefulSet that merely has the name is not a desktop. */
    @Override
    public Optional<DesktopState> find(ClusterAccess cluster, String namespace, DesktopNames names) {
        return calls.call(cluster, client -> {
            CoreV1Api core = new CoreV1Api(client);
            Optional<V1StatefulSet> statefulSet = orEmptyIfMissing(() -> new AppsV1Api(client)
                    .readNamespacedStatefulSet(names.desktop(), namespace).execute())
                    .filter(DesktopMapper::isManaged);
            if (statefulSet.isEmpty()) {
                return Optional.empty();
            }
            V1Pod pod = orEmptyIfMissing(() -> core.readNamespacedPod(names.pod(), namespace).execute())
                    .orElse(null);
            V1PersistentVolumeClaim home = orEmptyIfMissing(() -> core
                    .readNamespacedPersistentVolumeClaim(names.home(), namespace).execute()).orElse(null);
            return Optional.of(DesktopMapper.desktop(statefulSet.get(), pod, home));
        });
    }

    /** Three lists for any number of desktops; StatefulSets not named like a desktop are left out. */
    @Override
    public List<DesktopState> list(ClusterAccess cluster, String namespace) {
        return calls.call(cluster, client -> {
            CoreV1Api core = new CoreV1Api(client);
            List<V1StatefulSet> statefulSets = orEmptyIfMissing(() -> new AppsV1Api(client)
                    .listNamespacedStatefulSet(namespace).labelSelector(DesktopManifests.MANAGED).execute()
                    .getItems()).orElse(List.of());
            if (statefulSets.isEmpty()) {
                return List.of();
            }
            Map<String, V1Pod> pods = byName(core.listNamespacedPod(namespace)
                    .labelSelector(DesktopManifests.MANAGED).execute().getItems(), pod -> pod.getMetadata().getName());
            Map<String, V1PersistentVolumeClaim> homes = byName(core.listNamespacedPersistentVolumeClaim(namespace)
                    .labelSelector(DesktopManifests.MANAGED).execute().getItems(), pvc -> pvc.getMetadata().getName());
            return statefulSets.stream()
                    // The server applies the selector; this keeps the answer right where it is applied loosely.
                    .filter(DesktopMapper::isManaged)
                    .flatMap(statefulSet -> DesktopNames.ofDesktop(statefulSet.getMetadata().getName())
                            .map(names -> DesktopMapper.desktop(statefulSet, pods.get(names.pod()),
                                    homes.get(names.home())))
                            .stream())
                    .sorted(Comparator.comparing(DesktopState::name))
                    .toList();
        });
    }

    @Override
    public List<DesktopEvent> events(ClusterAccess cluster, String namespace, DesktopNames names, int limit) {
        Set<String> about = Set.of(names.desktop(), names.pod(), names.home());
        return calls.call(cluster, client -> new CoreV1Api(client).listNamespacedEvent(namespace).execute())
                .getItems().stream()
                .filter(event -> event.getInvolvedObject() != null
                        && about.contains(event.getInvolvedObject().getName()))
                .map(DesktopMapper::event)
                .sorted(Comparator.comparing(DesktopEvent::at, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .reversed())
                .limit(Math.max(0, limit))
                .toList();
    }

    /** A stopped desktop is scaled back to one pod; a running one loses its pod, which the StatefulSet makes anew. */
    @Override
    public void restart(ClusterAccess cluster, String namespace, DesktopNames names) {
        calls.call(cluster, client -> {
            V1StatefulSet statefulSet = orEmptyIfMissing(() -> new AppsV1Api(client)
                    .readNamespacedStatefulSet(names.desktop(), namespace).execute())
                    .orElseThrow(() -> doesNotExist(names));
            Integer replicas = statefulSet.getSpec() == null ? null : statefulSet.getSpec().getReplicas();
            if (replicas != null && replicas == 0) {
                scale(client, namespace, names, 1);
            } else {
                deleteUnlessMissing(() -> new CoreV1Api(client).deleteNamespacedPod(names.pod(), namespace)
                        .execute());
            }
            return null;
        });
    }

    @Override
    public void stop(ClusterAccess cluster, String namespace, DesktopNames names) {
        calls.find(cluster, client -> scale(client, namespace, names, 0)).orElseThrow(() -> doesNotExist(names));
    }

    /**
     * The Secret goes with the home volume, never without it: a desktop created again on a kept home keeps the
     * VNC password its owner knows. The pod is deleted along with its StatefulSet so it ends at once rather than
     * when the garbage collector gets to it.
     */
    @Override
    public void delete(ClusterAccess cluster, String namespace, DesktopNames names, boolean deleteStorage) {
        calls.call(cluster, client -> {
            CoreV1Api core = new CoreV1Api(client);
            NetworkingV1Api networking = new NetworkingV1Api(client);
            deleteUnlessMissing(() -> networking.deleteNamespacedNetworkPolicy(names.desktop(), namespace)
                    .execute());
            deleteUnlessMissing(() -> networking.deleteNamespacedIngress(names.desktop(), namespace).execute());
            deleteUnlessMissing(() -> core.deleteNamespacedService(names.desktop(), namespace).execute());
            deleteUnlessMissing(() -> new AppsV1Api(client).deleteNamespacedStatefulSet(names.desktop(), namespace)
                    .execute());
            deleteUnlessMissing(() -> core.deleteNamespacedPod(names.pod(), namespace).execute());
            if (deleteStorage) {
                deleteUnlessMissing(() -> core.deleteNamespacedSecret(names.secret(), namespace).execute());
                deleteUnlessMissing(() -> core.deleteNamespacedPersistentVolumeClaim(names.home(), namespace)
                        .execute());
            }
            return null;
        });
    }

    /**
     * A missing table (no IPv6) only shortens the output, so any exit status counts as an answer; an exec that
     * never ran (no pod, no permission, a refused upgrade) gives no output and is an error, never "nobody
     * connected".
     */
    @Override
    public int noVncConnections(ClusterAccess cluster, String namespace, DesktopNames names) {
        String tables = calls.call(cluster, client -> {
            Process process;
            try {
                process = new Exec(client).newExecutionBuilder(namespace, names.pod(), SOCKET_TABLES)
                        .setContainer(DesktopManifests.CONTAINER).setStdin(false).setTty(false).execute();
            } catch (IOException e) {
                throw new ApiException(e);
            }
            try (InputStream output = process.getInputStream()) {
                String answer = new String(output.readAllBytes(), StandardCharsets.UTF_8);
                process.waitFor(KubernetesCalls.DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
                // The socket tables always start with a header line; no output and no exit status means the
                // exec never ran. (The status may trail the output, so output alone is an answer.)
                if (answer.isBlank() && (process.isAlive() || process.exitValue() < 0)) {
                    throw new ClusterUnavailableException(Message.of("desktop.couldNotLookInto",
                            "Could not look into desktop {0} for connected browsers.", names.desktop()));
                }
                return answer;
            } catch (IOException e) {
                throw new ApiException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ApiException(e);
            } finally {
                process.destroy();
            }
        });
        return NoVncConnections.count(tables);
    }

    @Override
    public Optional<String> vncPassword(ClusterAccess cluster, String namespace, DesktopNames names) {
        return calls.find(cluster, client -> new CoreV1Api(client).readNamespacedSecret(names.secret(), namespace)
                .execute()).flatMap(DesktopKubernetesAdapter::password);
    }

    /** Pods that have finished hold nothing; init containers and pod overhead are left out of the requests. */
    @Override
    public ClusterCapacity capacity(ClusterAccess cluster) {
        return calls.call(cluster, client -> {
            CoreV1Api core = new CoreV1Api(client);
            List<V1Node> schedulable = core.listNode().execute().getItems().stream()
                    .filter(node -> node.getSpec() == null || !Boolean.TRUE.equals(node.getSpec().getUnschedulable()))
                    .toList();
            List<Map<String, Quantity>> requests = core.listPodForAllNamespaces().execute().getItems().stream()
                    .filter(pod -> pod.getStatus() == null || !FINISHED.contains(pod.getStatus().getPhase()))
                    .filter(pod -> pod.getSpec() != null)
                    .flatMap(pod -> pod.getSpec().getContainers().stream())
                    .map(V1Container::getResources)
                    .filter(resources -> resources != null && resources.getRequests() != null)
                    .map(V1ResourceRequirements::getRequests)
                    .toList();
            List<Map<String, Quantity>> allocatable = schedulable.stream()
                    .filter(node -> node.getStatus() != null && node.getStatus().getAllocatable() != null)
                    .map(node -> node.getStatus().getAllocatable())
                    .toList();
            return new ClusterCapacity(schedulable.size(),
                    sum(allocatable, "cpu", DesktopMapper::millicores),
                    sum(allocatable, "memory", DesktopMapper::bytes),
                    sum(requests, "cpu", DesktopMapper::millicores),
                    sum(requests, "memory", DesktopMapper::bytes));
        });
    }

    /**
     * Creates the namespace when it is missing. A credential limited to namespaces may not read it; then it is
     * taken to exist, and the first object created in it tells otherwise.
     */
    private static void ensureNamespace(CoreV1Api core, String namespace) throws ApiException {
        try {
            core.readNamespace(namespace).execute();
        } catch (ApiException e) {
            if (e.getCode() == NOT_FOUND) {
                createUnlessExists(() -> core.createNamespace(DesktopManifests.namespace(namespace)).execute());
            } else if (e.getCode() != FORBIDDEN) {
                throw e;
            }
        }
    }

    /**
     * The password of a Secret that already existed. One without it (edited by hand) gets the spec's, so the
     * container does not fail on a missing key.
     */
    private static String existingPassword(ApiClient client, DesktopSpec spec) throws ApiException {
        CoreV1Api core = new CoreV1Api(client);
        String name = spec.names().secret();
        Optional<String> existing = password(core.readNamespacedSecret(name, spec.namespace()).execute());
        if (existing.isPresent()) {
            return existing.get();
        }
        V1Patch patch = new V1Patch(JSON.serialize(Map.of("data", Map.of(DesktopManifests.PASSWORD_KEY,
                Base64.getEncoder().encodeToString(spec.vncPassword().getBytes(StandardCharsets.UTF_8))))));
        PatchUtils.patch(V1Secret.class, () -> core.patchNamespacedSecret(name, spec.namespace(), patch)
                .buildCall(null), V1Patch.PATCH_FORMAT_JSON_MERGE_PATCH, client);
        return spec.vncPassword();
    }

    private static Optional<String> password(V1Secret secret) {
        return Optional.ofNullable(secret.getData())
                .map(data -> data.get(DesktopManifests.PASSWORD_KEY))
                .map(bytes -> new String(bytes, StandardCharsets.UTF_8));
    }

    /** A JSON merge patch, as the pod labeler sends: the fake and every server version accept it. */
    private static V1StatefulSet scale(ApiClient client, String namespace, DesktopNames names, int replicas)
            throws ApiException {
        V1Patch patch = new V1Patch(JSON.serialize(Map.of("spec", Map.of("replicas", replicas))));
        return PatchUtils.patch(V1StatefulSet.class, () -> new AppsV1Api(client)
                        .patchNamespacedStatefulSet(names.desktop(), namespace, patch).buildCall(null),
                V1Patch.PATCH_FORMAT_JSON_MERGE_PATCH, client);
    }

    private static NotFoundException doesNotExist(DesktopNames names) {
        return new NotFoundException(Message.of("desktop.desktopDoesNotExist2",
                "Desktop {0} does not exist.", names.desktop()));
    }

    private static long sum(List<Map<String, Quantity>> amounts, String resource, Function<Quantity, Long> unit) {
        return amounts.stream().mapToLong(amount -> unit.apply(amount.get(resource))).sum();
    }

    private static <T> Map<String, T> byName(List<T> items, Function<T, String> name) {
        return items.stream().collect(Collectors.toMap(name, Function.identity(), (first, second) -> first));
    }

    /** @return false when the object already existed and was kept as it is */
    private static boolean createUnlessExists(Send<?> create) throws ApiException {
        try {
            create.send();
            return true;
        } catch (ApiException e) {
            if (e.getCode() == ALREADY_EXISTS) {
                return false;
            }
            throw e;
        }
    }

    private static void deleteUnlessMissing(Send<?> delete) throws ApiException {
        orEmptyIfMissing(delete);
    }

    private static <T> Optional<T> orEmptyIfMissing(Send<T> read) throws ApiException {
        try {
            return Optional.ofNullable(read.send());
        } catch (ApiException e) {
            if (e.getCode() == NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** One request on a client already chosen. */
    @FunctionalInterface
    private interface Send<T> {
        T send() throws ApiException;
    }
}
