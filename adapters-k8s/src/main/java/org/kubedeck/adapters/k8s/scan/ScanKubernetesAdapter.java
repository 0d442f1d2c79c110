package org.kubedeck.adapters.k8s.scan;

import io.kubernetes.client.common.KubernetesObject;
import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.apis.AppsV1Api;
import io.kubernetes.client.openapi.apis.CoreV1Api;
import io.kubernetes.client.openapi.apis.NetworkingV1Api;
import io.kubernetes.client.openapi.apis.PolicyV1Api;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1ContainerStatus;
import io.kubernetes.client.openapi.models.V1DaemonSet;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1HTTPIngressPath;
import io.kubernetes.client.openapi.models.V1Ingress;
import io.kubernetes.client.openapi.models.V1IngressRule;
import io.kubernetes.client.openapi.models.V1Node;
import io.kubernetes.client.openapi.models.V1NodeCondition;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.openapi.models.V1PersistentVolumeClaim;
import io.kubernetes.client.openapi.models.V1Pod;
import io.kubernetes.client.openapi.models.V1PodCondition;
import io.kubernetes.client.openapi.models.V1PodDisruptionBudget;
import io.kubernetes.client.openapi.models.V1PodSecurityContext;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1PodTemplateSpec;
import io.kubernetes.client.openapi.models.V1ResourceQuota;
import io.kubernetes.client.openapi.models.V1Secret;
import io.kubernetes.client.openapi.models.V1SecurityContext;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V1StatefulSet;
import io.kubernetes.client.openapi.models.V1Volume;
import io.kubernetes.client.util.Yaml;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.Request;
import okhttp3.Response;
import org.kubedeck.adapters.k8s.KubernetesCalls;
import org.kubedeck.adapters.k8s.QuantityMaps;
import org.kubedeck.adapters.k8s.kube.CapacityReading;
import org.kubedeck.application.scan.port.out.ScanCluster;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.capacity.CapacitySnapshot;
import org.kubedeck.domain.capacity.CapacitySnapshot.ClaimSize;
import org.kubedeck.domain.capacity.CapacitySnapshot.NodeSize;
import org.kubedeck.domain.capacity.CapacitySnapshot.PodLoad;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.kube.ResourceQuantity;
import org.kubedeck.domain.quota.QuotaItem;
import org.kubedeck.domain.quota.QuotaView;
import org.kubedeck.domain.scan.ClusterSnapshot;
import org.kubedeck.domain.scan.ClusterSnapshot.Budget;
import org.kubedeck.domain.scan.ClusterSnapshot.Container;
import org.kubedeck.domain.scan.ClusterSnapshot.ContainerState;
import org.kubedeck.domain.scan.ClusterSnapshot.DeprecatedRequest;
import org.kubedeck.domain.scan.ClusterSnapshot.Meta;
import org.kubedeck.domain.scan.ClusterSnapshot.NodeState;
import org.kubedeck.domain.scan.ClusterSnapshot.Pod;
import org.kubedeck.domain.scan.ClusterSnapshot.QuotaUse;
import org.kubedeck.domain.scan.ClusterSnapshot.Route;
import org.kubedeck.domain.scan.ClusterSnapshot.Service;
import org.kubedeck.domain.scan.ClusterSnapshot.Stored;
import org.kubedeck.domain.scan.ClusterSnapshot.Template;
import org.kubedeck.domain.scan.ClusterSnapshot.Workload;
import org.springframework.stereotype.Component;

/**
 * A scan's snapshot through client-java's typed API: one list request per kind, in one {@link KubernetesCalls#call}.
 * Secrets are listed for their names and types; their values are dropped as each is read.
 */
@Component
class ScanKubernetesAdapter implements ScanCluster {

    /** A scan judges requests and limits; usage is the capacity analysis's. */
    private static final String NO_USAGE = "A scan reads no usage.";
    private static final List<String> PRESSURES = List.of("MemoryPressure", "DiskPressure", "PIDPressure");

    private final KubernetesCalls calls;

    ScanKubernetesAdapter(KubernetesCalls calls) {
        this.calls = calls;
    }

