package org.kubedeck.adapters.k8s.testing;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.fabric8.kubernetes.api.model.authentication.TokenRequestBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import okhttp3.Interceptor;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.kubedeck.adapters.k8s.KubernetesCalls;
import org.kubedeck.adapters.k8s.KubernetesClients;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.cluster.Kubeconfig;

/**
 * A namespace {@code t-<random>} of the {@link KubeRig} for each test, deleted after it (the namespace controller
 * removes what is left in it). Register it on an instance field: {@code @RegisterExtension final RigNamespace
 * namespace = new RigNamespace();}. A fixture that is no extension opens one with {@link #open()} and closes it.
 */
public final class RigNamespace implements BeforeEachCallback, AfterEachCallback, AutoCloseable {

    /** How long the rig may take to run what a test created: pods turn Running well under a second. */
    public static final Duration SETTLE = Duration.ofSeconds(30);

    private final Supplier<KubeRig> rig;
    private final String name;
    private final List<String> others = new ArrayList<>();
    private final List<AutoCloseable> closedAfterTest = new ArrayList<>();

    /** Named at once, so that a test's fields can be made from {@link #name()}; made before each test. */
    public RigNamespace() {
        this(KubeRig::shared, "t-" + UUID.randomUUID().toString().substring(0, 8));
    }

    private RigNamespace(Supplier<KubeRig> rig, String name) {
        this.rig = rig;
        this.name = name;
    }

    /** A namespace made anew, for a fixture that deletes it with {@link #close()}. */
    public static RigNamespace open() {
        RigNamespace namespace = new RigNamespace();
        namespace.make();
        return namespace;
    }

    /** A namespace of that name, e.g. a second one beside a test's own. */
    public static RigNamespace open(String name) {
        return open(KubeRig.shared(), name);
    }

    /** A namespace of that name on another control plane, e.g. {@link KubeRig#another()}. */
    public static RigNamespace open(KubeRig rig, String name) {
        RigNamespace namespace = new RigNamespace(() -> rig, name);
        namespace.make();
        return namespace;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        make();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        close();
    }

    /**
     * Calls to the rig through clients of their own, every request passing {@code observers} first (to count or
     * look at what is sent); closed with the namespace.
     */
    public KubernetesCalls calls(Interceptor... observers) {
        KubernetesClients clients = new KubernetesClients(List.of(observers));
        KubernetesCalls calls = new KubernetesCalls(clients);
        closedAfterTest.add(calls);
        closedAfterTest.add(clients);
        return calls;
    }

