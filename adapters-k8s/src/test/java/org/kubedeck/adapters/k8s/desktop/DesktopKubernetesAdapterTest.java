package org.kubedeck.adapters.k8s.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;
import static org.kubedeck.adapters.k8s.testing.RigNamespace.SETTLE;
import static org.kubedeck.adapters.k8s.testing.RigNamespace.await;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EndpointAddress;
import io.fabric8.kubernetes.api.model.Endpoints;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.MicroTime;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceQuota;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.ExecWatch;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.assertj.core.data.TemporalUnitOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kubedeck.adapters.k8s.KubernetesCalls;
import org.kubedeck.adapters.k8s.KubernetesClients;
import org.kubedeck.adapters.k8s.testing.FakeCluster;
import org.kubedeck.adapters.k8s.testing.KubeconfigYaml;
import org.kubedeck.adapters.k8s.testing.RigNamespace;
import org.kubedeck.application.desktop.port.out.DesktopCluster.DesktopSpec;
import org.kubedeck.domain.NotFoundException;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.cluster.ClusterUnavailableException;
import org.kubedeck.domain.cluster.Kubeconfig;
import org.kubedeck.domain.desktop.ClusterCapacity;
import org.kubedeck.domain.desktop.DesktopAddress;
import org.kubedeck.domain.desktop.DesktopEvent;
import org.kubedeck.domain.desktop.DesktopNames;
import org.kubedeck.domain.desktop.DesktopPhase;
import org.kubedeck.domain.desktop.DesktopPod;
import org.kubedeck.domain.desktop.DesktopResources;
import org.kubedeck.domain.desktop.DesktopState;
import org.kubedeck.domain.user.Username;

/**
 * Desktops on the real API server, each test in a namespace of its own: the controllers make the desktop's pod,
 * the rig's kubelet runs it and binds its home volume. What the adapter created is read back with fabric8's own
 * client, so the assertions do not trust client-java's models. What the rig cannot produce (image pulls that
 * fail, containers that restart, sums over a cluster no other suite uses) is in DesktopKubernetesAdapterFakeTest.
 */
class DesktopKubernetesAdapterTest {

    private static final String IMAGE = "kasmweb/desktop:1.16.0";
    private static final String HOME_PATH = "/home/kasm-user";
    private static final String DOMAIN = "desk.example.com";
    private static final Username ALICE = Username.of("alice");
    private static final Username BOB = Username.of("bob");
    private static final DesktopNames ALICE_DESKTOP = DesktopNames.of(ALICE);
    private static final DesktopResources RESOURCES = DesktopResources.parse("2", "4Gi", "10Gi");
    /** More CPU than either node of the rig has: the scheduler finds no place for the pod. */
    private static final DesktopResources TOO_BIG = DesktopResources.parse("500", "4Gi", "10Gi");
    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

    @RegisterExtension
    final RigNamespace namespace = new RigNamespace();

    private final KubernetesClients clients = new KubernetesClients();
    private final KubernetesCalls calls = new KubernetesCalls(clients);
    private final DesktopKubernetesAdapter adapter = new DesktopKubernetesAdapter(calls);
    private final KubernetesClient objects = namespace.objects();
    private final ClusterAccess cluster = namespace.access();
    private final String ns = namespace.name();

    @AfterEach
    void stop() {
        calls.close();
        clients.close();
    }

    @Test
    void theStatefulSetRunsOneDesktopContainerWithItsLimitsPasswordAndVolumes() {
        adapter.provision(cluster, spec(ALICE, "s3cret"));

        StatefulSet statefulSet = statefulSet("vnc-alice");
        assertThat(statefulSet.getSpec().getReplicas()).isEqualTo(1);
        assertThat(statefulSet.getSpec().getServiceName()).isEqualTo("vnc-alice");
        assertThat(statefulSet.getSpec().getSelector().getMatchLabels()).isEqualTo(selector("alice"));
        assertThat(statefulSet.getSpec().getTemplate().getMetadata().getLabels()).isEqualTo(labels("alice"));
        assertThat(statefulSet.getSpec().getTemplate().getMetadata().getAnnotations())
                .isEqualTo(Map.of("kubedeck.io/username", "alice"));
        PodSpec pod = statefulSet.getSpec().getTemplate().getSpec();
        assertThat(pod.getAutomountServiceAccountToken()).isFalse();
        assertThat(pod.getEnableServiceLinks()).isFalse();
        assertThat(pod.getSecurityContext().getFsGroup()).isEqualTo(1000L);
        assertThat(pod.getContainers()).hasSize(1);
        Container desktop = pod.getContainers().get(0);
        assertThat(desktop.getName()).isEqualTo("desktop");
        assertThat(desktop.getImage()).isEqualTo(IMAGE);
        assertThat(desktop.getImagePullPolicy()).isEqualTo("IfNotPresent");
        assertThat(desktop.getPorts()).extracting("name", "containerPort")
                .containsExactly(tuple("novnc", 6901), tuple("vnc", 5901));
        assertThat(desktop.getEnv()).extracting(EnvVar::getName).containsExactly("VNC_RESOLUTION", "VNC_PW");
        assertThat(desktop.getEnv().get(0).getValue()).isEqualTo("1920x1080");
        assertThat(desktop.getEnv().get(1).getValue()).isNull();
        assertThat(desktop.getEnv().get(1).getValueFrom().getSecretKeyRef())
                .extracting("name", "key").containsExactly("vnc-alice-password", "password");
        assertThat(text(desktop.getResources().getRequests())).isEqualTo(Map.of("cpu", "2", "memory", "4Gi"));
        assertThat(text(desktop.getResources().getLimits())).isEqualTo(Map.of("cpu", "2", "memory", "4Gi"));
        assertThat(desktop.getReadinessProbe().getTcpSocket().getPort().getIntVal()).isEqualTo(6901);
        assertThat(desktop.getReadinessProbe().getInitialDelaySeconds()).isEqualTo(5);
        assertThat(desktop.getReadinessProbe().getPeriodSeconds()).isEqualTo(5);
        assertThat(desktop.getVolumeMounts()).extracting("name", "mountPath")
                .containsExactly(tuple("home", HOME_PATH), tuple("shm", "/dev/shm"));
        assertThat(pod.getVolumes()).extracting(Volume::getName).containsExactly("home", "shm");
        assertThat(pod.getVolumes().get(0).getPersistentVolumeClaim().getClaimName()).isEqualTo("home-alice");
        assertThat(pod.getVolumes().get(1).getEmptyDir().getMedium()).isEqualTo("Memory");
        assertThat(pod.getVolumes().get(1).getEmptyDir().getSizeLimit()).hasToString("1Gi");
    }

