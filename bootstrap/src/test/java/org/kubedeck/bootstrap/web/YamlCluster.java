package org.kubedeck.bootstrap.web;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.kubedeck.adapters.k8s.testing.FakeCluster;

/**
 * An in-process Kubernetes API registered as a cluster, with namespace "shop" holding Deployment "web"
 * (2 replicas), Service "web", ConfigMap "settings" and Secret "tokens" whose password is {@link #PASSWORD}.
 */
public final class YamlCluster implements AutoCloseable {

    public static final String NAMESPACE = "shop";
    public static final String PASSWORD = "s3cret-value-42";
    public static final String PASSWORD_BASE64 = Base64.getEncoder()
            .encodeToString(PASSWORD.getBytes(StandardCharsets.UTF_8));

    private final FakeCluster fake = FakeCluster.withCannedAnswers().answeringVersion("v1.31.2");
    private final String name = "yaml" + UUID.randomUUID().toString().substring(0, 6);

    public YamlCluster(WebSession admin) {
        KubernetesClient k = fake.objects();
        k.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(NAMESPACE).endMetadata().build())
                .create();
        k.apps().deployments().inNamespace(NAMESPACE).resource(new DeploymentBuilder()
                .withNewMetadata().withName("web").withLabels(Map.of("app", "web")).endMetadata()
                .withNewSpec().withReplicas(2).withNewSelector().withMatchLabels(Map.of("app", "web")).endSelector()
                .withNewTemplate().withNewMetadata().withLabels(Map.of("app", "web")).endMetadata()
                .withNewSpec().addNewContainer().withName("web").withImage("nginx:1.27").endContainer().endSpec()
                .endTemplate().endSpec().build()).create();
        k.services().inNamespace(NAMESPACE).resource(new ServiceBuilder().withNewMetadata().withName("web")
                .endMetadata().withNewSpec().withSelector(Map.of("app", "web")).addNewPort().withPort(80).endPort()
                .endSpec().build()).create();
        k.configMaps().inNamespace(NAMESPACE).resource(new ConfigMapBuilder().withNewMetadata().withName("settings")
                .endMetadata().withData(Map.of("mode", "fast")).build()).create();
        k.secrets().inNamespace(NAMESPACE).resource(new SecretBuilder().withNewMetadata().withName("tokens")
                .endMetadata().withType("Opaque").withData(Map.of("password", PASSWORD_BASE64)).build()).create();
        admin.postJson("/api/admin/clusters", Map.of("name", name, "kubeconfig_content", fake.kubeconfig().text()))
                .assertStatus(201);
    }

    public String name() {
        return name;
    }

    public KubernetesClient objects() {
        return fake.objects();
    }

    public Deployment web() {
        return fake.objects().apps().deployments().inNamespace(NAMESPACE).withName("web").get();
    }

    /** A node with these labels and, as the kubelet reports them, 4 CPUs and 16Gi allocatable, Ready. */
    public void node(String name, Map<String, String> labels) {
        fake.objects().nodes().resource(new io.fabric8.kubernetes.api.model.NodeBuilder().withNewMetadata()
                .withName(name).withLabels(labels).endMetadata()
                .withNewStatus().addToAllocatable("cpu", new io.fabric8.kubernetes.api.model.Quantity("4"))
                .addToAllocatable("memory", new io.fabric8.kubernetes.api.model.Quantity("16Gi"))
                .addNewCondition().withType("Ready").withStatus("True").endCondition().endStatus().build()).create();
    }

    /** A ConfigMap labelled as given. */
    public void configMap(String name, Map<String, String> labels) {
        fake.objects().configMaps().inNamespace(NAMESPACE).resource(new ConfigMapBuilder().withNewMetadata()
                .withName(name).withLabels(labels).endMetadata().withData(Map.of("k", "v")).build()).create();
    }

    /** A change made with kubectl, behind the console's back. */
    public void scaleWebOutsideTheConsole(int replicas) {
        Deployment web = web();
        web.getSpec().setReplicas(replicas);
        fake.objects().apps().deployments().inNamespace(NAMESPACE).resource(web).update();
    }

    @Override
    public void close() {
        fake.close();
    }
}
