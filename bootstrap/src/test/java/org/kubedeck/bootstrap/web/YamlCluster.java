package org.kubedeck.bootstrap.web;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.NodeStatusBuilder;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Taint;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentStatus;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.kubedeck.adapters.k8s.testing.RigNamespace;

/**
 * The shared Kubernetes rig registered as a cluster under a name of its own, with a namespace of its own
 * ({@link #namespace()}) holding Deployment "web" (2 Running replicas of nginx:1.27), Service "web", ConfigMap
 * "settings" and Secret "tokens" whose password is {@link #PASSWORD}. Closing it deletes the namespace and the
 * nodes it made.
 */
public final class YamlCluster implements AutoCloseable {

    public static final String PASSWORD = "s3cret-value-42";
    public static final String PASSWORD_BASE64 = Base64.getEncoder()
            .encodeToString(PASSWORD.getBytes(StandardCharsets.UTF_8));

    private final RigNamespace namespace = RigNamespace.open();
    private final String name = "yaml" + UUID.randomUUID().toString().substring(0, 6);
    private final List<String> nodes = new ArrayList<>();

    public YamlCluster(WebSession admin) {
        namespace.create("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web, labels: {app: web}}
                spec:
                  replicas: 2
                  selector: {matchLabels: {app: web}}
                  template:
                    metadata: {labels: {app: web}}
                    spec: {containers: [{name: web, image: "nginx:1.27"}]}
                ---
                apiVersion: v1
                kind: Service
                metadata: {name: web}
                spec:
                  selector: {app: web}
                  ports: [{port: 80}]
                ---
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: settings}
                data: {mode: fast}
                ---
                apiVersion: v1
                kind: Secret
                metadata: {name: tokens}
                type: Opaque
                data: {password: %s}
                """.formatted(PASSWORD_BASE64));
        settled(2);
        admin.postJson("/api/admin/clusters", Map.of("name", name, "kubeconfig_content",
                namespace.rig().kubeconfig())).assertStatus(201);
    }

    /** The name the cluster is registered under. */
    public String name() {
        return name;
    }

    /** The namespace of the seeded objects: the console's paths and queries name it. */
    public String namespace() {
        return namespace.name();
    }

    /**
     * Installs a custom resource definition of kind Widget ({@code widgets.<group>}, namespaced) in a group of its
     * own, and answers the group: {@code spec.size} (an integer) is required, {@code spec.colour} and
     * {@code spec.ports} are not, and its lists print Colour and Size. Cluster-wide: the test deletes it.
     */
    public String widgets() {
        String group = "t" + UUID.randomUUID().toString().substring(0, 8) + ".example.com";
        namespace.create("""
                apiVersion: apiextensions.k8s.io/v1
                kind: CustomResourceDefinition
                metadata: {name: widgets.%1$s}
                spec:
                  group: %1$s
                  scope: Namespaced
                  names: {plural: widgets, singular: widget, kind: Widget}
                  versions:
                  - name: v1
                    served: true
                    storage: true
                    schema:
                      openAPIV3Schema:
                        type: object
                        properties:
                          spec:
                            type: object
                            required: [size]
                            properties:
                              size: {type: integer}
                              colour: {type: string}
                              ports: {type: array, items: {type: object, properties: {port: {type: integer}}}}
                    additionalPrinterColumns:
                    - {name: Colour, type: string, jsonPath: .spec.colour}
                    - {name: Size, type: integer, jsonPath: .spec.size}
                """.formatted(group));
        return group;
    }

    /** Deletes what {@link #widgets} installed. */
    public void deleteWidgets(String group) {
        objects().apiextensions().v1().customResourceDefinitions().withName("widgets." + group).delete();
    }

    /** The rig's namespace behind it, for credentials of its service accounts ({@link RigNamespace#kubeconfigAs}). */
    public RigNamespace rig() {
        return namespace;
    }

    public KubernetesClient objects() {
        return namespace.objects();
    }

    public Deployment web() {
        return objects().apps().deployments().inNamespace(namespace()).withName("web").get();
    }

    /**
     * Waits until the Deployment controller is done with web: {@code replicas} pods Running, none terminating, and
     * the status saying so. Until then the controller moves the resourceVersion, and an edit at the version read
     * could meet a conflict that nobody made.
     */
    public Deployment settled(int replicas) {
        RigNamespace.await(RigNamespace.SETTLE, () -> {
            Deployment web = web();
            DeploymentStatus status = web.getStatus();
            return status != null && Objects.equals(status.getObservedGeneration(), web.getMetadata().getGeneration())
                    && count(status.getReplicas()) == replicas && count(status.getUpdatedReplicas()) == replicas
                    && count(status.getAvailableReplicas()) == replicas
                    && status.getConditions().stream().anyMatch(condition -> "Progressing".equals(
                            condition.getType()) && "NewReplicaSetAvailable".equals(condition.getReason()))
                    && namespace.pods("app=web").size() == replicas;
        });
        namespace.awaitRunning("app=web", replicas);
        return web();
    }

    /**
     * A bare pod of one busybox container, {@code main}, with these annotations (the rig's {@code kube-rig/log-*}
     * set its log), once it runs.
     */
    public void runningPod(String name, Map<String, String> annotations) {
        objects().pods().inNamespace(namespace()).resource(new PodBuilder().withNewMetadata().withName(name)
                .addToAnnotations(annotations).endMetadata().withNewSpec().addNewContainer().withName("main")
                .withImage("busybox").endContainer().endSpec().build()).create();
        RigNamespace.await(RigNamespace.SETTLE, () -> "Running".equals(objects().pods().inNamespace(namespace())
                .withName(name).get().getStatus().getPhase()));
    }

    /**
     * A node object with these labels and 4 CPUs and 16Gi allocatable, reported Ready. No kubelet runs it and it
     * offers no pod slots, so the scheduler places nothing there; it is deleted on {@link #close()}.
     */
    public Node node(String name, Map<String, String> labels) {
        return node(new NodeBuilder().withNewMetadata().withName(name).withLabels(labels).endMetadata().build());
    }

    /**
     * Creates the nodes with 4 CPUs and 16Gi allocatable, reported Ready, and waits until the node controller has
     * taken off the not-ready taint that the API server puts on every new node; their own taints stay. Some 40
     * seconds later, no kubelet having renewed their leases, the controller marks them unreachable.
     */
    public void nodes(List<Node> added) {
        for (Node node : added) {
            node.setStatus(new NodeStatusBuilder()
                    .addToAllocatable("cpu", new Quantity("4")).addToAllocatable("memory", new Quantity("16Gi"))
                    .addNewCondition().withType("Ready").withStatus("True").endCondition().build());
            objects().nodes().resource(node).create();
            nodes.add(node.getMetadata().getName());
        }
        RigNamespace.await(RigNamespace.SETTLE, () -> added.stream().allMatch(node -> taints(node.getMetadata()
                .getName()).stream().map(Taint::getKey).noneMatch("node.kubernetes.io/not-ready"::equals)));
    }

    /** As {@link #nodes(List)}, for one node. */
    public Node node(Node node) {
        nodes(List.of(node));
        return objects().nodes().withName(node.getMetadata().getName()).get();
    }

    /** The node's taints as the API server has them now. */
    public List<Taint> taints(String node) {
        List<Taint> taints = objects().nodes().withName(node).get().getSpec().getTaints();
        return taints == null ? List.of() : taints;
    }

    /** A ConfigMap labelled as given. */
    public void configMap(String name, Map<String, String> labels) {
        objects().configMaps().inNamespace(namespace()).resource(new ConfigMapBuilder().withNewMetadata()
                .withName(name).withLabels(labels).endMetadata().withData(Map.of("k", "v")).build()).create();
    }

    /** A change made with kubectl, behind the console's back: through the API server's own client. */
    public void scaleWebOutsideTheConsole(int replicas) {
        editWebOutsideTheConsole(web -> {
            web.getSpec().setReplicas(replicas);
            return web;
        });
    }

    /** Any change to web made behind the console's back, sent as a patch as {@code kubectl edit} does. */
    public void editWebOutsideTheConsole(UnaryOperator<Deployment> change) {
        objects().apps().deployments().inNamespace(namespace()).withName("web").edit(change);
    }

    private static int count(Integer replicas) {
        return replicas == null ? 0 : replicas;
    }

    @Override
    public void close() {
        nodes.forEach(node -> objects().nodes().withName(node).delete());
        namespace.close();
    }
}