    @Test
    void aProvisionedDesktopRunsOnANodeWithAPodIpAndIsReportedRunning() {
        adapter.provision(cluster, spec(ALICE, "s3cret"));

        Pod pod = awaitRunning(ALICE_DESKTOP);
        assertThat(pod.getMetadata().getOwnerReferences()).singleElement().satisfies(owner -> {
            assertThat(owner.getKind()).isEqualTo("StatefulSet");
            assertThat(owner.getName()).isEqualTo("vnc-alice");
        });
        assertThat(pod.getMetadata().getLabels()).containsAllEntriesOf(labels("alice"));
        assertThat(pod.getSpec().getNodeName()).isIn("node-a", "node-b");
        assertThat(pod.getStatus().getPodIP()).startsWith("127.");
        assertThat(home("alice").getStatus().getPhase()).as("the home volume is bound").isEqualTo("Bound");

        DesktopState state = adapter.find(cluster, ns, ALICE_DESKTOP).orElseThrow();
        assertThat(state.name()).isEqualTo("vnc-alice");
        assertThat(state.owner()).isEqualTo("alice");
        assertThat(state.replicas()).isEqualTo(1);
        assertThat(state.createdAt()).isCloseTo(Instant.now(), aMinute());
        assertThat(state.resources()).isEqualTo(new DesktopResources(2000, 4L << 30, 10L << 30));
        DesktopPod desktopPod = state.pod();
        assertThat(desktopPod.name()).isEqualTo("vnc-alice-0");
        assertThat(desktopPod.phase()).isEqualTo("Running");
        assertThat(desktopPod.ready()).isTrue();
        assertThat(desktopPod.node()).isEqualTo(pod.getSpec().getNodeName());
        assertThat(desktopPod.podIp()).isEqualTo(pod.getStatus().getPodIP());
        assertThat(desktopPod.createdAt()).isCloseTo(Instant.now(), aMinute());
        assertThat(desktopPod.waitingReason()).isNull();
        assertThat(desktopPod.waitingMessage()).isNull();
        assertThat(desktopPod.restarts()).isZero();
        assertThat(state.status(Instant.now(), START_TIMEOUT))
                .extracting(DesktopState.Status::phase, DesktopState.Status::reasonText)
                .containsExactly(DesktopPhase.RUNNING, null);
    }

    @Test
    void milliCpuIsWrittenAsKubernetesWritesIt() {
        adapter.provision(cluster, spec(ALICE, "s3cret", DesktopResources.parse("500m", "1536Mi", "20Gi"), "", ""));

        Container desktop = statefulSet("vnc-alice").getSpec().getTemplate().getSpec().getContainers().get(0);
        assertThat(text(desktop.getResources().getLimits())).isEqualTo(Map.of("cpu", "500m", "memory", "1536Mi"));
        assertThat(home("alice").getSpec().getResources().getRequests().get("storage")).hasToString("20Gi");
    }

    /** The adapter names no class; the API server's admission gives the claim the cluster's default one. */
    @Test
    void theHomeVolumeAsksForTheStorageOnTheDefaultClassAndIsBound() {
        adapter.provision(cluster, spec(ALICE, "s3cret"));

        PersistentVolumeClaim home = home("alice");
        assertThat(home.getSpec().getAccessModes()).containsExactly("ReadWriteOnce");
        assertThat(text(home.getSpec().getResources().getRequests())).isEqualTo(Map.of("storage", "10Gi"));
        assertThat(home.getSpec().getStorageClassName()).isEqualTo(defaultStorageClass());
        await(SETTLE, () -> "Bound".equals(home("alice").getStatus().getPhase()));
        assertThat(home("alice").getStatus().getCapacity().get("storage")).hasToString("10Gi");
    }

    @Test
    void theServiceReachesNoVncOnTheDesktopPodOnly() {
        namespace.create("""
                apiVersion: v1
                kind: Pod
                metadata:
                  name: other-desktop
                  labels: {app.kubernetes.io/managed-by: kubedeck, kubedeck.io/user: bob}
                spec: {containers: [{name: desktop, image: busybox, ports: [{name: novnc, containerPort: 6901}]}]}
                """);
        adapter.provision(cluster, spec(ALICE, "s3cret"));

        Service service = objects.services().inNamespace(ns).withName("vnc-alice").get();
        assertThat(service.getSpec().getType()).isEqualTo("ClusterIP");
        assertThat(service.getSpec().getSelector()).isEqualTo(selector("alice"));
        assertThat(service.getSpec().getPorts()).singleElement().satisfies(port -> {
            assertThat(port.getName()).isEqualTo("novnc");
            assertThat(port.getPort()).isEqualTo(6901);
            assertThat(port.getTargetPort().getStrVal()).isEqualTo("novnc");
        });
        String podIp = awaitRunning(ALICE_DESKTOP).getStatus().getPodIP();
        await(SETTLE, () -> !endpointIps("vnc-alice").isEmpty());
        assertThat(endpointIps("vnc-alice")).as("the endpoints controller's choice").containsExactly(podIp);
        assertThat(objects.endpoints().inNamespace(ns).withName("vnc-alice").get().getSubsets().get(0).getPorts())
                .singleElement().satisfies(port -> assertThat(port.getPort()).isEqualTo(6901));
    }

    @Test
    void theIngressServesTheDesktopUnderTheUsersPathWithTls() {
        adapter.provision(cluster, spec(ALICE, "s3cret"));

        Ingress ingress = ingress("vnc-alice");
        assertThat(ingress.getMetadata().getAnnotations()).isEqualTo(Map.of(
                "kubedeck.io/username", "alice",
                "nginx.ingress.kubernetes.io/use-regex", "true",
                "nginx.ingress.kubernetes.io/rewrite-target", "/$2",
                "nginx.ingress.kubernetes.io/proxy-read-timeout", "3600",
                "nginx.ingress.kubernetes.io/proxy-send-timeout", "3600",
                "nginx.ingress.kubernetes.io/proxy-body-size", "0"));
        assertThat(ingress.getSpec().getIngressClassName()).isEqualTo("nginx");
        assertThat(ingress.getSpec().getRules()).singleElement().satisfies(rule -> {
            assertThat(rule.getHost()).isEqualTo(DOMAIN);
            assertThat(rule.getHttp().getPaths()).singleElement().satisfies(path -> {
                assertThat(path.getPath()).isEqualTo("/user/alice(/|$)(.*)");
                assertThat(path.getPathType()).isEqualTo("ImplementationSpecific");
                assertThat(path.getBackend().getService().getName()).isEqualTo("vnc-alice");
                assertThat(path.getBackend().getService().getPort().getNumber()).isEqualTo(6901);
                assertThat(path.getBackend().getService().getPort().getName()).isNull();
            });
        });
        assertThat(ingress.getSpec().getTls()).singleElement().satisfies(tls -> {
            assertThat(tls.getHosts()).containsExactly(DOMAIN);
            assertThat(tls.getSecretName()).isEqualTo("desktops-tls");
        });
    }

