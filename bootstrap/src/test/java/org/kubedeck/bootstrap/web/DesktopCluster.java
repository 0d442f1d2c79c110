package org.kubedeck.bootstrap.web;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.Map;
import java.util.UUID;
import org.kubedeck.adapters.k8s.testing.FakeCluster;
import org.kubedeck.application.desktop.port.in.ManageDesktopsUseCase;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.user.Actor;

/**
 * An in-process Kubernetes API registered as a cluster and chosen as the desktop cluster, with ways to look at
 * the desktop objects the console made in it (namespace {@value #NAMESPACE}).
 */
public final class DesktopCluster implements AutoCloseable {

    static final String NAMESPACE = "vnc-pods";

    private final FakeCluster fake = FakeCluster.withCannedAnswers().answeringVersion("v1.31.2");
    private final String name = "desk" + UUID.randomUUID().toString().substring(0, 6);

    /** Registers the fake through the admin API and makes it the desktop cluster. */
    public DesktopCluster(WebSession admin, ManageDesktopsUseCase desktops) {
        admin.postJson("/api/admin/clusters", Map.of("name", name, "kubeconfig_content", fake.kubeconfig().text()))
                .assertStatus(201);
        desktops.chooseCluster(Actor.system(), ClusterName.of(name));
    }

    public String name() {
        return name;
    }

    KubernetesClient objects() {
        return fake.objects();
    }

    StatefulSet statefulSet(String desktop) {
        return fake.objects().apps().statefulSets().inNamespace(NAMESPACE).withName(desktop).get();
    }

    PersistentVolumeClaim home(String key) {
        return fake.objects().persistentVolumeClaims().inNamespace(NAMESPACE).withName("home-" + key).get();
    }

    public int statefulSets() {
        return fake.objects().apps().statefulSets().inNamespace(NAMESPACE).list().getItems().size();
    }

    /** What the StatefulSet controller would do: a pod for the desktop, ready. */
    void startPod(String desktop, Map<String, String> labels) {
        fake.objects().pods().inNamespace(NAMESPACE).resource(new PodBuilder().withNewMetadata()
                .withName(desktop + "-0").withLabels(labels).endMetadata()
                .withNewSpec().withNodeName("node-1").addNewContainer().withName("desktop").withImage("vnc")
                .endContainer().endSpec()
                .withNewStatus().withPhase("Running").withPodIP("10.244.2.20")
                .addNewCondition().withType("Ready").withStatus("True").endCondition().endStatus().build()).create();
    }

    boolean podExists(String desktop) {
        return fake.objects().pods().inNamespace(NAMESPACE).withName(desktop + "-0").get() != null;
    }

    @Override
    public void close() {
        fake.close();
    }
}
