package org.kubedeck.adapters.k8s.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.MicroTime;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.OutputStreamMessage;
import io.fabric8.kubernetes.client.server.mock.StatusStreamMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.assertj.core.data.TemporalUnitOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kubedeck.adapters.k8s.KubernetesCalls;
import org.kubedeck.adapters.k8s.testing.FakeCluster;
import org.kubedeck.adapters.k8s.testing.KubeconfigYaml;
import org.kubedeck.application.desktop.port.out.DesktopCluster.ClusterCapacity;
import org.kubedeck.application.desktop.port.out.DesktopCluster.DesktopEvent;
import org.kubedeck.application.desktop.port.out.DesktopCluster.DesktopSpec;
import org.kubedeck.domain.NotFoundException;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.cluster.ClusterUnavailableException;
import org.kubedeck.domain.desktop.DesktopAddress;
import org.kubedeck.domain.desktop.DesktopNames;
import org.kubedeck.domain.desktop.DesktopPhase;
import org.kubedeck.domain.desktop.DesktopPod;
import org.kubedeck.domain.desktop.DesktopResources;
import org.kubedeck.domain.desktop.DesktopState;
import org.kubedeck.domain.user.Username;

/**
 * Against fabric8's API fake over HTTP; what the adapter created is read back with fabric8's own client, so the
 * assertions do not trust client-java's models. The fake runs no controllers: pods, statuses and events are
 * seeded as a kubelet and the StatefulSet controller would leave them.
 */
class DesktopKubernetesAdapterTest {

    private static final String NS = "vnc-pods";
    private static final String IMAGE = "kasmweb/desktop:1.16.0";
    private static final String HOME_PATH = "/home/kasm-user";
    private static final String DOMAIN = "desk.example.com";
    private static final Username ALICE = Username.of("alice");
    private static final DesktopNames ALICE_DESKTOP = DesktopNames.of(ALICE);
    private static final DesktopResources RESOURCES = DesktopResources.parse("2", "4Gi", "10Gi");
    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