    @Test
    void withoutTlsSecretOrIngressClassTheIngressHasNeither() {
        adapter.provision(cluster, spec(ALICE, "s3cret", RESOURCES, " ", ""));

        Ingress ingress = ingress("vnc-alice");
        assertThat(ingress.getSpec().getIngressClassName()).isNull();
        assertThat(ingress.getSpec().getTls()).isEmpty();
        assertThat(ingress.getSpec().getRules()).singleElement()
                .satisfies(rule -> assertThat(rule.getHost()).isEqualTo(DOMAIN));
    }

    @Test
    void theSecretHoldsTheNewPasswordWhichProvisionReturns() {
        String password = adapter.provision(cluster, spec(ALICE, "s3cret"));

        assertThat(password).isEqualTo("s3cret");
        Secret secret = secret("vnc-alice-password");
        assertThat(secret.getType()).isEqualTo("Opaque");
        assertThat(secret.getData()).containsOnlyKeys("password");
        assertThat(decoded(secret.getData().get("password"))).isEqualTo("s3cret");
        assertThat(adapter.vncPassword(cluster, ns, ALICE_DESKTOP)).contains("s3cret");
    }

    @Test
    void onlyTheIngressControllersNamespaceMayReachNoVnc() {
        adapter.provision(cluster, spec(ALICE, "s3cret"));

        NetworkPolicy policy = objects.network().networkPolicies().inNamespace(ns).withName("vnc-alice").get();
        assertThat(policy.getSpec().getPodSelector().getMatchLabels()).isEqualTo(selector("alice"));
        assertThat(policy.getSpec().getPolicyTypes()).containsExactly("Ingress");
        assertThat(policy.getSpec().getEgress()).isEmpty();
        assertThat(policy.getSpec().getIngress()).singleElement().satisfies(rule -> {
            assertThat(rule.getFrom()).singleElement().satisfies(peer -> {
                assertThat(peer.getNamespaceSelector().getMatchLabels())
                        .isEqualTo(Map.of("kubernetes.io/metadata.name", "ingress-nginx"));
                assertThat(peer.getPodSelector()).isNull();
            });
            assertThat(rule.getPorts()).singleElement().satisfies(port -> {
                assertThat(port.getProtocol()).isEqualTo("TCP");
                assertThat(port.getPort().getIntVal()).isEqualTo(6901);
            });
        });
    }

    @Test
    void everyObjectOfAUserWithDotsAndCapitalsCarriesTheHashedKeyAndTheExactUsername() {
        Username liHua = Username.of("Li.Hua");
        DesktopNames names = DesktopNames.of(liHua);
        assertThat(names.key()).startsWith("li-hua-").hasSize("li-hua-".length() + 7);

        adapter.provision(cluster, spec(liHua, "s3cret"));

        StatefulSet statefulSet = statefulSet(names.desktop());
        List<HasMetadata> created = List.of(
                secret(names.secret()),
                home(names.key()),
                statefulSet,
                objects.services().inNamespace(ns).withName(names.desktop()).get(),
                ingress(names.desktop()),
                objects.network().networkPolicies().inNamespace(ns).withName(names.desktop()).get());
        assertThat(created).allSatisfy(object -> {
            assertThat(object.getMetadata().getLabels()).as(object.getKind()).isEqualTo(labels(names.key()));
            assertThat(object.getMetadata().getAnnotations()).as(object.getKind())
                    .containsEntry("kubedeck.io/username", "Li.Hua");
        });
        assertThat(statefulSet.getSpec().getTemplate().getMetadata().getLabels()).isEqualTo(labels(names.key()));
        assertThat(statefulSet.getSpec().getTemplate().getMetadata().getAnnotations())
                .isEqualTo(Map.of("kubedeck.io/username", "Li.Hua"));
        assertThat(ingress(names.desktop()).getSpec().getRules().get(0).getHttp().getPaths())
                .extracting(HTTPIngressPath::getPath).containsExactly("/user/" + names.key() + "(/|$)(.*)");
        assertThat(awaitRunning(names).getMetadata().getAnnotations()).containsEntry("kubedeck.io/username",
                "Li.Hua");
        assertThat(adapter.find(cluster, ns, names)).hasValueSatisfying(state -> {
            assertThat(state.name()).isEqualTo(names.desktop());
            assertThat(state.owner()).isEqualTo("Li.Hua");
            assertThat(state.pod().name()).isEqualTo(names.pod());
        });
    }

    @Test
    void theMissingNamespaceIsCreatedAndAnExistingOneKept() {
        String missing = ns + "-desktops";
        Namespace existing = objects.namespaces().withName(ns).get();
        try {
            adapter.provision(cluster, spec(ALICE, "s3cret", missing));

            assertThat(objects.namespaces().withName(missing).get().getMetadata().getLabels())
                    .containsEntry("app.kubernetes.io/managed-by", "kubedeck");
            assertThat(statefulSet(missing, "vnc-alice")).isNotNull();

            adapter.provision(cluster, spec(BOB, "other"));

            Namespace kept = objects.namespaces().withName(ns).get();
            assertThat(kept.getMetadata().getUid()).isEqualTo(existing.getMetadata().getUid());
            assertThat(kept.getMetadata().getLabels()).isEqualTo(existing.getMetadata().getLabels())
                    .doesNotContainKey("app.kubernetes.io/managed-by");
            assertThat(statefulSet("vnc-bob")).isNotNull();
        } finally {
            objects.namespaces().withName(missing).delete();
        }
    }

