package org.kubedeck.bootstrap.web;

import io.fabric8.kubernetes.api.model.DeletionPropagation;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.kubedeck.adapters.k8s.testing.KubeRig;
import org.kubedeck.adapters.k8s.testing.RigNamespace;
import org.kubedeck.application.desktop.port.in.ChooseDesktopClusterUseCase;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.user.Actor;

/**
 * The {@link KubeRig} registered as a uniquely named cluster and chosen as the desktop cluster, with ways to look
 * at the desktop objects the console made in its desktop namespace.
 *
 * <p>The rig is shared by every test class and every run, so a context that makes desktops takes a namespace of its
 * own ({@link #UNIQUE_NAMESPACE}); each test starts with no desktop in it and removes its own when it closes this,
 * and the test class deletes the namespace when it is done ({@link #deleteNamespace}).
 */
public final class DesktopCluster implements AutoCloseable {

    /**
     * For {@code @TestPropertySource}: a desktop namespace for the context, drawn once when the context binds its
     * settings. Classes with the same properties share a context and so this namespace.
     */
    public static final String UNIQUE_NAMESPACE = "kubedeck.desktops.namespace=t-desktops-${random.uuid}";
    /** The rig's containers are all the same busybox root, which has /home; the desktop image's /headless it has not. */
    public static final String HOME_ON_THE_RIG = "kubedeck.desktops.home-path=/home";
    /** Uploads above 1 MB are refused, so a test can pass the limit without sending 50 MB. */
    public static final String SMALL_UPLOADS = "kubedeck.containers.upload-limit=1MB";

    /** How long a namespace deleted by the test class before may take to go, with the rig busy. */
    private static final Duration NAMESPACE_DELETION = Duration.ofMinutes(2);
    private static final String MANAGED_BY = "app.kubernetes.io/managed-by";
    private static final String KUBEDECK = "kubedeck";

    private final KubernetesClient objects = KubeRig.shared().objects();
    private final String namespace;
    private final String name = "desk" + UUID.randomUUID().toString().substring(0, 6);

    /**
     * Registers the rig through the admin API and makes it the desktop cluster, with {@code namespace} (the
     * context's {@code DesktopSettings.namespace()}) holding no desktop.
     */
    public DesktopCluster(WebSession admin, ChooseDesktopClusterUseCase desktops, String namespace) {
        this.namespace = namespace;
        useNamespace();
        admin.postJson("/api/admin/clusters", Map.of("name", name, "kubeconfig_content", KubeRig.shared()
                .kubeconfig())).assertStatus(201);
        desktops.chooseCluster(Actor.system(), ClusterName.of(name));
    }

    /** Deletes a desktop namespace; a {@code DesktopCluster} made afterwards waits until it is gone. */
    public static void deleteNamespace(String namespace) {
        KubeRig.shared().objects().namespaces().withName(namespace).delete();
    }

    public String name() {
        return name;
    }

    public String namespace() {
        return namespace;
    }

    KubernetesClient objects() {
        return objects;
    }

    /** Creates the objects of a YAML text in the desktop namespace, made first if missing, as kubectl create. */
    List<HasMetadata> create(String yaml) {
        ensureNamespace();
        return objects.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))).inNamespace(namespace)
                .create();
    }

    StatefulSet statefulSet(String desktop) {
        return objects.apps().statefulSets().inNamespace(namespace).withName(desktop).get();
    }

    /** The desktop's one pod, made by the StatefulSet controller; null while there is none. */
    public Pod pod(String desktop) {
        return objects.pods().inNamespace(namespace).withName(desktop + "-0").get();
    }

    PersistentVolumeClaim home(String key) {
        return objects.persistentVolumeClaims().inNamespace(namespace).withName("home-" + key).get();
    }

    /** The console's StatefulSets in the desktop namespace. */
    /** Waits until the desktop's pod runs and is ready, and answers it. */
    public Pod awaitRunning(String desktop) {
        RigNamespace.await(RigNamespace.SETTLE, () -> {
            Pod pod = pod(desktop);
            return pod != null && pod.getMetadata().getDeletionTimestamp() == null
                    && "Running".equals(pod.getStatus().getPhase()) && pod.getStatus().getConditions() != null
                    && pod.getStatus().getConditions().stream()
                            .anyMatch(c -> "Ready".equals(c.getType()) && "True".equals(c.getStatus()));
        });
        return pod(desktop);
    }

    public int statefulSets() {
        return objects.apps().statefulSets().inNamespace(namespace).withLabel(MANAGED_BY, KUBEDECK).list()
                .getItems().size();
    }

    /** Removes every desktop of the namespace and whatever else the test made there; the namespace stays. */
    @Override
    public void close() {
        removeDesktops();
    }

    /**
     * Waits out a namespace an earlier test class deleted and removes desktops an earlier test left. A missing
     * namespace is left to the console, which creates it with the first desktop.
     */
    private void useNamespace() {
        RigNamespace.await(NAMESPACE_DELETION, () -> {
            Namespace existing = objects.namespaces().withName(namespace).get();
            return existing == null || existing.getMetadata().getDeletionTimestamp() == null;
        });
        if (objects.namespaces().withName(namespace).get() != null) {
            removeDesktops();
        }
    }

    /** Pods are refused until the namespace's default service account exists. */
    private void ensureNamespace() {
        if (objects.namespaces().withName(namespace).get() == null) {
            objects.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(namespace)
                    .addToLabels(MANAGED_BY, KUBEDECK).endMetadata().build()).create();
        }
        RigNamespace.await(RigNamespace.SETTLE,
                () -> objects.serviceAccounts().inNamespace(namespace).withName("default").get() != null);
    }

    /**
     * The StatefulSets go at once (their pods are deleted in the background); pods and claimed volumes take a
     * moment longer, as the kubelet lets the pods go. Secrets other than the desktops' belong to the cluster.
     */
    private void removeDesktops() {
        objects.apps().statefulSets().inNamespace(namespace).withPropagationPolicy(DeletionPropagation.BACKGROUND)
                .delete();
        objects.resourceQuotas().inNamespace(namespace).delete();
        objects.network().v1().networkPolicies().inNamespace(namespace).delete();
        objects.network().v1().ingresses().inNamespace(namespace).delete();
        objects.services().inNamespace(namespace).delete();
        objects.pods().inNamespace(namespace).delete();
        objects.persistentVolumeClaims().inNamespace(namespace).delete();
        objects.secrets().inNamespace(namespace).withLabel(MANAGED_BY, KUBEDECK).delete();
        RigNamespace.await(RigNamespace.SETTLE, () -> objects.apps().statefulSets().inNamespace(namespace).list()
                .getItems().isEmpty());
    }
}