    private final FakeCluster fake = FakeCluster.crud();
    private final KubernetesClient objects = fake.objects();
    private final ClusterAccess cluster = fake.access();
    private final DesktopKubernetesAdapter adapter = new DesktopKubernetesAdapter(fake.calls());

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void theStatefulSetRunsOneDesktopContainerWithItsLimitsPasswordAndVolumes() {
        adapter.provision(cluster, spec(ALICE, "s3cret"));

        StatefulSet statefulSet = objects.apps().statefulSets().inNamespace(NS).withName("vnc-alice").get();
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
    void milliCpuIsWrittenAsKubernetesWritesIt() {
        adapter.provision(cluster, spec(ALICE, "s3cret", DesktopResources.parse("500m", "1536Mi", "20Gi"), "", ""));

        Container desktop = objects.apps().statefulSets().inNamespace(NS).withName("vnc-alice").get().getSpec()
                .getTemplate().getSpec().getContainers().get(0);
        assertThat(text(desktop.getResources().getLimits())).isEqualTo(Map.of("cpu", "500m", "memory", "1536Mi"));
        assertThat(home("alice").getSpec().getResources().getRequests().get("storage")).hasToString("20Gi");
    }

    @Test
    void theHomeVolumeAsksForTheStorageOnTheDefaultClass() {
        adapter.provision(cluster, spec(ALICE, "s3cret"));

        PersistentVolumeClaim home = home("alice");
        assertThat(home.getSpec().getAccessModes()).containsExactly("ReadWriteOnce");
        assertThat(text(home.getSpec().getResources().getRequests())).isEqualTo(Map.of("storage", "10Gi"));
        assertThat(home.getSpec().getStorageClassName()).isNull();
    }

    @Test
    void theServiceReachesNoVncOnTheDesktopPodOnly() {
        adapter.provision(cluster, spec(ALICE, "s3cret"));

        Service service = objects.services().inNamespace(NS).withName("vnc-alice").get();
        assertThat(service.getSpec().getType()).isEqualTo("ClusterIP");
        assertThat(service.getSpec().getSelector()).isEqualTo(selector("alice"));
        assertThat(service.getSpec().getPorts()).singleElement().satisfies(port -> {
            assertThat(port.getName()).isEqualTo("novnc");
            assertThat(port.getPort()).isEqualTo(6901);
            assertThat(port.getTargetPort().getStrVal()).isEqualTo("novnc");
        });
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
        assertThat(adapter.vncPassword(cluster, NS, ALICE_DESKTOP)).contains("s3cret");
    }

    @Test
    void onlyTheIngressControllersNamespaceMayReachNoVnc() {
        adapter.provision(cluster, spec(ALICE, "s3cret"));

        NetworkPolicy policy = objects.network().networkPolicies().inNamespace(NS).withName("vnc-alice").get();
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

        StatefulSet statefulSet = objects.apps().statefulSets().inNamespace(NS).withName(names.desktop()).get();
        List<HasMetadata> created = List.of(
                secret(names.secret()),
                home(names.key()),
                statefulSet,
                objects.services().inNamespace(NS).withName(names.desktop()).get(),
                ingress(names.desktop()),
                objects.network().networkPolicies().inNamespace(NS).withName(names.desktop()).get());
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
        assertThat(adapter.find(cluster, NS, names)).hasValueSatisfying(state -> {
            assertThat(state.name()).isEqualTo(names.desktop());
            assertThat(state.owner()).isEqualTo("Li.Hua");
        });
    }

    @Test
    void theMissingNamespaceIsCreatedAndAnExistingOneKept() {
        adapter.provision(cluster, spec(ALICE, "s3cret"));

        assertThat(objects.namespaces().withName(NS).get().getMetadata().getLabels())
                .isEqualTo(Map.of("app.kubernetes.io/managed-by", "kubedeck"));

        adapter.provision(cluster, spec(Username.of("bob"), "other"));

        assertThat(objects.namespaces().list().getItems()).hasSize(1);
        assertThat(objects.apps().statefulSets().inNamespace(NS).list().getItems()).hasSize(2);
    }

    @Test
    void aCredentialThatMayNotReadNamespacesStillProvisionsIntoTheExistingOne() {
        try (FakeCluster restricted = FakeCluster.withCannedAnswers()) {
            restricted.expect().get().withPath("/api/v1/namespaces/" + NS).andReturn(403, """
                    {"kind":"Status","apiVersion":"v1","status":"Failure","reason":"Forbidden","code":403,
                    "message":"namespaces \\"vnc-pods\\" is forbidden"}""").always();

            assertThat(adapter.provision(restricted.access(), spec(ALICE, "s3cret"))).isEqualTo("s3cret");

            assertThat(restricted.objects().namespaces().list().getItems()).as("not created").isEmpty();
            assertThat(restricted.objects().apps().statefulSets().inNamespace(NS).withName("vnc-alice").get())
                    .isNotNull();
        }
    }

    @Test
    void provisioningAgainKeepsTheFirstPasswordAndReturnsIt() {
        adapter.provision(cluster, spec(ALICE, "first"));

        String second = adapter.provision(cluster, spec(ALICE, "second"));

        assertThat(second).isEqualTo("first");
        assertThat(decoded(secret("vnc-alice-password").getData().get("password"))).isEqualTo("first");
    }

    @Test
    void aHomeVolumeThatOutlivedItsDesktopIsKeptWithItsSize() {
        objects.persistentVolumeClaims().inNamespace(NS).resource(new PersistentVolumeClaimBuilder()
                .withNewMetadata().withName("home-alice").withLabels(labels("alice")).endMetadata()
                .withNewSpec().withAccessModes("ReadWriteOnce").withNewResources()
                .addToRequests("storage", new Quantity("5Gi")).endResources().endSpec()
                .build()).create();

        adapter.provision(cluster, spec(ALICE, "s3cret"));

        assertThat(text(home("alice").getSpec().getResources().getRequests())).isEqualTo(Map.of("storage", "5Gi"));
        assertThat(adapter.find(cluster, NS, ALICE_DESKTOP)).hasValueSatisfying(state ->
                assertThat(state.resources()).isEqualTo(new DesktopResources(2000, 4L << 30, 5L << 30)));
    }

    @Test
    void aKeptSecretWithoutPasswordGetsTheNewOne() {
        objects.secrets().inNamespace(NS).resource(new SecretBuilder()
                .withNewMetadata().withName("vnc-alice-password").endMetadata()
                .addToData("other", encoded("x")).build()).create();

        assertThat(adapter.provision(cluster, spec(ALICE, "s3cret"))).isEqualTo("s3cret");
        assertThat(decoded(secret("vnc-alice-password").getData().get("password"))).isEqualTo("s3cret");
    }

    @Test
    void aDesktopWhosePodCannotPullItsImageIsCreatingThenFailed() {
        adapter.provision(cluster, spec(ALICE, "s3cret"));
        objects.pods().inNamespace(NS).resource(desktopPod("alice")
                .editStatus().withPhase("Pending")
                .addNewCondition().withType("Ready").withStatus("False").endCondition()
                .addToContainerStatuses(new ContainerStatusBuilder().withName("desktop").withImage(IMAGE)
                        .withImageID("").withReady(false).withRestartCount(0)
                        .withNewState().withNewWaiting().withReason("ImagePullBackOff")
                        .withMessage("Back-off pulling image \"" + IMAGE + "\"").endWaiting().endState()
                        .build())
                .endStatus().build()).create();

        DesktopState state = adapter.find(cluster, NS, ALICE_DESKTOP).orElseThrow();

        assertThat(state.name()).isEqualTo("vnc-alice");
        assertThat(state.owner()).isEqualTo("alice");
        assertThat(state.replicas()).isEqualTo(1);
        assertThat(state.createdAt()).isCloseTo(Instant.now(), aMinute());
        assertThat(state.resources()).isEqualTo(new DesktopResources(2000, 4L << 30, 10L << 30));
        DesktopPod pod = state.pod();
        assertThat(pod.name()).isEqualTo("vnc-alice-0");
        assertThat(pod.phase()).isEqualTo("Pending");
        assertThat(pod.ready()).isFalse();
        assertThat(pod.node()).isEqualTo("node-a");
        assertThat(pod.podIp()).isEqualTo("10.244.1.7");
        assertThat(pod.createdAt()).isCloseTo(Instant.now(), aMinute());
        assertThat(pod.waitingReason()).isEqualTo("ImagePullBackOff");
        assertThat(pod.waitingMessage()).isEqualTo("Back-off pulling image \"" + IMAGE + "\"");
        assertThat(pod.restarts()).isZero();
        assertThat(state.status(Instant.now(), START_TIMEOUT)).isEqualTo(new DesktopState.Status(
                DesktopPhase.CREATING, "ImagePullBackOff: Back-off pulling image \"" + IMAGE + "\""));
        assertThat(state.status(Instant.now().plus(Duration.ofMinutes(6)), START_TIMEOUT).phase())
                .isEqualTo(DesktopPhase.FAILED);
    }

    @Test
    void aDesktopWithoutPodYetHasNone() {
        adapter.provision(cluster, spec(ALICE, "s3cret"));

        DesktopState state = adapter.find(cluster, NS, ALICE_DESKTOP).orElseThrow();

        assertThat(state.pod()).isNull();
        assertThat(state.status(Instant.now(), START_TIMEOUT).phase()).isEqualTo(DesktopPhase.CREATING);
    }

    @Test
    void aStatefulSetTheConsoleDoesNotManageIsNoDesktop() {
        objects.apps().statefulSets().inNamespace(NS).resource(new StatefulSetBuilder()
                .withNewMetadata().withName("vnc-alice").withLabels(Map.of("app", "vnc")).endMetadata()
                .withNewSpec().withReplicas(1).withServiceName("vnc-alice").withNewSelector()
                .withMatchLabels(Map.of("app", "vnc")).endSelector().withNewTemplate().withNewMetadata()
                .withLabels(Map.of("app", "vnc")).endMetadata().withNewSpec().addNewContainer().withName("desktop")
                .withImage(IMAGE).endContainer().endSpec().endTemplate().endSpec()
                .build()).create();

        assertThat(adapter.find(cluster, NS, ALICE_DESKTOP)).isEmpty();
        assertThat(adapter.find(cluster, NS, DesktopNames.of(Username.of("bob")))).isEmpty();
        assertThat(adapter.list(cluster, NS)).isEmpty();
    }

    @Test
    void listShowsEveryDesktopSortedByNameWithItsPodAndStorage() {
        adapter.provision(cluster, spec(Username.of("carol"), "c"));
        adapter.provision(cluster, spec(ALICE, "a", DesktopResources.parse("500m", "1Gi", "20Gi"), "", ""));
        adapter.provision(cluster, spec(Username.of("bob"), "b"));
        objects.pods().inNamespace(NS).resource(desktopPod("alice")
                .editStatus().withPhase("Running")
                .addNewCondition().withType("Ready").withStatus("True").endCondition()
                .addToContainerStatuses(new ContainerStatusBuilder().withName("desktop").withImage(IMAGE)
                        .withImageID("").withReady(true).withRestartCount(2).withNewState().withNewRunning()
                        .endRunning().endState().build())
                .endStatus().build()).create();
        objects.persistentVolumeClaims().inNamespace(NS).withName("home-bob").delete();
        adapter.stop(cluster, NS, DesktopNames.of(Username.of("carol")));

        List<DesktopState> desktops = adapter.list(cluster, NS);

        assertThat(desktops).extracting(DesktopState::name).containsExactly("vnc-alice", "vnc-bob", "vnc-carol");
        DesktopState alice = desktops.get(0);
        assertThat(alice.owner()).isEqualTo("alice");
        assertThat(alice.resources()).isEqualTo(new DesktopResources(500, 1L << 30, 20L << 30));
        assertThat(alice.pod().ready()).isTrue();
        assertThat(alice.pod().phase()).isEqualTo("Running");
        assertThat(alice.pod().waitingReason()).isNull();
        assertThat(alice.pod().restarts()).isEqualTo(2);
        assertThat(alice.status(Instant.now(), START_TIMEOUT).phase()).isEqualTo(DesktopPhase.RUNNING);
        DesktopState bob = desktops.get(1);
        assertThat(bob.pod()).isNull();
        assertThat(bob.resources().storageBytes()).as("its PVC is gone").isZero();
        DesktopState carol = desktops.get(2);
        assertThat(carol.replicas()).isZero();
        assertThat(carol.status(Instant.now(), START_TIMEOUT).phase()).isEqualTo(DesktopPhase.STOPPED);
    }

    @Test
    void aNamespaceThatDoesNotExistHoldsNoDesktops() {
        assertThat(adapter.list(cluster, "nowhere")).isEmpty();
        assertThat(adapter.find(cluster, "nowhere", ALICE_DESKTOP)).isEmpty();
        assertThat(adapter.vncPassword(cluster, "nowhere", ALICE_DESKTOP)).isEmpty();
    }

    @Test
    void restartDeletesThePodSoTheStatefulSetMakesANewOne() {
        adapter.provision(cluster, spec(ALICE, "s3cret"));
        objects.pods().inNamespace(NS).resource(desktopPod("alice").build()).create();

        adapter.restart(cluster, NS, ALICE_DESKTOP);

        assertThat(objects.pods().inNamespace(NS).withName("vnc-alice-0").get()).isNull();
        assertThat(replicas("vnc-alice")).isEqualTo(1);
    }

    @Test
    void restartingADesktopWhosePodIsAlreadyGoneIsHarmless() {
        adapter.provision(cluster, spec(ALICE, "s3cret"));

        adapter.restart(cluster, NS, ALICE_DESKTOP);

        assertThat(replicas("vnc-alice")).isEqualTo(1);
    }

    @Test
    void restartStartsAStoppedDesktop() {
        adapter.provision(cluster, spec(ALICE, "s3cret"));
        adapter.stop(cluster, NS, ALICE_DESKTOP);

        adapter.restart(cluster, NS, ALICE_DESKTOP);

        assertThat(replicas("vnc-alice")).isEqualTo(1);
    }

    @Test
    void stopScalesToNoPodAndKeepsEveryObject() {
        adapter.provision(cluster, spec(ALICE, "s3cret"));

        adapter.stop(cluster, NS, ALICE_DESKTOP);

        StatefulSet statefulSet = objects.apps().statefulSets().inNamespace(NS).withName("vnc-alice").get();
        assertThat(statefulSet.getSpec().getReplicas()).isZero();
        assertThat(statefulSet.getMetadata().getLabels()).isEqualTo(labels("alice"));
        assertThat(statefulSet.getSpec().getTemplate().getSpec().getContainers()).hasSize(1);
        assertThat(home("alice")).isNotNull();
        assertThat(secret("vnc-alice-password")).isNotNull();
        assertThat(adapter.find(cluster, NS, ALICE_DESKTOP).orElseThrow().replicas()).isZero();
    }

    @Test
    void restartingOrStoppingAMissingDesktopIsNotFound() {
        assertThatThrownBy(() -> adapter.restart(cluster, NS, ALICE_DESKTOP))
                .isInstanceOf(NotFoundException.class).hasMessage("Desktop vnc-alice does not exist.");
        assertThatThrownBy(() -> adapter.stop(cluster, NS, ALICE_DESKTOP))
                .isInstanceOf(NotFoundException.class).hasMessage("Desktop vnc-alice does not exist.");
    }

    @Test
    void deletingWithoutStorageKeepsTheHomeAndItsPassword() {
        adapter.provision(cluster, spec(ALICE, "first"));
        objects.pods().inNamespace(NS).resource(desktopPod("alice").build()).create();

        adapter.delete(cluster, NS, ALICE_DESKTOP, false);

        assertThat(objects.apps().statefulSets().inNamespace(NS).withName("vnc-alice").get()).isNull();
        assertThat(objects.pods().inNamespace(NS).withName("vnc-alice-0").get()).isNull();
        assertThat(objects.services().inNamespace(NS).withName("vnc-alice").get()).isNull();
        assertThat(objects.network().v1().ingresses().inNamespace(NS).withName("vnc-alice").get()).isNull();
        assertThat(objects.network().networkPolicies().inNamespace(NS).withName("vnc-alice").get()).isNull();
        assertThat(home("alice")).isNotNull();
        assertThat(secret("vnc-alice-password")).isNotNull();
        assertThat(adapter.find(cluster, NS, ALICE_DESKTOP)).isEmpty();
        assertThat(adapter.provision(cluster, spec(ALICE, "second"))).as("created again on the kept home")
                .isEqualTo("first");
    }

    @Test
    void deletingWithStorageRemovesEverythingAndTwiceIsHarmless() {
        adapter.provision(cluster, spec(ALICE, "s3cret"));
        objects.pods().inNamespace(NS).resource(desktopPod("alice").build()).create();

        adapter.delete(cluster, NS, ALICE_DESKTOP, true);
        adapter.delete(cluster, NS, ALICE_DESKTOP, true);

        assertThat(objects.apps().statefulSets().inNamespace(NS).list().getItems()).isEmpty();
        assertThat(objects.pods().inNamespace(NS).list().getItems()).isEmpty();
        assertThat(objects.services().inNamespace(NS).list().getItems()).isEmpty();
        assertThat(objects.network().v1().ingresses().inNamespace(NS).list().getItems()).isEmpty();
        assertThat(objects.network().networkPolicies().inNamespace(NS).list().getItems()).isEmpty();
        assertThat(objects.persistentVolumeClaims().inNamespace(NS).list().getItems()).isEmpty();
        assertThat(objects.secrets().inNamespace(NS).list().getItems()).isEmpty();
        assertThat(adapter.vncPassword(cluster, NS, ALICE_DESKTOP)).isEmpty();
    }

    @Test
    void eventsAreThoseAboutTheDesktopsObjectsNewestFirst() {
        event("e1", "StatefulSet", "vnc-alice", "Normal", "SuccessfulCreate", "2026-03-01T10:00:00Z", null);
        event("e2", "Pod", "vnc-alice-0", "Warning", "Failed", "2026-03-01T10:02:00Z", null);
        event("e3", "PersistentVolumeClaim", "home-alice", "Normal", "ProvisioningSucceeded", null,
                "2026-03-01T10:01:00.000000Z");
        event("e4", "Pod", "vnc-bob-0", "Warning", "Failed", "2026-03-01T10:05:00Z", null);
        event("e5", "Pod", "vnc-alice-0-debug", "Normal", "Pulled", "2026-03-01T10:06:00Z", null);

        List<DesktopEvent> events = adapter.events(cluster, NS, ALICE_DESKTOP, 10);

        assertThat(events).containsExactly(
                new DesktopEvent(Instant.parse("2026-03-01T10:02:00Z"), "Warning", "Failed", "message e2",
                        "Pod/vnc-alice-0"),
                new DesktopEvent(Instant.parse("2026-03-01T10:01:00Z"), "Normal", "ProvisioningSucceeded",
                        "message e3", "PersistentVolumeClaim/home-alice"),
                new DesktopEvent(Instant.parse("2026-03-01T10:00:00Z"), "Normal", "SuccessfulCreate", "message e1",
                        "StatefulSet/vnc-alice"));
        assertThat(adapter.events(cluster, NS, ALICE_DESKTOP, 2)).containsExactlyElementsOf(events.subList(0, 2));
    }

    @Test
    void anEventWithoutTimesIsDatedWhenItWasRecorded() {
        event("e1", "Pod", "vnc-alice-0", "Normal", "Scheduled", null, null);

        assertThat(adapter.events(cluster, NS, ALICE_DESKTOP, 10)).singleElement()
                .satisfies(event -> assertThat(event.at()).isCloseTo(Instant.now(), aMinute()));
    }

    @Test
    void capacitySumsSchedulableNodesAndThePodsThatAreNotFinished() {
        node("node-a", "4", "16Gi", false);
        node("node-b", "3500m", "8Gi", false);
        node("node-c", "8", "32Gi", true);
        requestingPod("default", "web", "Running", Map.of("cpu", "500m", "memory", "1Gi"),
                Map.of("cpu", "250m", "memory", "512Mi"));
        requestingPod(NS, "vnc-alice-0", "Pending", Map.of("cpu", "2", "memory", "4Gi"));
        requestingPod("default", "job-done", "Succeeded", Map.of("cpu", "8", "memory", "8Gi"));
        requestingPod("default", "job-failed", "Failed", Map.of("cpu", "8", "memory", "8Gi"));
        // A typo a real cluster accepts: 1500 thousandths of a byte, rounded up rather than refused.
        requestingPod("default", "odd", "Running", Map.of("memory", "1500m"));
        requestingPod("default", "best-effort", "Running", Map.of());

        ClusterCapacity capacity = adapter.capacity(cluster);

        assertThat(capacity).isEqualTo(new ClusterCapacity(2, 7500, 24L << 30, 2750,
                (1L << 30) + (512L << 20) + (4L << 30) + 2));
    }

    @Test
    void logsAreTheDesktopContainersLastLines() {
        try (FakeCluster canned = FakeCluster.withCannedAnswers()) {
            canned.expect().get().withPath("/api/v1/namespaces/vnc-pods/pods/vnc-alice-0/log?container=desktop"
                    + "&tailLines=100").andReturn(200, "line1\nline2\n").once();

            assertThat(adapter.logs(canned.access(), NS, ALICE_DESKTOP, 100)).isEqualTo("line1\nline2\n");
        }
    }

    @Test
    void connectedBrowsersAreCountedFromTheContainersSocketTables() {
        try (FakeCluster canned = FakeCluster.withCannedAnswers()) {
            canned.expect().get().withPath("/api/v1/namespaces/vnc-pods/pods/vnc-alice-0/exec?stdin=false&stdout=true"
                    + "&stderr=true&tty=false&container=desktop&command=cat&command=%2Fproc%2Fnet%2Ftcp"
                    + "&command=%2Fproc%2Fnet%2Ftcp6")
                    .andUpgradeToWebSocket()
                    .open(new OutputStreamMessage("""
                              sl  local_address rem_address   st
                               0: 00000000:1AF5 00000000:0000 0A
                               1: 0AF40214:1AF5 0A000105:C350 01
                               2: 0100007F:170D 0100007F:9C40 01
                            """), new StatusStreamMessage(0))
                    .done().once();

            assertThat(adapter.noVncConnections(canned.access(), NS, ALICE_DESKTOP)).isEqualTo(1);
        }
    }

    /** An idle check must never read a failed exec as "nobody is connected". */
    @Test
    void anExecThatCannotRunIsAnErrorNotZeroConnections() {
        try (FakeCluster canned = FakeCluster.withCannedAnswers()) {
            assertThatThrownBy(() -> adapter.noVncConnections(canned.access(), NS, ALICE_DESKTOP))
                    .isInstanceOf(ClusterUnavailableException.class);
        }
    }

    @Test
    void logsOfADesktopWithoutPodAreNotFound() {
        try (FakeCluster canned = FakeCluster.withCannedAnswers()) {
            canned.expect().get().withPath("/api/v1/namespaces/vnc-pods/pods/vnc-alice-0/log?container=desktop"
                    + "&tailLines=100").andReturn(404, """
                    {"kind":"Status","apiVersion":"v1","status":"Failure","reason":"NotFound","code":404,
                    "message":"pods \\"vnc-alice-0\\" not found"}""").once();

            assertThatThrownBy(() -> adapter.logs(canned.access(), NS, ALICE_DESKTOP, 100))
                    .isInstanceOf(NotFoundException.class)
                    .hasMessage("Desktop vnc-alice has no pod yet.");
        }
    }

    @Test
    void aContainerThatHasNotStartedHasAnEmptyLog() {
        try (FakeCluster canned = FakeCluster.withCannedAnswers()) {
            canned.expect().get().withPath("/api/v1/namespaces/vnc-pods/pods/vnc-alice-0/log?container=desktop"
                    + "&tailLines=50").andReturn(400, """
                    {"kind":"Status","apiVersion":"v1","status":"Failure","reason":"BadRequest","code":400,
                    "message":"container \\"desktop\\" in pod \\"vnc-alice-0\\" is waiting to start: \
                    ContainerCreating"}""").once();

            assertThat(adapter.logs(canned.access(), NS, ALICE_DESKTOP, 50)).isEmpty();
        }
    }

    @Test
    void aClusterThatCannotBeReachedIsUnavailableAtOnce() {
        ClusterAccess unreachable = KubeconfigYaml.forServer(FakeCluster.unreachableUrl()).access();
        long started = System.nanoTime();

        assertThatThrownBy(() -> adapter.provision(unreachable, spec(ALICE, "s3cret")))
                .isInstanceOf(ClusterUnavailableException.class).hasMessageContaining("Cannot reach");
        assertThatThrownBy(() -> adapter.list(unreachable, NS))
                .isInstanceOf(ClusterUnavailableException.class).hasMessageContaining("Cannot reach");
        assertThatThrownBy(() -> adapter.capacity(unreachable))
                .isInstanceOf(ClusterUnavailableException.class).hasMessageContaining("Cannot reach");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(KubernetesCalls.DEADLINE);
    }

    private static DesktopSpec spec(Username owner, String password) {
        return spec(owner, password, RESOURCES, "nginx", "desktops-tls");
    }

    private static DesktopSpec spec(Username owner, String password, DesktopResources resources,
            String ingressClass, String tlsSecret) {
        return new DesktopSpec(DesktopNames.of(owner), owner, NS, resources, IMAGE, "1920x1080", password,
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

    private PersistentVolumeClaim home(String key) {
        return objects.persistentVolumeClaims().inNamespace(NS).withName("home-" + key).get();
    }

    private Secret secret(String name) {
        return objects.secrets().inNamespace(NS).withName(name).get();
    }

    private Ingress ingress(String name) {
        return objects.network().v1().ingresses().inNamespace(NS).withName(name).get();
    }

    private Integer replicas(String statefulSet) {
        return objects.apps().statefulSets().inNamespace(NS).withName(statefulSet).get().getSpec().getReplicas();
    }

    /** The pod the StatefulSet controller would make, scheduled and with an IP, without status conditions. */
    private static PodBuilder desktopPod(String key) {
        return new PodBuilder()
                .withNewMetadata().withName("vnc-" + key + "-0").withNamespace(NS).withLabels(labels(key))
                .withAnnotations(Map.of("kubedeck.io/username", key)).endMetadata()
                .withNewSpec().withNodeName("node-a").addNewContainer().withName("desktop").withImage(IMAGE)
                .endContainer().endSpec()
                .withNewStatus().withPhase("Pending").withPodIP("10.244.1.7").endStatus();
    }

    private void event(String name, String kind, String about, String type, String reason, String lastTimestamp,
            String eventTime) {
        objects.v1().events().inNamespace(NS).resource(new EventBuilder()
                .withNewMetadata().withName(name).endMetadata()
                .withNewInvolvedObject().withKind(kind).withName(about).withNamespace(NS).endInvolvedObject()
                .withType(type).withReason(reason).withMessage("message " + name)
                .withLastTimestamp(lastTimestamp)
                .withEventTime(eventTime == null ? null : new MicroTime(eventTime))
                .build()).create();
    }

    private void node(String name, String cpu, String memory, boolean cordoned) {
        objects.nodes().resource(new NodeBuilder()
                .withNewMetadata().withName(name).endMetadata()
                .withNewSpec().withUnschedulable(cordoned).endSpec()
                .withNewStatus().addToAllocatable("cpu", new Quantity(cpu)).addToAllocatable("memory",
                        new Quantity(memory)).endStatus()
                .build()).create();
    }

    /** One container per map of requests. */
    @SafeVarargs
    private void requestingPod(String namespace, String name, String phase, Map<String, String>... containers) {
        PodBuilder pod = new PodBuilder().withNewMetadata().withName(name).withNamespace(namespace).endMetadata()
                .withNewSpec().endSpec()
                .withNewStatus().withPhase(phase).endStatus();
        for (int i = 0; i < containers.length; i++) {
            Map<String, Quantity> requests = containers[i].entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, entry -> new Quantity(entry.getValue())));
            pod.editSpec().addNewContainer().withName("c" + i).withImage("nginx").withNewResources()
                    .withRequests(requests).endResources().endContainer().endSpec();
        }
        objects.pods().inNamespace(namespace).resource(pod.build()).create();
    }
}