    /** A token that may change desktops' objects in this namespace only, and may not read the namespace. */
    @Test
    void aCredentialThatMayNotReadNamespacesStillProvisionsIntoTheExistingOne() {
        String kubeconfig = namespacedKubeconfig();
        ClusterAccess restricted = new ClusterAccess(ClusterName.of("rig-desktops"), new Kubeconfig(kubeconfig), null);
        try (KubernetesClient asTheAccount = new KubernetesClientBuilder()
                .withConfig(Config.fromKubeconfig(kubeconfig)).build()) {
            assertThatThrownBy(() -> asTheAccount.namespaces().withName(ns).get())
                    .isInstanceOfSatisfying(KubernetesClientException.class,
                            e -> assertThat(e.getCode()).isEqualTo(403));
        }

        assertThat(adapter.provision(restricted, spec(ALICE, "s3cret"))).isEqualTo("s3cret");

        assertThat(statefulSet("vnc-alice")).isNotNull();
        assertThat(decoded(secret("vnc-alice-password").getData().get("password"))).isEqualTo("s3cret");
        assertThat(adapter.find(restricted, ns, ALICE_DESKTOP)).isPresent();
        assertThat(adapter.vncPassword(restricted, ns, ALICE_DESKTOP)).contains("s3cret");
    }

    @Test
    void provisioningAgainKeepsTheFirstPasswordAndReturnsIt() {
        adapter.provision(cluster, spec(ALICE, "first"));

        String second = adapter.provision(cluster, spec(ALICE, "second"));

        assertThat(second).isEqualTo("first");
        assertThat(decoded(secret("vnc-alice-password").getData().get("password"))).isEqualTo("first");
        assertThat(objects.apps().statefulSets().inNamespace(ns).list().getItems()).hasSize(1);
    }

    @Test
    void aHomeVolumeThatOutlivedItsDesktopIsKeptWithItsSize() {
        objects.persistentVolumeClaims().inNamespace(ns).resource(new PersistentVolumeClaimBuilder()
                .withNewMetadata().withName("home-alice").withLabels(labels("alice")).endMetadata()
                .withNewSpec().withAccessModes("ReadWriteOnce").withNewResources()
                .addToRequests("storage", new Quantity("5Gi")).endResources().endSpec()
                .build()).create();

        adapter.provision(cluster, spec(ALICE, "s3cret"));

        assertThat(text(home("alice").getSpec().getResources().getRequests())).isEqualTo(Map.of("storage", "5Gi"));
        assertThat(adapter.find(cluster, ns, ALICE_DESKTOP)).hasValueSatisfying(state ->
                assertThat(state.resources()).isEqualTo(new DesktopResources(2000, 4L << 30, 5L << 30)));
    }

    @Test
    void aKeptSecretWithoutPasswordGetsTheNewOne() {
        objects.secrets().inNamespace(ns).resource(new SecretBuilder()
                .withNewMetadata().withName("vnc-alice-password").endMetadata()
                .addToData("other", encoded("x")).build()).create();

        assertThat(adapter.provision(cluster, spec(ALICE, "s3cret"))).isEqualTo("s3cret");
        Secret secret = secret("vnc-alice-password");
        assertThat(decoded(secret.getData().get("password"))).isEqualTo("s3cret");
        assertThat(decoded(secret.getData().get("other"))).as("merged, not replaced").isEqualTo("x");
    }

    /** A quota of no pods: the StatefulSet controller is refused its pod, and says why in an event. */
    @Test
    void aDesktopWhosePodTheClusterRefusesHasNoneAndFailsAfterTheStartTimeout() {
        forbidPods();

        adapter.provision(cluster, spec(ALICE, "s3cret"));

        List<DesktopEvent> events = awaitEvent(ALICE_DESKTOP, "FailedCreate");
        assertThat(events).filteredOn(event -> "FailedCreate".equals(event.reason())).first().satisfies(event -> {
            assertThat(event.type()).isEqualTo("Warning");
            assertThat(event.object()).isEqualTo("StatefulSet/vnc-alice");
            assertThat(event.message()).contains("exceeded quota: no-pods");
        });
        DesktopState state = adapter.find(cluster, ns, ALICE_DESKTOP).orElseThrow();
        assertThat(state.pod()).isNull();
        assertThat(state.status(Instant.now(), START_TIMEOUT).phase()).isEqualTo(DesktopPhase.CREATING);
        assertThat(state.status(state.createdAt().plus(Duration.ofMinutes(6)), START_TIMEOUT))
                .extracting(DesktopState.Status::phase, DesktopState.Status::reasonText)
                .containsExactly(DesktopPhase.FAILED, "No pod was created within 300 s.");
    }

    /** The scheduler finds no node with the CPU: the pod waits unscheduled, and its event says why. */
    @Test
    void aDesktopNoNodeCanHoldIsCreatingThenFailedWithTheSchedulersReasonInItsEvents() {
        adapter.provision(cluster, spec(ALICE, "s3cret", TOO_BIG, "nginx", ""));

        List<DesktopEvent> events = awaitEvent(ALICE_DESKTOP, "FailedScheduling",
                event -> event.message().contains("Insufficient cpu"));
        assertThat(events).filteredOn(event -> "FailedScheduling".equals(event.reason())).first()
                .satisfies(event -> {
                    assertThat(event.type()).isEqualTo("Warning");
                    assertThat(event.object()).isEqualTo("Pod/vnc-alice-0");
                });
        DesktopState state = adapter.find(cluster, ns, ALICE_DESKTOP).orElseThrow();
        assertThat(state.pod().phase()).isEqualTo("Pending");
        assertThat(state.pod().ready()).isFalse();
        assertThat(state.pod().node()).isNull();
        assertThat(state.pod().podIp()).isNull();
        assertThat(state.status(Instant.now(), START_TIMEOUT).phase()).isEqualTo(DesktopPhase.CREATING);
        assertThat(state.status(state.pod().createdAt().plus(Duration.ofMinutes(6)), START_TIMEOUT))
                .extracting(DesktopState.Status::phase, DesktopState.Status::reasonText)
                .containsExactly(DesktopPhase.FAILED, "Not ready within 300 s.");
    }

    @Test
    void aStatefulSetTheConsoleDoesNotManageIsNoDesktop() {
        namespace.create("""
                apiVersion: apps/v1
                kind: StatefulSet
                metadata: {name: vnc-alice, labels: {app: vnc}}
                spec:
                  replicas: 1
                  serviceName: vnc-alice
                  selector: {matchLabels: {app: vnc}}
                  template:
                    metadata: {labels: {app: vnc}}
                    spec: {containers: [{name: desktop, image: %s}]}
                """.formatted(IMAGE));
        namespace.awaitRunning("app=vnc", 1);

        assertThat(adapter.find(cluster, ns, ALICE_DESKTOP)).isEmpty();
        assertThat(adapter.find(cluster, ns, DesktopNames.of(BOB))).isEmpty();
        assertThat(adapter.list(cluster, ns)).isEmpty();
    }