    @Override
    public void close() {
        for (AutoCloseable closeable : closedAfterTest) {
            try {
                closeable.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        closedAfterTest.clear();
        others.forEach(other -> objects().namespaces().withName(other).delete());
        objects().namespaces().withName(name).delete();
    }

    private void make() {
        objects().namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(name).endMetadata()
                .build()).create();
        // Pods are refused until the service account controller has made the namespace's default account.
        await(SETTLE, () -> objects().serviceAccounts().inNamespace(name).withName("default").get() != null);
    }

    public String name() {
        return name;
    }

    /**
     * The name of a second namespace beside this one ({@code <name>-other}), for a test to make if it needs one;
     * deleted with this one.
     */
    public String other() {
        String other = name + "-other";
        if (!others.contains(other)) {
            others.add(other);
        }
        return other;
    }

    public KubeRig rig() {
        return rig.get();
    }

    public KubernetesClient objects() {
        return rig().objects();
    }

    /** The rig as a registered cluster named "rig". */
    public ClusterAccess access() {
        return rig().access("rig");
    }

    /** Creates the objects of a YAML text (one or more documents) in this namespace, as {@code kubectl create}. */
    public List<HasMetadata> create(String yaml) {
        return objects().load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))).inNamespace(name)
                .create();
    }

    /**
     * Waits until exactly {@code count} pods of this namespace carry {@code selector} (e.g. "app=web"), all of
     * them Running and none terminating, and returns them.
     */
    public List<Pod> awaitRunning(String selector, int count) {
        await(SETTLE, () -> {
            List<Pod> pods = pods(selector);
            return pods.size() == count && pods.stream().allMatch(pod -> pod.getMetadata().getDeletionTimestamp()
                    == null && "Running".equals(pod.getStatus().getPhase()));
        });
        return pods(selector);
    }

    /** The pods of this namespace that carry {@code selector}, e.g. "app=web". */
    public List<Pod> pods(String selector) {
        String[] label = selector.split("=", 2);
        return objects().pods().inNamespace(name).withLabel(label[0], label[1]).list().getItems();
    }

    /**
     * Deployment "web" of {@code replicas} pods labelled app=web, load=online, and Service "web" selecting those
     * labels, as YAML for {@link #create} or any namespace.
     */
    public static String webYaml(int replicas) {
        return """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web}
                spec:
                  replicas: %d
                  selector: {matchLabels: {app: web}}
                  template:
                    metadata: {labels: {app: web, load: online}}
                    spec: {containers: [{name: main, image: nginx}]}
                ---
                apiVersion: v1
                kind: Service
                metadata: {name: web}
                spec:
                  selector: {app: web, load: online}
                  ports: [{port: 80}]
                """.formatted(replicas);
    }

    /** {@link #webYaml} made, returning once {@code replicas} pods are Running (at most {@code limit}). */
    public RigNamespace withWeb(int replicas, Duration limit) {
        create(webYaml(replicas));
        await(limit, () -> Objects.equals(objects().apps().deployments().inNamespace(name).withName("web").get()
                .getStatus().getReadyReplicas(), replicas));
        return this;
    }

    /**
     * A credential of the namespace's service account {@code account} (made if missing), as a registered cluster
     * named {@code account}: the rig's kubeconfig with a token the API server issues for it. It may do what the
     * roles bound to it allow, which is nothing until the test binds one.
     */
    public ClusterAccess accessAs(String account) {
        return new ClusterAccess(ClusterName.of(account), new Kubeconfig(kubeconfigAs(account)), null);
    }

    /** Binds the namespace's service account {@code account} to {@code role}, a Role or ClusterRole, here. */
    public RigNamespace bind(String account, String roleKind, String role) {
        create("""
                apiVersion: rbac.authorization.k8s.io/v1
                kind: RoleBinding
                metadata: {name: %s-%s}
                roleRef: {apiGroup: rbac.authorization.k8s.io, kind: %s, name: %s}
                subjects: [{kind: ServiceAccount, name: %s, namespace: %s}]
                """.formatted(account, role, roleKind, role, account, name));
        return this;
    }

    /** The kubeconfig of {@link #accessAs}. */
    public String kubeconfigAs(String account) {
        if (objects().serviceAccounts().inNamespace(name).withName(account).get() == null) {
            objects().serviceAccounts().inNamespace(name).resource(new ServiceAccountBuilder().withNewMetadata()
                    .withName(account).endMetadata().build()).create();
        }
        String token = objects().serviceAccounts().inNamespace(name).withName(account).tokenRequest(
                new TokenRequestBuilder().withNewSpec().withExpirationSeconds(600L).endSpec().build())
                .getStatus().getToken();
        return rig().kubeconfig().replaceFirst("(?m)^(\\s*token:).*$", "$1 " + Matcher.quoteReplacement(token));
    }

    /**
     * Namespace "shop" as the console's pages know it, made real: {@link #webYaml} with {@code webReplicas},
     * StatefulSet "db" (pod db-0) and the bare pod "debug"; returns once all their pods are Running.
     */
    public RigNamespace withShop(int webReplicas) {
        create(webYaml(webReplicas) + """
                ---
                apiVersion: apps/v1
                kind: StatefulSet
                metadata: {name: db}
                spec:
                  replicas: 1
                  serviceName: db
                  selector: {matchLabels: {app: db}}
                  template:
                    metadata: {labels: {app: db}}
                    spec: {containers: [{name: main, image: postgres}]}
                ---
                apiVersion: v1
                kind: Pod
                metadata: {name: debug, labels: {run: debug}}
                spec: {containers: [{name: main, image: busybox}]}
                """);
        awaitRunning("app=web", webReplicas);
        awaitRunning("app=db", 1);
        awaitRunning("run=debug", 1);
        return this;
    }

    /** Polls {@code condition} every 20 ms until it holds, or fails after {@code limit}. */
    public static void await(Duration limit, BooleanSupplier condition) {
        long end = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("Not so within " + limit.toMillis() + " ms");
            }
            try {
                TimeUnit.MILLISECONDS.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
