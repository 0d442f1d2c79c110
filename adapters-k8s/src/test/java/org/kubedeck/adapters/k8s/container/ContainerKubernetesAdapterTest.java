package org.kubedeck.adapters.k8s.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kubedeck.adapters.k8s.testing.RigNamespace.SETTLE;
import static org.kubedeck.adapters.k8s.testing.RigNamespace.await;

import java.io.Closeable;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kubedeck.adapters.k8s.KubernetesCalls;
import org.kubedeck.adapters.k8s.testing.RigNamespace;
import org.kubedeck.application.container.port.out.ContainerLogs;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.NotFoundException;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.container.ContainerRef;
import org.kubedeck.domain.container.LogQuery;

/**
 * Containers' logs on the real API server, from the rig's kubelet: a pod of 30 lines that writes 20 more a second
 * while followed.
 */
class ContainerKubernetesAdapterTest {

    @RegisterExtension
    final RigNamespace namespace = new RigNamespace();

    private final KubernetesCalls calls = namespace.calls();
    private final ContainerKubernetesAdapter adapter = new ContainerKubernetesAdapter(calls);
    private final ClusterAccess cluster = namespace.access();
    private ContainerRef main;

    @BeforeEach
    void aTalkingPod() {
        namespace.create("""
                apiVersion: v1
                kind: Pod
                metadata:
                  name: talker
                  annotations: {kube-rig/log-lines: "30", kube-rig/log-rate: "20"}
                spec: {containers: [{name: main, image: busybox}]}
                """);
        await(SETTLE, () -> "Running".equals(namespace.objects().pods().inNamespace(namespace.name())
                .withName("talker").get().getStatus().getPhase()));
        main = ContainerRef.of(cluster.name(), namespace.name(), "talker", "main");
    }

    private static LogQuery tail(int lines) {
        return new LogQuery(lines, null, false, false, null, false);
    }

    @Test
    void anOpenLogIsReadLineByLineToItsEnd() {
        List<String> lines = new CopyOnWriteArrayList<>();

        try (ContainerLogs.LogReader reader = adapter.open(cluster, main, tail(5))) {
            for (String line = reader.next(); line != null; line = reader.next()) {
                lines.add(line);
            }
        }

        assertThat(lines).hasSize(5).allSatisfy(line -> assertThat(line).contains("talker/main"));
    }

    @Test
    void withoutATailTheWholeLogIsRead() {
        int count = 0;
        try (ContainerLogs.LogReader reader = adapter.open(cluster, main, new LogQuery(null, null, false, false,
                null, false))) {
            while (reader.next() != null) {
                count++;
            }
        }

        assertThat(count).isEqualTo(30);
    }

    @Test
    void aFollowedLogBringsNewLinesAndClosingItEndsTheRequest() throws Exception {
        List<String> lines = new CopyOnWriteArrayList<>();
        CountDownLatch ended = new CountDownLatch(1);

        Closeable follow = adapter.follow(cluster, main, tail(1), lines::add, ended::countDown);
        await(SETTLE, () -> lines.size() >= 10);
        follow.close();

        assertThat(ended.await(5, TimeUnit.SECONDS)).as("the reading thread ends once the request is cancelled")
                .isTrue();
        int after = lines.size();
        Thread.sleep(500);
        assertThat(lines).as("nothing comes after the close").hasSize(after);
    }

    @Test
    void anUnknownContainerAndAMissingPodAreRefusedAtOnce() {
        ContainerRef nope = ContainerRef.of(cluster.name(), namespace.name(), "talker", "nope");
        assertThatThrownBy(() -> adapter.follow(cluster, nope, tail(1), line -> { }, () -> { }))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not valid for pod talker");
        ContainerRef ghost = ContainerRef.of(cluster.name(), namespace.name(), "ghost", "main");
        assertThatThrownBy(() -> adapter.open(cluster, ghost, tail(1)))
                .isInstanceOf(NotFoundException.class);
    }
}