    @Test
    void listShowsEveryDesktopSortedByNameWithItsPodAndStorage() {
        DesktopNames bob = DesktopNames.of(BOB);
        DesktopNames carol = DesktopNames.of(Username.of("carol"));
        adapter.provision(cluster, spec(Username.of("carol"), "c"));
        adapter.provision(cluster, spec(ALICE, "a", DesktopResources.parse("500m", "1Gi", "20Gi"), "", ""));
        adapter.provision(cluster, spec(BOB, "b"));
        adapter.stop(cluster, ns, carol);
        // Bob's home goes while his desktop is stopped; started again, its pod waits for the missing claim.
        adapter.stop(cluster, ns, bob);
        awaitGone(() -> pod(bob.pod()));
        objects.persistentVolumeClaims().inNamespace(ns).withName("home-bob").delete();
        awaitGone(() -> home("bob"));
        adapter.restart(cluster, ns, bob);
        await(SETTLE, () -> pod(bob.pod()) != null);
        Pod alicePod = awaitRunning(ALICE_DESKTOP);
        awaitGone(() -> pod(carol.pod()));

        List<DesktopState> desktops = adapter.list(cluster, ns);

        assertThat(desktops).extracting(DesktopState::name).containsExactly("vnc-alice", "vnc-bob", "vnc-carol");
        DesktopState alice = desktops.get(0);
        assertThat(alice.owner()).isEqualTo("alice");
        assertThat(alice.resources()).isEqualTo(new DesktopResources(500, 1L << 30, 20L << 30));
        assertThat(alice.pod().ready()).isTrue();
        assertThat(alice.pod().phase()).isEqualTo("Running");
        assertThat(alice.pod().podIp()).isEqualTo(alicePod.getStatus().getPodIP());
        assertThat(alice.pod().waitingReason()).isNull();
        assertThat(alice.pod().restarts()).isZero();
        assertThat(alice.status(Instant.now(), START_TIMEOUT).phase()).isEqualTo(DesktopPhase.RUNNING);
        DesktopState bobs = desktops.get(1);
        assertThat(bobs.replicas()).isEqualTo(1);
        assertThat(bobs.pod().phase()).isEqualTo("Pending");
        assertThat(bobs.pod().node()).as("unschedulable without its claim").isNull();
        assertThat(bobs.resources().storageBytes()).as("its PVC is gone").isZero();
        assertThat(bobs.status(Instant.now(), START_TIMEOUT).phase()).isEqualTo(DesktopPhase.CREATING);
        DesktopState carols = desktops.get(2);
        assertThat(carols.replicas()).isZero();
        assertThat(carols.pod()).isNull();
        assertThat(carols.resources().storageBytes()).isEqualTo(10L << 30);
        assertThat(carols.status(Instant.now(), START_TIMEOUT).phase()).isEqualTo(DesktopPhase.STOPPED);
    }

    @Test
    void aNamespaceThatDoesNotExistHoldsNoDesktops() {
        String nowhere = ns + "-nowhere";

        assertThat(adapter.list(cluster, nowhere)).isEmpty();
        assertThat(adapter.find(cluster, nowhere, ALICE_DESKTOP)).isEmpty();
        assertThat(adapter.vncPassword(cluster, nowhere, ALICE_DESKTOP)).isEmpty();
        assertThat(objects.namespaces().withName(nowhere).get()).as("reading creates nothing").isNull();
    }

    @Test
    void restartDeletesThePodSoTheStatefulSetMakesANewOne() {
        adapter.provision(cluster, spec(ALICE, "s3cret"));
        Pod before = awaitRunning(ALICE_DESKTOP);

        adapter.restart(cluster, ns, ALICE_DESKTOP);

        await(SETTLE, () -> isRunning(pod("vnc-alice-0"))
                && !before.getMetadata().getUid().equals(pod("vnc-alice-0").getMetadata().getUid()));
        Pod after = pod("vnc-alice-0");
        assertThat(after.getMetadata().getCreationTimestamp()).isGreaterThanOrEqualTo(
                before.getMetadata().getCreationTimestamp());
        assertThat(replicas("vnc-alice")).isEqualTo(1);
        DesktopState state = adapter.find(cluster, ns, ALICE_DESKTOP).orElseThrow();
        assertThat(state.pod().podIp()).isEqualTo(after.getStatus().getPodIP());
        assertThat(state.status(Instant.now(), START_TIMEOUT).phase()).isEqualTo(DesktopPhase.RUNNING);
    }

    @Test
    void restartingADesktopWhosePodIsAlreadyGoneIsHarmless() {
        forbidPods();
        adapter.provision(cluster, spec(ALICE, "s3cret"));

        adapter.restart(cluster, ns, ALICE_DESKTOP);

        assertThat(replicas("vnc-alice")).isEqualTo(1);
        assertThat(pod("vnc-alice-0")).isNull();
    }

    @Test
    void stopScalesToNoPodAndKeepsEveryObject() {
        adapter.provision(cluster, spec(ALICE, "s3cret"));
        awaitRunning(ALICE_DESKTOP);

        adapter.stop(cluster, ns, ALICE_DESKTOP);

        StatefulSet statefulSet = statefulSet("vnc-alice");
        assertThat(statefulSet.getSpec().getReplicas()).isZero();
        assertThat(statefulSet.getMetadata().getLabels()).isEqualTo(labels("alice"));
        assertThat(statefulSet.getSpec().getTemplate().getSpec().getContainers()).hasSize(1);
        awaitGone(() -> pod("vnc-alice-0"));
        assertThat(home("alice").getStatus().getPhase()).isEqualTo("Bound");
        assertThat(secret("vnc-alice-password")).isNotNull();
        assertThat(objects.services().inNamespace(ns).withName("vnc-alice").get()).isNotNull();
        assertThat(ingress("vnc-alice")).isNotNull();
        DesktopState state = adapter.find(cluster, ns, ALICE_DESKTOP).orElseThrow();
        assertThat(state.replicas()).isZero();
        assertThat(state.pod()).isNull();
        assertThat(state.status(Instant.now(), START_TIMEOUT).phase()).isEqualTo(DesktopPhase.STOPPED);
    }

