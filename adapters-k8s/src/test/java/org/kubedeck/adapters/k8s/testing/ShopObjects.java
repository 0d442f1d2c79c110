package org.kubedeck.adapters.k8s.testing;

import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1ContainerStatus;
import io.kubernetes.client.openapi.models.V1DaemonSet;
import io.kubernetes.client.openapi.models.V1DaemonSetSpec;
import io.kubernetes.client.openapi.models.V1DaemonSetStatus;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1DeploymentSpec;
import io.kubernetes.client.openapi.models.V1DeploymentStatus;
import io.kubernetes.client.openapi.models.V1LabelSelector;
import io.kubernetes.client.openapi.models.V1ManagedFieldsEntry;
import io.kubernetes.client.openapi.models.V1Namespace;
import io.kubernetes.client.openapi.models.V1Node;
import io.kubernetes.client.openapi.models.V1NodeAddress;
import io.kubernetes.client.openapi.models.V1NodeStatus;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.openapi.models.V1OwnerReference;
import io.kubernetes.client.openapi.models.V1Pod;
import io.kubernetes.client.openapi.models.V1PodCondition;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1PodStatus;
import io.kubernetes.client.openapi.models.V1PodTemplateSpec;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V1ServiceSpec;
import io.kubernetes.client.openapi.models.V1StatefulSet;
import io.kubernetes.client.openapi.models.V1StatefulSetSpec;
import io.kubernetes.client.openapi.models.V1StatefulSetStatus;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/** client-java objects as a cluster holds them, for {@link WireMockApiServer}: a small shop and a big one. */
public final class ShopObjects {

    public static final String SHOP = "shop";
    public static final String NODE_IP = "192.168.10.11";
    public static final Map<String, String> WEB = Map.of("app", "web");
    private static final OffsetDateTime CREATED = OffsetDateTime.of(2026, 11, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    private ShopObjects() {
    }

    /**
     * Namespace "shop" with Deployment "web" (pods web-0..web-{webPods-1} on node-1), Service "web", StatefulSet
     * "db" (pod db-0), DaemonSet "agent" (no pods) and the bare pod "debug"; node-1 has InternalIP {@link #NODE_IP}.
     */
    public static void seed(WireMockApiServer api, int webPods) {
        api.put(new V1Namespace().metadata(new V1ObjectMeta().name(SHOP)));
        api.put(node("node-1", NODE_IP));
        api.put(node("node-2", "192.168.10.12"));
        api.put(new V1Deployment().metadata(meta("web", null))
                .spec(new V1DeploymentSpec().replicas(webPods).selector(new V1LabelSelector().matchLabels(WEB))
                        .template(template(WEB)))
                .status(new V1DeploymentStatus().replicas(webPods).readyReplicas(webPods)));
        api.put(new V1StatefulSet().metadata(meta("db", null))
                .spec(new V1StatefulSetSpec().replicas(1).serviceName("db")
                        .selector(new V1LabelSelector().matchLabels(Map.of("app", "db")))
                        .template(template(Map.of("app", "db"))))
                .status(new V1StatefulSetStatus().replicas(1).readyReplicas(1)));
        api.put(new V1DaemonSet().metadata(meta("agent", null))
                .spec(new V1DaemonSetSpec().selector(new V1LabelSelector().matchLabels(Map.of("app", "agent")))
                        .template(template(Map.of("app", "agent"))))
                .status(new V1DaemonSetStatus().desiredNumberScheduled(2).numberReady(0).currentNumberScheduled(0)
                        .numberMisscheduled(0)));
        api.put(new V1Service().metadata(meta("web", null))
                .spec(new V1ServiceSpec().selector(Map.of("app", "web", "load", "online"))));
        for (int i = 0; i < webPods; i++) {
            api.put(pod("web-" + i, Map.of("app", "web", "load", "online"), "web-5d8f", "node-1",
                    "10.244.1." + (i % 250)));
        }
        api.put(pod("db-0", Map.of("app", "db"), "db", "node-2", "10.244.2.1"));
        api.put(pod("debug", Map.of("run", "debug"), null, "node-1", "10.244.1.250"));
    }

    public static V1Pod pod(String name, Map<String, String> labels, String owner, String node, String ip) {
        V1ObjectMeta metadata = meta(name, labels)
                // What server-side apply leaves on every object; the cache drops it.
                .addManagedFieldsItem(new V1ManagedFieldsEntry().manager("kubectl").operation("Update")
                        .apiVersion("v1").fieldsType("FieldsV1").fieldsV1(Map.of("f:metadata", Map.of())));
        if (owner != null) {
            metadata.addOwnerReferencesItem(new V1OwnerReference().apiVersion("apps/v1").kind("ReplicaSet")
                    .name(owner).uid("uid-" + owner).controller(true));
        }
        return new V1Pod().metadata(metadata)
                .spec(new V1PodSpec().nodeName(node).addContainersItem(new V1Container().name("main").image("nginx")))
                .status(new V1PodStatus().phase("Running").podIP(ip)
                        .addConditionsItem(new V1PodCondition().type("Ready").status("True"))
                        .addContainerStatusesItem(new V1ContainerStatus().name("main").image("nginx").imageID("")
                                .ready(true).restartCount(1)));
    }

    public static V1Node node(String name, String internalIp) {
        return new V1Node().metadata(new V1ObjectMeta().name(name)).status(new V1NodeStatus()
                .addAddressesItem(new V1NodeAddress().type("Hostname").address(name))
                .addAddressesItem(new V1NodeAddress().type("InternalIP").address(internalIp)));
    }

    private static V1ObjectMeta meta(String name, Map<String, String> labels) {
        return new V1ObjectMeta().name(name).namespace(SHOP).creationTimestamp(CREATED)
                .labels(labels == null ? null : new HashMap<>(labels));
    }

    private static V1PodTemplateSpec template(Map<String, String> labels) {
        return new V1PodTemplateSpec().metadata(new V1ObjectMeta().labels(labels))
                .spec(new V1PodSpec().addContainersItem(new V1Container().name("main").image("nginx")));
    }
}
