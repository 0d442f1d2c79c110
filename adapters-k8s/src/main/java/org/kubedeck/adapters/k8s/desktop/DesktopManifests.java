package org.kubedeck.adapters.k8s.desktop;

import io.kubernetes.client.custom.IntOrString;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1ContainerPort;
import io.kubernetes.client.openapi.models.V1EmptyDirVolumeSource;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1EnvVarSource;
import io.kubernetes.client.openapi.models.V1HTTPIngressPath;
import io.kubernetes.client.openapi.models.V1HTTPIngressRuleValue;
import io.kubernetes.client.openapi.models.V1Ingress;
import io.kubernetes.client.openapi.models.V1IngressBackend;
import io.kubernetes.client.openapi.models.V1IngressRule;
import io.kubernetes.client.openapi.models.V1IngressServiceBackend;
import io.kubernetes.client.openapi.models.V1IngressSpec;
import io.kubernetes.client.openapi.models.V1IngressTLS;
import io.kubernetes.client.openapi.models.V1LabelSelector;
import io.kubernetes.client.openapi.models.V1Namespace;
import io.kubernetes.client.openapi.models.V1NetworkPolicy;
import io.kubernetes.client.openapi.models.V1NetworkPolicyIngressRule;
import io.kubernetes.client.openapi.models.V1NetworkPolicyPeer;
import io.kubernetes.client.openapi.models.V1NetworkPolicyPort;
import io.kubernetes.client.openapi.models.V1NetworkPolicySpec;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.openapi.models.V1PersistentVolumeClaim;
import io.kubernetes.client.openapi.models.V1PersistentVolumeClaimSpec;
import io.kubernetes.client.openapi.models.V1PersistentVolumeClaimVolumeSource;
import io.kubernetes.client.openapi.models.V1PodSecurityContext;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1PodTemplateSpec;
import io.kubernetes.client.openapi.models.V1Probe;
import io.kubernetes.client.openapi.models.V1ResourceRequirements;
import io.kubernetes.client.openapi.models.V1Secret;
import io.kubernetes.client.openapi.models.V1SecretKeySelector;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V1ServiceBackendPort;
import io.kubernetes.client.openapi.models.V1ServicePort;
import io.kubernetes.client.openapi.models.V1ServiceSpec;
import io.kubernetes.client.openapi.models.V1StatefulSet;
import io.kubernetes.client.openapi.models.V1StatefulSetSpec;
import io.kubernetes.client.openapi.models.V1TCPSocketAction;
import io.kubernetes.client.openapi.models.V1Volume;
import io.kubernetes.client.openapi.models.V1VolumeMount;
import io.kubernetes.client.openapi.models.V1VolumeResourceRequirements;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kubedeck.application.desktop.port.out.DesktopCluster.DesktopSpec;
import org.kubedeck.domain.desktop.DesktopNames;
import org.kubedeck.domain.desktop.NoVncConnections;
import org.kubedeck.domain.kube.ResourceQuantity;

/**
 * The objects of one desktop as client-java models, and the labels that find them again. Everything carries the
 * console's labels and the owner's exact username, so a desktop can be rebuilt from the cluster alone. Each
 * names its apiVersion and kind: an API server takes them from the URL, the test fake insists on them.
 */
final class DesktopManifests {

    static final String MANAGED_BY = "app.kubernetes.io/managed-by";
    static final String KUBEDECK = "kubedeck";
    static final String APP_NAME = "app.kubernetes.io/name";
    static final String VNC_DESKTOP = "vnc-desktop";
    static final String USER = "kubedeck.io/user";
    static final String USERNAME = "kubedeck.io/username";
    /** The label selector of everything the console manages. */
    static final String MANAGED = MANAGED_BY + "=" + KUBEDECK;

    static final String CONTAINER = DesktopNames.CONTAINER;
    static final String PASSWORD_KEY = "password";
    static final int NOVNC_PORT = NoVncConnections.PORT;
    static final String NOVNC = "novnc";
    static final int VNC_PORT = 5901;
    static final String VNC = "vnc";