    @Test
    void restartStartsAStoppedDesktop() {
        adapter.provision(cluster, spec(ALICE, "s3cret"));
        adapter.stop(cluster, ns, ALICE_DESKTOP);
        awaitGone(() -> pod("vnc-alice-0"));

        adapter.restart(cluster, ns, ALICE_DESKTOP);

        assertThat(replicas("vnc-alice")).isEqualTo(1);
        awaitRunning(ALICE_DESKTOP);
        assertThat(adapter.find(cluster, ns, ALICE_DESKTOP).orElseThrow().status(Instant.now(), START_TIMEOUT)
                .phase()).isEqualTo(DesktopPhase.RUNNING);
    }

    @Test
    void restartingOrStoppingAMissingDesktopIsNotFound() {
        assertThatThrownBy(() -> adapter.restart(cluster, ns, ALICE_DESKTOP))
                .isInstanceOf(NotFoundException.class).hasMessage("Desktop vnc-alice does not exist.");
        assertThatThrownBy(() -> adapter.stop(cluster, ns, ALICE_DESKTOP))
                .isInstanceOf(NotFoundException.class).hasMessage("Desktop vnc-alice does not exist.");
        assertThat(objects.apps().statefulSets().inNamespace(ns).list().getItems()).as("nothing created").isEmpty();
    }

    @Test
    void deletingWithoutStorageKeepsTheHomeAndItsPassword() {
        adapter.provision(cluster, spec(ALICE, "first"));
        awaitRunning(ALICE_DESKTOP);

        adapter.delete(cluster, ns, ALICE_DESKTOP, false);

        assertThat(statefulSet("vnc-alice")).isNull();
        assertThat(objects.services().inNamespace(ns).withName("vnc-alice").get()).isNull();
        assertThat(ingress("vnc-alice")).isNull();
        assertThat(objects.network().networkPolicies().inNamespace(ns).withName("vnc-alice").get()).isNull();
        awaitGone(() -> pod("vnc-alice-0"));
        assertThat(home("alice").getStatus().getPhase()).isEqualTo("Bound");
        assertThat(secret("vnc-alice-password")).isNotNull();
        assertThat(adapter.find(cluster, ns, ALICE_DESKTOP)).isEmpty();
        assertThat(adapter.provision(cluster, spec(ALICE, "second"))).as("created again on the kept home")
                .isEqualTo("first");
        assertThat(awaitRunning(ALICE_DESKTOP).getSpec().getVolumes().get(0).getPersistentVolumeClaim()
                .getClaimName()).isEqualTo("home-alice");
    }

    @Test
    void deletingWithStorageRemovesEverythingAndTwiceIsHarmless() {
        adapter.provision(cluster, spec(ALICE, "s3cret"));
        awaitRunning(ALICE_DESKTOP);

        adapter.delete(cluster, ns, ALICE_DESKTOP, true);
        adapter.delete(cluster, ns, ALICE_DESKTOP, true);

        assertThat(objects.apps().statefulSets().inNamespace(ns).list().getItems()).isEmpty();
        assertThat(objects.services().inNamespace(ns).list().getItems()).isEmpty();
        assertThat(objects.network().v1().ingresses().inNamespace(ns).list().getItems()).isEmpty();
        assertThat(objects.network().networkPolicies().inNamespace(ns).list().getItems()).isEmpty();
        assertThat(objects.secrets().inNamespace(ns).withName("vnc-alice-password").get()).isNull();
        assertThat(adapter.vncPassword(cluster, ns, ALICE_DESKTOP)).isEmpty();
        // The claim's protection holds it until the rig's kubelet has removed the pod that mounts it.
        await(SETTLE, () -> objects.pods().inNamespace(ns).list().getItems().isEmpty()
                && objects.persistentVolumeClaims().inNamespace(ns).list().getItems().isEmpty());
        assertThat(adapter.find(cluster, ns, ALICE_DESKTOP)).isEmpty();
    }

    @Test
    void eventsAreThoseAboutTheDesktopsObjectsNewestFirst() {
        event("e1", "StatefulSet", "vnc-alice", "Normal", "SuccessfulCreate", "2026-03-01T10:00:00Z", null);
        event("e2", "Pod", "vnc-alice-0", "Warning", "Failed", "2026-03-01T10:02:00Z", null);
        event("e3", "PersistentVolumeClaim", "home-alice", "Normal", "ProvisioningSucceeded", null,
                "2026-03-01T10:01:00.000000Z");
        event("e4", "Pod", "vnc-bob-0", "Warning", "Failed", "2026-03-01T10:05:00Z", null);
        event("e5", "Pod", "vnc-alice-0-debug", "Normal", "Pulled", "2026-03-01T10:06:00Z", null);

        List<DesktopEvent> events = adapter.events(cluster, ns, ALICE_DESKTOP, 10);

        assertThat(events).containsExactly(
                new DesktopEvent(Instant.parse("2026-03-01T10:02:00Z"), "Warning", "Failed", "message e2",
                        "Pod/vnc-alice-0"),
                new DesktopEvent(Instant.parse("2026-03-01T10:01:00Z"), "Normal", "ProvisioningSucceeded",
                        "message e3", "PersistentVolumeClaim/home-alice"),
                new DesktopEvent(Instant.parse("2026-03-01T10:00:00Z"), "Normal", "SuccessfulCreate", "message e1",
                        "StatefulSet/vnc-alice"));
        assertThat(adapter.events(cluster, ns, ALICE_DESKTOP, 2)).containsExactlyElementsOf(events.subList(0, 2));
    }

    @Test
    void anEventWithoutTimesIsDatedWhenItWasRecorded() {
        event("e1", "Pod", "vnc-alice-0", "Normal", "Scheduled", null, null);

        assertThat(adapter.events(cluster, ns, ALICE_DESKTOP, 10)).singleElement()
                .satisfies(event -> assertThat(event.at()).isCloseTo(Instant.now(), aMinute()));
    }