    @Override
    public ClusterSnapshot snapshot(ClusterAccess cluster, String namespace) {
        return calls.call(cluster, client -> read(client, namespace).snapshot());
    }

    @Override
    public Planned planned(ClusterAccess cluster, String namespace, String manifest) {
        Object object;
        try {
            object = Yaml.load(manifest);
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException("yaml", Message.of("scan.manifestUnreadable",
                    "The YAML is not one Kubernetes object of a kind the console knows: {0}", firstLine(e)));
        }
        if (!(object instanceof KubernetesObject typed) || typed.getMetadata() == null
                || typed.getMetadata().getName() == null) {
            throw new InvalidInputException("yaml", Message.of("scan.manifestNeedsName",
                    "The object needs metadata.name."));
        }
        V1ObjectMeta metadata = typed.getMetadata();
        if (metadata.getNamespace() == null || metadata.getNamespace().isBlank()) {
            metadata.setNamespace(namespace);
        }
        ClusterSnapshot snapshot = calls.call(cluster, client -> {
            Parts parts = read(client, metadata.getNamespace());
            parts.plan(object);
            return parts.snapshot();
        });
        return new Planned(typed.getApiVersion(), typed.getKind(), metadata.getNamespace(), metadata.getName(),
                snapshot);
    }

    private static String firstLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    private static Parts read(ApiClient client, String namespace) throws ApiException {
        AppsV1Api apps = new AppsV1Api(client);
        CoreV1Api core = new CoreV1Api(client);
        PolicyV1Api policy = new PolicyV1Api(client);
        NetworkingV1Api networking = new NetworkingV1Api(client);
        boolean all = namespace == null;
        Parts parts = new Parts();
        (all ? apps.listDeploymentForAllNamespaces().execute() : apps.listNamespacedDeployment(namespace).execute())
                .getItems().forEach(parts::add);
        (all ? apps.listStatefulSetForAllNamespaces().execute() : apps.listNamespacedStatefulSet(namespace).execute())
                .getItems().forEach(parts::add);
        (all ? apps.listDaemonSetForAllNamespaces().execute() : apps.listNamespacedDaemonSet(namespace).execute())
                .getItems().forEach(parts::add);
        (all ? core.listPodForAllNamespaces().execute() : core.listNamespacedPod(namespace).execute())
                .getItems().forEach(parts::add);
        (all ? core.listServiceForAllNamespaces().execute() : core.listNamespacedService(namespace).execute())
                .getItems().forEach(parts::add);
        (all ? policy.listPodDisruptionBudgetForAllNamespaces().execute()
                : policy.listNamespacedPodDisruptionBudget(namespace).execute()).getItems().forEach(parts::add);
        core.listNode().execute().getItems().forEach(node -> {
            parts.nodes.add(node(node));
            parts.sizes.add(CapacityReading.node(node));
        });
        (all ? core.listConfigMapForAllNamespaces().execute() : core.listNamespacedConfigMap(namespace).execute())
                .getItems().forEach(parts::add);
        (all ? core.listSecretForAllNamespaces().execute() : core.listNamespacedSecret(namespace).execute())
                .getItems().forEach(parts::add);
        (all ? core.listPersistentVolumeClaimForAllNamespaces().execute()
                : core.listNamespacedPersistentVolumeClaim(namespace).execute()).getItems().forEach(parts::add);
        (all ? networking.listIngressForAllNamespaces().execute() : networking.listNamespacedIngress(namespace)
                .execute()).getItems().forEach(parts::add);
        (all ? core.listResourceQuotaForAllNamespaces().execute() : core.listNamespacedResourceQuota(namespace)
                .execute()).getItems().forEach(quota -> parts.quotas.addAll(uses(quota)));
        if (all) {
            parts.requested.addAll(deprecatedRequests(client));
        }
        return parts;
    }