    private static final String NETWORKING = "networking.k8s.io/v1";
    private static final String HOME_VOLUME = "home";
    private static final String SHM_VOLUME = "shm";
    private static final String SHM_PATH = "/dev/shm";
    private static final String SHM_SIZE = "1Gi";
    /** The group of the desktop image's user, so it can write its home volume. */
    private static final long DESKTOP_GROUP = 1000L;
    private static final String NGINX = "nginx.ingress.kubernetes.io/";
    /** noVNC keeps one websocket open for the whole session; nginx would close it after a minute of quiet. */
    private static final String SESSION_TIMEOUT_SECONDS = "3600";

    private DesktopManifests() {
    }

    /** Only the managed-by label: the namespace is shared by every user's desktop. */
    static V1Namespace namespace(String name) {
        return new V1Namespace().apiVersion("v1").kind("Namespace")
                .metadata(new V1ObjectMeta().name(name).labels(Map.of(MANAGED_BY, KUBEDECK)));
    }

    static V1Secret secret(DesktopSpec spec) {
        return new V1Secret().apiVersion("v1").kind("Secret").metadata(metadata(spec, spec.names().secret()))
                .type("Opaque")
                .data(Map.of(PASSWORD_KEY, spec.vncPassword().getBytes(StandardCharsets.UTF_8)));
    }

    /** No storage class: the cluster's default provisions it. */
    static V1PersistentVolumeClaim home(DesktopSpec spec) {
        return new V1PersistentVolumeClaim().apiVersion("v1").kind("PersistentVolumeClaim")
                .metadata(metadata(spec, spec.names().home()))
                .spec(new V1PersistentVolumeClaimSpec()
                        .accessModes(List.of("ReadWriteOnce"))
                        .resources(new V1VolumeResourceRequirements().requests(Map.of("storage",
                                new Quantity(ResourceQuantity.formatBytes(spec.resources().storageBytes()))))));
    }

    static V1StatefulSet statefulSet(DesktopSpec spec) {
        DesktopNames names = spec.names();
        return new V1StatefulSet().apiVersion("apps/v1").kind("StatefulSet")
                .metadata(metadata(spec, names.desktop()))
                .spec(new V1StatefulSetSpec()
                        .replicas(1)
                        .serviceName(names.desktop())
                        .selector(new V1LabelSelector().matchLabels(selector(names)))
                        .template(new V1PodTemplateSpec()
                                .metadata(new V1ObjectMeta().labels(labels(names)).annotations(annotations(spec)))
                                .spec(podSpec(spec))));
    }

    static V1Service service(DesktopSpec spec) {
        return new V1Service().apiVersion("v1").kind("Service").metadata(metadata(spec, spec.names().desktop()))
                .spec(new V1ServiceSpec()
                        .type("ClusterIP")
                        .selector(selector(spec.names()))
                        .ports(List.of(new V1ServicePort().name(NOVNC).protocol("TCP").port(NOVNC_PORT)
                                .targetPort(new IntOrString(NOVNC)))));
    }

    /**
     * The desktop under {@code /user/<key>/} of the desktops' host; nginx strips that prefix, as noVNC expects
     * to be served from the root.
     */
    static V1Ingress ingress(DesktopSpec spec) {
        DesktopNames names = spec.names();
        String host = spec.address().domain();
        Map<String, String> annotations = annotations(spec);
        annotations.put(NGINX + "use-regex", "true");
        annotations.put(NGINX + "rewrite-target", "/$2");
        annotations.put(NGINX + "proxy-read-timeout", SESSION_TIMEOUT_SECONDS);
        annotations.put(NGINX + "proxy-send-timeout", SESSION_TIMEOUT_SECONDS);
        annotations.put(NGINX + "proxy-body-size", "0");
        V1IngressSpec ingress = new V1IngressSpec()
                .rules(List.of(new V1IngressRule().host(host).http(new V1HTTPIngressRuleValue().paths(List.of(
                        new V1HTTPIngressPath()
                                .path("/user/" + names.key() + "(/|$)(.*)")
                                .pathType("ImplementationSpecific")
                                .backend(new V1IngressBackend().service(new V1IngressServiceBackend()
                                        .name(names.desktop())
                                        .port(new V1ServiceBackendPort().number(NOVNC_PORT)))))))));
        if (!isBlank(spec.ingressClass())) {
            ingress.ingressClassName(spec.ingressClass());
        }
        if (!isBlank(spec.tlsSecret())) {
            ingress.tls(List.of(new V1IngressTLS().hosts(List.of(host)).secretName(spec.tlsSecret())));
        }
        return new V1Ingress().apiVersion(NETWORKING).kind("Ingress")
                .metadata(metadata(spec, names.desktop()).annotations(annotations)).spec(ingress);
    }

