package org.kubedeck.bootstrap.web;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.kubedeck.adapters.k8s.testing.KubeRig;
import org.kubedeck.adapters.k8s.testing.RigNamespace;

/**
 * A namespace {@code t-<random>} of the shared {@link KubeRig} that a fixture makes for itself and deletes when
 * closed, as {@link RigNamespace} does for a test: the fixtures also serve tests that register no extension.
 */
final class FixtureNamespace implements AutoCloseable {

    private final KubeRig rig = KubeRig.shared();
    private final String name;

    FixtureNamespace() {
        this("t-" + UUID.randomUUID().toString().substring(0, 8));
    }

    /** A namespace of that name, for a test that needs a second one beside its fixture's. */
    FixtureNamespace(String name) {
        this.name = name;
        objects().namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(name).endMetadata()
                .build()).create();
        // Pods are refused until the service account controller has made the namespace's default account.
        RigNamespace.await(RigNamespace.SETTLE,
                () -> objects().serviceAccounts().inNamespace(name).withName("default").get() != null);
    }

    String name() {
        return name;
    }

    KubeRig rig() {
        return rig;
    }

    KubernetesClient objects() {
        return rig.objects();
    }

    /** Creates the objects of a YAML text (one or more documents) in this namespace, as {@code kubectl create}. */
    List<HasMetadata> create(String yaml) {
        return objects().load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))).inNamespace(name)
                .create();
    }

    /** Waits until exactly {@code count} pods labelled {@code key=value} are Running and none is terminating. */
    List<Pod> awaitRunning(String key, String value, int count) {
        RigNamespace.await(RigNamespace.SETTLE, () -> {
            List<Pod> pods = pods(key, value);
            return pods.size() == count && pods.stream().allMatch(pod -> pod.getMetadata()
                    .getDeletionTimestamp() == null && "Running".equals(pod.getStatus().getPhase()));
        });
        return pods(key, value);
    }

    List<Pod> pods(String key, String value) {
        return objects().pods().inNamespace(name).withLabel(key, value).list().getItems();
    }

    @Override
    public void close() {
        objects().namespaces().withName(name).delete();
    }
}
