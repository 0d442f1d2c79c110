package org.kubedeck.bootstrap.web;

import io.fabric8.kubernetes.api.model.EndpointAddress;
import io.fabric8.kubernetes.api.model.EndpointSubset;
import io.fabric8.kubernetes.api.model.Endpoints;
import io.fabric8.kubernetes.api.model.NodeAddress;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.kubedeck.adapters.k8s.testing.RigNamespace;

/**
 * A small shop on the shared Kubernetes rig, in a namespace of its own ({@link #namespace()}): Deployment "web"
 * with two Running pods labelled app=web, load=online (their names made by the ReplicaSet controller), and Service
 * "web" selecting those labels, its Endpoints holding both pods. Closing it deletes the namespace.
 */
public final class ShopCluster implements AutoCloseable {

    public static final int REPLICAS = 2;

    private final RigNamespace namespace = RigNamespace.open();

    public ShopCluster() {
        namespace.create(RigNamespace.webYaml(REPLICAS));
        namespace.awaitRunning("app=web", REPLICAS);
        awaitEndpoints(pods().stream().map(this::podIp).collect(Collectors.toSet()));
    }

    /** The namespace the shop lives in: the console's paths name it. */
    public String namespace() {
        return namespace.name();
    }

    /** The rig's admin kubeconfig, to register it as a cluster. */
    public String kubeconfig() {
        return namespace.rig().kubeconfig();
    }

    /** Registers the rig through the console's API under a name of its own, which it returns. */
    public String register(WebSession admin) {
        String name = "shop" + UUID.randomUUID().toString().substring(0, 6);
        admin.postJson("/api/admin/clusters", Map.of("name", name, "kubeconfig_content", kubeconfig()))
                .assertStatus(201);
        return name;
    }

    public KubernetesClient objects() {
        return namespace.objects();
    }

    /** The names of web's pods, sorted as the console lists them. */
    public List<String> pods() {
        return namespace.pods("app=web").stream().map(pod -> pod.getMetadata().getName())
                .sorted(Comparator.naturalOrder()).toList();
    }

    public Pod pod(String name) {
        return objects().pods().inNamespace(namespace()).withName(name).get();
    }

    public String loadOf(String pod) {
        return pod(pod).getMetadata().getLabels().get("load");
    }

    public String podIp(String pod) {
        return pod(pod).getStatus().getPodIP();
    }

    /** The InternalIP of the node the pod runs on, as its kubelet reports it. */
    public String nodeIp(String pod) {
        return objects().nodes().withName(pod(pod).getSpec().getNodeName()).get().getStatus().getAddresses()
                .stream().filter(address -> "InternalIP".equals(address.getType())).map(NodeAddress::getAddress)
                .findFirst().orElseThrow();
    }

    /** Waits until the endpoints controller has put exactly these pod IPs behind Service "web". */
    public void awaitEndpoints(Set<String> podIps) {
        RigNamespace.await(RigNamespace.SETTLE, () -> endpointIps().equals(podIps));
    }

    private Set<String> endpointIps() {
        Endpoints endpoints = objects().endpoints().inNamespace(namespace()).withName("web").get();
        if (endpoints == null || endpoints.getSubsets() == null) {
            return Set.of();
        }
        return endpoints.getSubsets().stream().map(EndpointSubset::getAddresses).filter(Objects::nonNull)
                .flatMap(List::stream).map(EndpointAddress::getIp).collect(Collectors.toSet());
    }

    @Override
    public void close() {
        namespace.close();
    }
}