    /**
     * The deprecated APIs clients asked for since the API server started, from its metrics, read a line at a time;
     * none when the credentials may not read {@code /metrics}.
     */
    private static List<DeprecatedRequest> deprecatedRequests(ApiClient client) throws ApiException {
        Map<String, String> headers = new HashMap<>();
        headers.put("Accept", "text/plain");
        Request request = client.buildRequest(client.getBasePath(), "/metrics", "GET", new ArrayList<>(),
                new ArrayList<>(), null, headers, new HashMap<>(), new HashMap<>(), new String[] {"BearerToken"}, null);
        List<DeprecatedRequest> requested = new ArrayList<>();
        try (Response response = client.getHttpClient().newCall(request).execute()) {
            if (!response.isSuccessful() || response.body() == null) {
                return requested;
            }
            try (BufferedReader lines = new BufferedReader(response.body().charStream())) {
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.startsWith(DEPRECATED_METRIC) && !line.endsWith(" 0")) {
                        Map<String, String> labels = new HashMap<>();
                        Matcher label = METRIC_LABEL.matcher(line);
                        while (label.find()) {
                            labels.put(label.group(1), label.group(2));
                        }
                        requested.add(new DeprecatedRequest(labels.getOrDefault("group", ""),
                                labels.getOrDefault("version", ""), labels.getOrDefault("resource", ""),
                                labels.getOrDefault("removed_release", "")));
                    }
                }
            }
        } catch (IOException e) {
            throw new ApiException(e);
        }
        return requested;
    }

    /**
     * A snapshot as it is gathered: each object read becomes its entry, and a planned object takes the place of the
     * one of its kind and name (a manifest that is not applied yet).
     */
    private static final class Parts {

        final List<Workload> workloads = new ArrayList<>();
        final List<Pod> pods = new ArrayList<>();
        final List<Service> services = new ArrayList<>();
        final List<Budget> budgets = new ArrayList<>();
        final List<NodeState> nodes = new ArrayList<>();
        final List<Stored> stored = new ArrayList<>();
        final List<Route> routes = new ArrayList<>();
        final List<QuotaUse> quotas = new ArrayList<>();
        final List<Meta> metas = new ArrayList<>();
        final List<NodeSize> sizes = new ArrayList<>();
        final List<PodLoad> loads = new ArrayList<>();
        final List<ClaimSize> claims = new ArrayList<>();
        final List<DeprecatedRequest> requested = new ArrayList<>();

        ClusterSnapshot snapshot() {
            return new ClusterSnapshot(workloads, pods, services, budgets, nodes, stored, routes, quotas, metas,
                    new CapacitySnapshot(sizes, loads, claims, List.of(), NO_USAGE), requested);
        }

        /** Its entry in place of the entry of the same object, if there was one. */
        void plan(Object object) {
            V1ObjectMeta metadata = ((KubernetesObject) object).getMetadata();
            String namespace = metadata.getNamespace();
            String name = metadata.getName();
            String resource = RESOURCES.get(object.getClass());
            workloads.removeIf(item -> item.namespace().equals(namespace) && item.name().equals(name)
                    && item.resource().equals(resource));
            stored.removeIf(item -> item.namespace().equals(namespace) && item.name().equals(name)
                    && item.resource().equals(resource));
            metas.removeIf(item -> item.namespace().equals(namespace) && item.name().equals(name)
                    && item.resource().equals(resource));
            if (object instanceof V1Pod) {
                pods.removeIf(item -> item.namespace().equals(namespace) && item.name().equals(name));
            } else if (object instanceof V1Service) {
                services.removeIf(item -> item.namespace().equals(namespace) && item.name().equals(name));
            } else if (object instanceof V1PodDisruptionBudget) {
                budgets.removeIf(item -> item.namespace().equals(namespace) && item.name().equals(name));
            } else if (object instanceof V1Ingress) {
                routes.removeIf(item -> item.namespace().equals(namespace) && item.ingress().equals(name));
            }
            add(object);
        }

        void add(Object object) {
            if (RESOURCES.containsKey(object.getClass())) {
                metas.add(meta(RESOURCES.get(object.getClass()), ((KubernetesObject) object).getMetadata()));
            }
            if (object instanceof V1Deployment item) {
                workloads.add(workload(item, replicas(item.getSpec() == null ? null : item.getSpec().getReplicas()),
                        item.getSpec() == null ? null : item.getSpec().getTemplate()));
            } else if (object instanceof V1StatefulSet item) {
                workloads.add(workload(item, replicas(item.getSpec() == null ? null : item.getSpec().getReplicas()),
                        item.getSpec() == null ? null : item.getSpec().getTemplate()));
            } else if (object instanceof V1DaemonSet item) {
                workloads.add(workload(item, 1, item.getSpec() == null ? null : item.getSpec().getTemplate()));
            } else if (object instanceof V1Pod item) {
                pods.add(pod(item));
                CapacityReading.pod(item).ifPresent(loads::add);
            } else if (object instanceof V1Service item) {
                services.add(new Service(item.getMetadata().getNamespace(), item.getMetadata().getName(),
                        item.getSpec() == null || item.getSpec().getSelector() == null ? Map.of()
                                : item.getSpec().getSelector()));
            } else if (object instanceof V1PodDisruptionBudget item) {
                budgets.add(budget(item));
            } else if (object instanceof V1Ingress item) {
                routes.addAll(routes(item));
            } else if (object instanceof V1Secret item) {
                stored.add(new Stored(RESOURCES.get(V1Secret.class), item.getMetadata().getNamespace(),
                        item.getMetadata().getName(), item.getType() == null ? "" : item.getType()));
            } else if (object instanceof V1ConfigMap || object instanceof V1PersistentVolumeClaim) {
                if (object instanceof V1PersistentVolumeClaim claim) {
                    claims.add(CapacityReading.claim(claim));
                }
                V1ObjectMeta metadata = ((KubernetesObject) object).getMetadata();
                stored.add(new Stored(RESOURCES.get(object.getClass()), metadata.getNamespace(), metadata.getName(),
                        ""));
            }
        }
    }

    /** The kinds a scan reads, as the browser names them. */
    private static final Map<Class<?>, String> RESOURCES = Map.of(V1Deployment.class, "deployments.apps",
            V1StatefulSet.class, "statefulsets.apps", V1DaemonSet.class, "daemonsets.apps", V1Pod.class, "pods",
            V1Service.class, "services", V1PodDisruptionBudget.class, "poddisruptionbudgets.policy",
            V1Ingress.class, "ingresses.networking.k8s.io", V1ConfigMap.class, "configmaps", V1Secret.class,
            "secrets", V1PersistentVolumeClaim.class, "persistentvolumeclaims");
    private static final Pattern LAST_APPLIED_VERSION = Pattern.compile("\"apiVersion\"\\s*:\\s*\"([^\"]+)\"");
    private static final String LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration";
    private static final String DEPRECATED_METRIC = "apiserver_requested_deprecated_apis{";
    private static final Pattern METRIC_LABEL = Pattern.compile("(\\w+)=\"([^\"]*)\"");

    private static Workload workload(KubernetesObject object, int replicas, V1PodTemplateSpec template) {
        return new Workload(RESOURCES.get(object.getClass()), object.getMetadata().getNamespace(),
                object.getMetadata().getName(), replicas, template(template));
    }

    /**
     * Its labels, and the API version of the manifest kubectl apply last wrote it with (its last-applied
     * annotation). client-java's models leave {@code managedFields} out, so versions other clients wrote through
     * are not seen.
     */
    private static Meta meta(String resource, V1ObjectMeta metadata) {
        Set<String> versions = new HashSet<>();
        String applied = metadata.getAnnotations() == null ? null : metadata.getAnnotations().get(LAST_APPLIED);
        if (applied != null) {
            Matcher version = LAST_APPLIED_VERSION.matcher(applied);
            if (version.find()) {
                versions.add(version.group(1));
            }
        }
        return new Meta(resource, metadata.getNamespace() == null ? "" : metadata.getNamespace(), metadata.getName(),
                metadata.getLabels() == null ? Map.of() : metadata.getLabels(), versions);
    }

    private static Budget budget(V1PodDisruptionBudget item) {
        return new Budget(item.getMetadata().getNamespace(), item.getMetadata().getName(),
                item.getSpec() == null || item.getSpec().getSelector() == null
                        || item.getSpec().getSelector().getMatchLabels() == null ? Map.of()
                        : item.getSpec().getSelector().getMatchLabels(),
                item.getStatus() == null ? 0 : item.getStatus().getDisruptionsAllowed(),
                item.getStatus() == null ? 0 : item.getStatus().getExpectedPods());
    }

    private static List<Route> routes(V1Ingress item) {
        List<Route> routes = new ArrayList<>();
        if (item.getSpec() == null || item.getSpec().getRules() == null) {
            return routes;
        }
        for (V1IngressRule rule : item.getSpec().getRules()) {
            if (rule.getHttp() == null) {
                continue;
            }
            for (V1HTTPIngressPath path : rule.getHttp().getPaths()) {
                if (path.getBackend() != null && path.getBackend().getService() != null) {
                    routes.add(new Route(item.getMetadata().getNamespace(), item.getMetadata().getName(),
                            path.getBackend().getService().getName()));
                }
            }
        }
        return routes;
    }

    private static int replicas(Integer replicas) {
        return replicas == null ? 1 : replicas;
    }

    private static Template template(V1PodTemplateSpec template) {
        Map<String, String> labels = template == null || template.getMetadata() == null
                || template.getMetadata().getLabels() == null ? Map.of() : template.getMetadata().getLabels();
        return spec(labels, template == null ? null : template.getSpec());
    }

    private static Template spec(Map<String, String> labels, V1PodSpec spec) {
        if (spec == null) {
            return new Template(labels, List.of(), false, List.of(), Set.of(), Set.of(), Set.of());
        }
        V1PodSecurityContext pod = spec.getSecurityContext();
        List<Container> containers = list(spec.getContainers()).stream().map(container -> container(container, pod))
                .toList();
        Set<String> configMaps = new HashSet<>();
        Set<String> secrets = new HashSet<>();
        Set<String> claims = new HashSet<>();
        List<String> hostPaths = new ArrayList<>();
        for (V1Volume volume : list(spec.getVolumes())) {
            if (volume.getConfigMap() != null) {
                configMaps.add(volume.getConfigMap().getName());
            }
            if (volume.getSecret() != null) {
                secrets.add(volume.getSecret().getSecretName());
            }
            if (volume.getPersistentVolumeClaim() != null) {
                claims.add(volume.getPersistentVolumeClaim().getClaimName());
            }
            if (volume.getHostPath() != null) {
                hostPaths.add(volume.getHostPath().getPath());
            }
            if (volume.getProjected() != null) {
                list(volume.getProjected().getSources()).forEach(source -> {
                    if (source.getConfigMap() != null) {
                        configMaps.add(source.getConfigMap().getName());
                    }
                    if (source.getSecret() != null) {
                        secrets.add(source.getSecret().getName());
                    }
                });
            }
        }
        List<V1Container> every = new ArrayList<>(list(spec.getContainers()));
        every.addAll(list(spec.getInitContainers()));
        for (V1Container container : every) {
            list(container.getEnvFrom()).forEach(from -> {
                if (from.getConfigMapRef() != null) {
                    configMaps.add(from.getConfigMapRef().getName());
                }
                if (from.getSecretRef() != null) {
                    secrets.add(from.getSecretRef().getName());
                }
            });
            list(container.getEnv()).forEach(env -> {
                if (env.getValueFrom() != null && env.getValueFrom().getConfigMapKeyRef() != null) {
                    configMaps.add(env.getValueFrom().getConfigMapKeyRef().getName());
                }
                if (env.getValueFrom() != null && env.getValueFrom().getSecretKeyRef() != null) {
                    secrets.add(env.getValueFrom().getSecretKeyRef().getName());
                }
            });
        }
        list(spec.getImagePullSecrets()).forEach(reference -> secrets.add(reference.getName()));
        return new Template(labels, containers, Boolean.TRUE.equals(spec.getHostNetwork()), hostPaths, configMaps,
                secrets, claims);
    }

    /** The container's security context first, then the pod's, as Kubernetes applies them. */
    private static Container container(V1Container container, V1PodSecurityContext pod) {
        V1SecurityContext own = container.getSecurityContext();
        Boolean nonRoot = own != null && own.getRunAsNonRoot() != null ? own.getRunAsNonRoot()
                : pod == null ? null : pod.getRunAsNonRoot();
        Long user = own != null && own.getRunAsUser() != null ? own.getRunAsUser()
                : pod == null ? null : pod.getRunAsUser();
        var resources = container.getResources();
        return new Container(container.getName(), container.getImage(),
                resources != null && resources.getRequests() != null && !resources.getRequests().isEmpty(),
                resources != null && resources.getLimits() != null && !resources.getLimits().isEmpty(),
                container.getLivenessProbe() != null, container.getReadinessProbe() != null,
                own != null && Boolean.TRUE.equals(own.getPrivileged()), nonRoot, user,
                own != null && Boolean.TRUE.equals(own.getReadOnlyRootFilesystem()),
                own == null || own.getCapabilities() == null || own.getCapabilities().getAdd() == null ? List.of()
                        : own.getCapabilities().getAdd());
    }

    private static Pod pod(V1Pod pod) {
        Map<String, String> labels = pod.getMetadata().getLabels() == null ? Map.of() : pod.getMetadata().getLabels();
        boolean controlled = list(pod.getMetadata().getOwnerReferences()).stream()
                .anyMatch(owner -> Boolean.TRUE.equals(owner.getController()));
        String phase = pod.getStatus() == null || pod.getStatus().getPhase() == null ? "" : pod.getStatus().getPhase();
        String pending = pod.getStatus() == null ? "" : list(pod.getStatus().getConditions()).stream()
                .filter(condition -> "PodScheduled".equals(condition.getType()) && "False".equals(
                        condition.getStatus())).map(V1PodCondition::getMessage).filter(message -> message != null)
                .findFirst().orElse("");
        List<ContainerState> states = pod.getStatus() == null ? List.of()
                : list(pod.getStatus().getContainerStatuses()).stream().map(ScanKubernetesAdapter::state).toList();
        return new Pod(pod.getMetadata().getNamespace(), pod.getMetadata().getName(), phase, controlled, pending,
                states, spec(labels, pod.getSpec()));
    }

    private static ContainerState state(V1ContainerStatus status) {
        String waiting = status.getState() != null && status.getState().getWaiting() != null
                && status.getState().getWaiting().getReason() != null ? status.getState().getWaiting().getReason() : "";
        String last = status.getLastState() != null && status.getLastState().getTerminated() != null
                && status.getLastState().getTerminated().getReason() != null
                ? status.getLastState().getTerminated().getReason() : "";
        return new ContainerState(status.getName(), status.getRestartCount() == null ? 0 : status.getRestartCount(),
                waiting, last);
    }

    private static NodeState node(V1Node node) {
        List<V1NodeCondition> conditions = node.getStatus() == null ? List.of()
                : list(node.getStatus().getConditions());
        boolean ready = conditions.stream().anyMatch(condition -> "Ready".equals(condition.getType())
                && "True".equals(condition.getStatus()));
        List<String> pressures = conditions.stream().filter(condition -> PRESSURES.contains(condition.getType())
                && "True".equals(condition.getStatus())).map(V1NodeCondition::getType).toList();
        return new NodeState(node.getMetadata().getName(), ready, pressures);
    }

    /**
     * Each resource of the quota with a hard limit above zero and a count, used against it as the quota pages
     * measure it ({@link QuotaItem#ratio}).
     */
    private static List<QuotaUse> uses(V1ResourceQuota quota) {
        if (quota.getStatus() == null || quota.getStatus().getHard() == null) {
            return List.of();
        }
        QuotaView view = new QuotaView(quota.getMetadata().getName(), QuantityMaps.text(quota.getStatus().getHard()),
                QuantityMaps.text(quota.getStatus().getUsed()));
        return view.items().stream()
                .filter(item -> item.used() != null && ResourceQuantity.amount(item.resource(), item.hard())
                        .signum() > 0)
                .map(item -> new QuotaUse(quota.getMetadata().getNamespace(), view.name(), item.resource(),
                        item.ratio()))
                .toList();
    }

    private static <T> List<T> list(List<T> items) {
        return items == null ? List.of() : items;
    }
}