    @Test
    void theControllersEventsAboutADesktopAreItsOwn() {
        namespace.create("""
                apiVersion: v1
                kind: Pod
                metadata: {name: debug, labels: {run: debug}}
                spec: {containers: [{name: main, image: busybox}]}
                """);
        adapter.provision(cluster, spec(ALICE, "s3cret"));
        namespace.awaitRunning("run=debug", 1);
        awaitRunning(ALICE_DESKTOP);

        List<DesktopEvent> events = awaitEvent(ALICE_DESKTOP, "Scheduled");

        assertThat(events).extracting(DesktopEvent::object, DesktopEvent::reason)
                .contains(tuple("StatefulSet/vnc-alice", "SuccessfulCreate"), tuple("Pod/vnc-alice-0", "Scheduled"));
        assertThat(events).extracting(DesktopEvent::object)
                .allMatch(object -> List.of("StatefulSet/vnc-alice", "Pod/vnc-alice-0",
                        "PersistentVolumeClaim/home-alice").contains(object));
        assertThat(events).extracting(DesktopEvent::at)
                .isSortedAccordingTo(Comparator.<Instant>naturalOrder().reversed());
        assertThat(objects.v1().events().inNamespace(ns).list().getItems())
                .as("the other pod's events are there, and left out")
                .anySatisfy(event -> assertThat(event.getInvolvedObject().getName()).isEqualTo("debug"));
    }

    /**
     * Nodes checked against fabric8's reading, taken before and after so a node changed meanwhile is read again.
     * Exact sums of requests are in DesktopKubernetesAdapterFakeTest: other suites' pods come and go on the rig.
     */
    @Test
    void capacityCountsTheSchedulableNodesAndTheRunningDesktopsRequests() {
        adapter.provision(cluster, spec(ALICE, "s3cret"));
        awaitRunning(ALICE_DESKTOP);
        AtomicReference<ClusterCapacity> capacity = new AtomicReference<>();
        AtomicReference<long[]> nodes = new AtomicReference<>();

        await(SETTLE, () -> {
            long[] before = schedulableNodes();
            capacity.set(adapter.capacity(cluster));
            nodes.set(schedulableNodes());
            return Arrays.equals(before, nodes.get());
        });

        assertThat(capacity.get().nodes()).isEqualTo(nodes.get()[0]).isPositive();
        assertThat(capacity.get().allocatableCpuMillicores()).isEqualTo(nodes.get()[1]);
        assertThat(capacity.get().allocatableMemoryBytes()).isEqualTo(nodes.get()[2]);
        assertThat(capacity.get().requestedCpuMillicores()).isGreaterThanOrEqualTo(2000);
        assertThat(capacity.get().requestedMemoryBytes()).isGreaterThanOrEqualTo(4L << 30);
    }

    /**
     * The rig's containers have no /proc, so the socket tables are written there first, as the kernel shows them;
     * the adapter then reads them by its own exec. There is no IPv6 table at first: cat fails on it, and the
     * IPv4 table still counts.
     */
    @Test
    void connectedBrowsersAreCountedFromTheContainersSocketTables() {
        adapter.provision(cluster, spec(ALICE, "s3cret"));
        awaitRunning(ALICE_DESKTOP);
        writeInDesktop("/proc/net/tcp", """
                  sl  local_address rem_address   st
                   0: 00000000:1AF5 00000000:0000 0A
                   1: 0AF40214:1AF5 0A000105:C350 01
                   2: 0100007F:170D 0100007F:9C40 01
                """);

        assertThat(adapter.noVncConnections(cluster, ns, ALICE_DESKTOP)).isEqualTo(1);

        writeInDesktop("/proc/net/tcp6", """
                  sl  local_address                         remote_address                        st
                   0: 00000000000000000000000000000000:1AF5 00000000000000000000000000000000:0000 0A
                   1: 0000000000000000FFFF00000AF40214:1AF5 0000000000000000FFFF00000A000106:C351 01
                """);

        assertThat(adapter.noVncConnections(cluster, ns, ALICE_DESKTOP)).isEqualTo(2);
    }

    /** An idle check must never read a failed exec as "nobody is connected". */
    @Test
    void anExecThatCannotRunIsAnErrorNotZeroConnections() {
        adapter.provision(cluster, spec(ALICE, "s3cret", TOO_BIG, "nginx", ""));
        await(SETTLE, () -> pod("vnc-alice-0") != null);

        assertThatThrownBy(() -> adapter.noVncConnections(cluster, ns, ALICE_DESKTOP))
                .as("a pod no node runs").isInstanceOf(ClusterUnavailableException.class);
        assertThatThrownBy(() -> adapter.noVncConnections(cluster, ns, DesktopNames.of(BOB)))
                .as("no pod at all").isInstanceOf(ClusterUnavailableException.class);
    }

    /** Not a fake: an address where nothing listens. */
    @Test
    void aClusterThatCannotBeReachedIsUnavailableAtOnce() {
        ClusterAccess unreachable = KubeconfigYaml.forServer(FakeCluster.unreachableUrl()).access();
        long started = System.nanoTime();

        assertThatThrownBy(() -> adapter.provision(unreachable, spec(ALICE, "s3cret")))
                .isInstanceOf(ClusterUnavailableException.class).hasMessageContaining("Cannot reach");
        assertThatThrownBy(() -> adapter.list(unreachable, ns))
                .isInstanceOf(ClusterUnavailableException.class).hasMessageContaining("Cannot reach");
        assertThatThrownBy(() -> adapter.capacity(unreachable))
                .isInstanceOf(ClusterUnavailableException.class).hasMessageContaining("Cannot reach");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(KubernetesCalls.DEADLINE);
    }

    private DesktopSpec spec(Username owner, String password) {
        return spec(owner, password, RESOURCES, "nginx", "desktops-tls");
    }

    private DesktopSpec spec(Username owner, String password, String inNamespace) {
        return new DesktopSpec(DesktopNames.of(owner), owner, inNamespace, RESOURCES, IMAGE, "1920x1080", password,
                HOME_PATH, new DesktopAddress(DOMAIN, true), "nginx", "desktops-tls", "ingress-nginx");
    }

    private DesktopSpec spec(Username owner, String password, DesktopResources resources, String ingressClass,
            String tlsSecret) {
        return new DesktopSpec(DesktopNames.of(owner), owner, ns, resources, IMAGE, "1920x1080", password,
                HOME_PATH, new DesktopAddress(DOMAIN, true), ingressClass, tlsSecret, "ingress-nginx");
    }

    private static Map<String, String> labels(String key) {
        return Map.of("app.kubernetes.io/managed-by", "kubedeck", "app.kubernetes.io/name", "vnc-desktop",
                "kubedeck.io/user", key);
    }

    private static Map<String, String> selector(String key) {
        return Map.of("app.kubernetes.io/managed-by", "kubedeck", "kubedeck.io/user", key);
    }