    /** Only the ingress controller may reach the desktop, and only on noVNC's port. */
    static V1NetworkPolicy networkPolicy(DesktopSpec spec) {
        return new V1NetworkPolicy().apiVersion(NETWORKING).kind("NetworkPolicy")
                .metadata(metadata(spec, spec.names().desktop()))
                .spec(new V1NetworkPolicySpec()
                        .podSelector(new V1LabelSelector().matchLabels(selector(spec.names())))
                        .policyTypes(List.of("Ingress"))
                        .ingress(List.of(new V1NetworkPolicyIngressRule()
                                .from(List.of(new V1NetworkPolicyPeer().namespaceSelector(new V1LabelSelector()
                                        .matchLabels(Map.of("kubernetes.io/metadata.name",
                                                spec.ingressNamespace())))))
                                .ports(List.of(new V1NetworkPolicyPort().protocol("TCP")
                                        .port(new IntOrString(NOVNC_PORT)))))));
    }

    /** What the StatefulSet, Service and NetworkPolicy select: the desktop's pod and no other. */
    static Map<String, String> selector(DesktopNames names) {
        return Map.of(MANAGED_BY, KUBEDECK, USER, names.key());
    }

    private static V1PodSpec podSpec(DesktopSpec spec) {
        Map<String, Quantity> resources = Map.of(
                "cpu", new Quantity(spec.resources().cpu()),
                "memory", new Quantity(spec.resources().memory()));
        V1Container desktop = new V1Container()
                .name(CONTAINER)
                .image(spec.image())
                .imagePullPolicy("IfNotPresent")
                .ports(List.of(
                        new V1ContainerPort().name(NOVNC).containerPort(NOVNC_PORT).protocol("TCP"),
                        new V1ContainerPort().name(VNC).containerPort(VNC_PORT).protocol("TCP")))
                .env(List.of(
                        new V1EnvVar().name("VNC_RESOLUTION").value(spec.resolution()),
                        new V1EnvVar().name("VNC_PW").valueFrom(new V1EnvVarSource().secretKeyRef(
                                new V1SecretKeySelector().name(spec.names().secret()).key(PASSWORD_KEY)))))
                // Requests equal to the limits: a running desktop keeps what it was promised.
                .resources(new V1ResourceRequirements().requests(resources).limits(resources))
                .readinessProbe(new V1Probe()
                        .tcpSocket(new V1TCPSocketAction().port(new IntOrString(NOVNC_PORT)))
                        .initialDelaySeconds(5)
                        .periodSeconds(5))
                .volumeMounts(List.of(
                        new V1VolumeMount().name(HOME_VOLUME).mountPath(spec.homePath()),
                        new V1VolumeMount().name(SHM_VOLUME).mountPath(SHM_PATH)));
        return new V1PodSpec()
                // The desktop's user has a shell: it must not hold credentials for the cluster.
                .automountServiceAccountToken(false)
                .enableServiceLinks(false)
                .securityContext(new V1PodSecurityContext().fsGroup(DESKTOP_GROUP))
                .containers(List.of(desktop))
                .volumes(List.of(
                        new V1Volume().name(HOME_VOLUME).persistentVolumeClaim(
                                new V1PersistentVolumeClaimVolumeSource().claimName(spec.names().home())),
                        // Browsers in the desktop crash with Docker's default 64 MB of shared memory.
                        new V1Volume().name(SHM_VOLUME).emptyDir(new V1EmptyDirVolumeSource().medium("Memory")
                                .sizeLimit(new Quantity(SHM_SIZE)))));
    }

    private static V1ObjectMeta metadata(DesktopSpec spec, String name) {
        return new V1ObjectMeta().name(name).namespace(spec.namespace()).labels(labels(spec.names()))
                .annotations(annotations(spec));
    }

    private static Map<String, String> labels(DesktopNames names) {
        return Map.of(MANAGED_BY, KUBEDECK, APP_NAME, VNC_DESKTOP, USER, names.key());
    }

    /** Mutable, so the Ingress can add its own. */
    private static Map<String, String> annotations(DesktopSpec spec) {
        Map<String, String> annotations = new LinkedHashMap<>();
        annotations.put(USERNAME, spec.owner().value());
        return annotations;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
