package org.kubedeck.bootstrap.web;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.HashMap;
import java.util.Map;
import org.kubedeck.adapters.k8s.testing.FakeCluster;

/**
 * An in-process Kubernetes API with a small shop in it: namespace "shop", Deployment "web" with pods web-0 and
 * web-1 on node-1 (InternalIP 192.168.10.11), and Service "web" selecting app=web, load=online.
 */
public final class ShopCluster implements AutoCloseable {

    public static final String NODE_IP = "192.168.10.11";

    private final FakeCluster fake = FakeCluster.withCannedAnswers();

    public ShopCluster() {
        fake.answeringVersion("v1.31.2");
        KubernetesClient k = fake.objects();
        k.nodes().resource(new NodeBuilder().withNewMetadata().withName("node-1").endMetadata()
                .withNewStatus().addNewAddress().withType("Hostname").withAddress("node-1").endAddress()
                .addNewAddress().withType("InternalIP").withAddress(NODE_IP).endAddress().endStatus().build()).create();
        k.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName("shop").endMetadata().build())
                .create();
        k.apps().deployments().inNamespace("shop").resource(new DeploymentBuilder()
                .withNewMetadata().withName("web").endMetadata()
                .withNewSpec().withReplicas(2).withNewSelector().withMatchLabels(Map.of("app", "web")).endSelector()
                .withNewTemplate().withNewMetadata().withLabels(Map.of("app", "web")).endMetadata()
                .withNewSpec().addNewContainer().withName("web").withImage("nginx").endContainer().endSpec()
                .endTemplate().endSpec()
                .withNewStatus().withReplicas(2).withReadyReplicas(2).endStatus().build()).create();
        k.services().inNamespace("shop").resource(new ServiceBuilder().withNewMetadata().withName("web")
                .endMetadata().withNewSpec().withSelector(Map.of("app", "web", "load", "online")).endSpec().build())
                .create();
        pod("web-0", "10.244.1.10");
        pod("web-1", "10.244.1.11");
    }

    public void pod(String name, String ip) {
        Map<String, String> labels = new HashMap<>(Map.of("app", "web", "load", "online"));
        Pod pod = new PodBuilder().withNewMetadata().withName(name).withLabels(labels)
                .withCreationTimestamp("2026-11-01T00:00:00Z").endMetadata()
                .withNewSpec().withNodeName("node-1").addNewContainer().withName("web").withImage("nginx")
                .endContainer().endSpec()
                .withNewStatus().withPhase("Running").withPodIP(ip)
                .addNewCondition().withType("Ready").withStatus("True").endCondition()
                .addNewContainerStatus().withName("web").withReady(true).withRestartCount(1).withImage("nginx")
                .withImageID("").endContainerStatus().endStatus().build();
        fake.objects().pods().inNamespace("shop").resource(pod).create();
    }

    public String loadOf(String pod) {
        return fake.objects().pods().inNamespace("shop").withName(pod).get().getMetadata().getLabels().get("load");
    }

    public String kubeconfig() {
        return fake.kubeconfig().text();
    }

    public FakeCluster fake() {
        return fake;
    }

    @Override
    public void close() {
        fake.close();
    }
}