    private static Map<String, String> text(Map<String, Quantity> quantities) {
        return quantities.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().toString(), (a, b) -> a,
                        TreeMap::new));
    }

    private static String decoded(String base64) {
        return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
    }

    private static String encoded(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static TemporalUnitOffset aMinute() {
        return within(1, ChronoUnit.MINUTES);
    }

    private static boolean isRunning(Pod pod) {
        return pod != null && pod.getMetadata().getDeletionTimestamp() == null
                && "Running".equals(pod.getStatus().getPhase()) && pod.getStatus().getPodIP() != null;
    }

    private Pod awaitRunning(DesktopNames names) {
        await(SETTLE, () -> isRunning(pod(names.pod())));
        return pod(names.pod());
    }

    private static void awaitGone(Supplier<?> object) {
        await(SETTLE, () -> object.get() == null);
    }

    @SafeVarargs
    private List<DesktopEvent> awaitEvent(DesktopNames names, String reason,
            Predicate<DesktopEvent>... also) {
        AtomicReference<List<DesktopEvent>> events = new AtomicReference<>();
        await(SETTLE, () -> {
            events.set(adapter.events(cluster, ns, names, 50));
            return events.get().stream().anyMatch(event -> reason.equals(event.reason())
                    && Arrays.stream(also).allMatch(test -> test.test(event)));
        });
        return events.get();
    }

    private Pod pod(String name) {
        return objects.pods().inNamespace(ns).withName(name).get();
    }

    private StatefulSet statefulSet(String name) {
        return statefulSet(ns, name);
    }

    private StatefulSet statefulSet(String inNamespace, String name) {
        return objects.apps().statefulSets().inNamespace(inNamespace).withName(name).get();
    }

    private PersistentVolumeClaim home(String key) {
        return objects.persistentVolumeClaims().inNamespace(ns).withName("home-" + key).get();
    }

    private Secret secret(String name) {
        return objects.secrets().inNamespace(ns).withName(name).get();
    }

    private Ingress ingress(String name) {
        return objects.network().v1().ingresses().inNamespace(ns).withName(name).get();
    }

    private Integer replicas(String statefulSet) {
        return statefulSet(statefulSet).getSpec().getReplicas();
    }

    private List<String> endpointIps(String service) {
        Endpoints endpoints = objects.endpoints().inNamespace(ns).withName(service).get();
        return endpoints == null ? List.of() : endpoints.getSubsets().stream()
                .flatMap(subset -> subset.getAddresses().stream()).map(EndpointAddress::getIp).toList();
    }

    private String defaultStorageClass() {
        return objects.storage().v1().storageClasses().list().getItems().stream()
                .filter(storageClass -> "true".equals(storageClass.getMetadata().getAnnotations()
                        .get("storageclass.kubernetes.io/is-default-class")))
                .map(storageClass -> storageClass.getMetadata().getName())
                .findFirst().orElseThrow();
    }

    /** A quota of no pods in the test's namespace, in force once the quota controller has counted it. */
    private void forbidPods() {
        namespace.create("""
                apiVersion: v1
                kind: ResourceQuota
                metadata: {name: no-pods}
                spec: {hard: {pods: "0"}}
                """);
        await(SETTLE, () -> {
            ResourceQuota quota = objects.resourceQuotas().inNamespace(ns).withName("no-pods").get();
            return quota.getStatus() != null && quota.getStatus().getHard() != null
                    && quota.getStatus().getHard().containsKey("pods");
        });
    }

    /** Writes a file into the desktop container's own filesystem, through the rig's exec. */
    private void writeInDesktop(String path, String content) {
        String directory = path.substring(0, path.lastIndexOf('/'));
        try (ExecWatch exec = objects.pods().inNamespace(ns).withName("vnc-alice-0").inContainer("desktop")
                .writingOutput(new ByteArrayOutputStream())
                .exec("sh", "-c", "mkdir -p " + directory + " && printf '%s' \"$0\" > " + path, content)) {
            assertThat(exec.exitCode().get(10, TimeUnit.SECONDS)).isZero();
        } catch (Exception e) {
            throw new AssertionError("Could not write " + path + " in the desktop", e);
        }
    }

    /** Schedulable nodes as fabric8 reads them: how many, their allocatable millicores and bytes. */
    private long[] schedulableNodes() {
        List<Node> nodes = objects.nodes().list().getItems().stream()
                .filter(node -> !Boolean.TRUE.equals(node.getSpec().getUnschedulable()))
                .toList();
        return new long[] {nodes.size(),
                nodes.stream().mapToLong(node -> ceiling(node.getStatus().getAllocatable().get("cpu"), 3)).sum(),
                nodes.stream().mapToLong(node -> ceiling(node.getStatus().getAllocatable().get("memory"), 0)).sum()};
    }

    private static long ceiling(Quantity quantity, int movePointRight) {
        BigDecimal amount = quantity == null ? BigDecimal.ZERO : quantity.getNumericalAmount();
        return amount.movePointRight(movePointRight).setScale(0, RoundingMode.CEILING).longValue();
    }

    /**
     * A kubeconfig of a service account whose Role lets it change desktops' objects in this namespace, and nothing
     * else: not even read the namespace itself.
     */
    private String namespacedKubeconfig() {
        namespace.create("""
                apiVersion: rbac.authorization.k8s.io/v1
                kind: Role
                metadata: {name: desktops}
                rules:
                - apiGroups: [""]
                  resources: [secrets, persistentvolumeclaims, services, pods, events]
                  verbs: [get, list, create, patch, delete]
                - apiGroups: [apps]
                  resources: [statefulsets]
                  verbs: [get, list, create, patch, delete]
                - apiGroups: [networking.k8s.io]
                  resources: [ingresses, networkpolicies]
                  verbs: [get, list, create, patch, delete]
                """);
        return namespace.bind("desktops", "Role", "desktops").kubeconfigAs("desktops");
    }

    private void event(String name, String kind, String about, String type, String reason, String lastTimestamp,
            String eventTime) {
        EventBuilder event = new EventBuilder()
                .withNewMetadata().withName(name).endMetadata()
                .withNewInvolvedObject().withKind(kind).withName(about).withNamespace(ns).endInvolvedObject()
                .withType(type).withReason(reason).withMessage("message " + name)
                .withLastTimestamp(lastTimestamp);
        if (eventTime != null) {
            // The API server asks an event with an eventTime who reported it and what it did.
            event.withEventTime(new MicroTime(eventTime)).withReportingComponent("kubedeck-test")
                    .withReportingInstance("test").withAction("Provision");
        }
        objects.v1().events().inNamespace(ns).resource(event.build()).create();
    }
}
