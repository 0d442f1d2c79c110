package org.kubedeck.adapters.k8s.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kubedeck.adapters.k8s.testing.RigNamespace.SETTLE;
import static org.kubedeck.adapters.k8s.testing.RigNamespace.await;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kubedeck.adapters.k8s.testing.RigNamespace;
import org.kubedeck.application.container.port.out.ContainerExec;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.NotFoundException;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.container.ContainerRef;
import org.kubedeck.domain.container.ExecExit;

/** Commands in a container of the rig, through the real API server's exec over WebSocket. */
class ContainerExecKubernetesAdapterTest {

    @RegisterExtension
    final RigNamespace namespace = new RigNamespace();

    private final ContainerExecKubernetesAdapter adapter = new ContainerExecKubernetesAdapter(namespace.calls());
    private final ClusterAccess cluster = namespace.access();
    private ContainerRef main;

    @BeforeEach
    void aRunningPod() {
        namespace.create("""
                apiVersion: v1
                kind: Pod
                metadata: {name: box}
                spec: {containers: [{name: main, image: busybox}]}
                """);
        await(SETTLE, () -> "Running".equals(namespace.objects().pods().inNamespace(namespace.name())
                .withName("box").get().getStatus().getPhase()));
        main = ContainerRef.of(cluster.name(), namespace.name(), "box", "main");
    }

    /** What a command wrote on each stream, and how it ended. */
    private static final class Recorded implements ContainerExec.Output {
        final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        final CompletableFuture<ExecExit> exit = new CompletableFuture<>();

        @Override
        public synchronized void stdout(byte[] bytes) {
            stdout.writeBytes(bytes);
        }

        @Override
        public synchronized void stderr(byte[] bytes) {
            stderr.writeBytes(bytes);
        }

        @Override
        public void exited(ExecExit end) {
            exit.complete(end);
        }

        synchronized String out() {
            return stdout.toString(StandardCharsets.UTF_8);
        }

        ExecExit end() throws Exception {
            return exit.get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aCommandsOutputComesOnItsOwnStreamWithItsExitCode() throws Exception {
        Recorded output = new Recorded();

        try (ContainerExec.Session session = adapter.start(cluster, main,
                List.of("sh", "-c", "echo out; echo err >&2; exit 3"), false, false, output)) {
            assertThat(output.end()).isEqualTo(ExecExit.code(3));
        }

        assertThat(output.out()).isEqualTo("out\n");
        assertThat(output.stderr.toString(StandardCharsets.UTF_8)).isEqualTo("err\n");
    }

    @Test
    void inputReachesTheCommandAndClosingItEndsTheCommandsReading() throws Exception {
        Recorded output = new Recorded();

        try (ContainerExec.Session session = adapter.start(cluster, main, List.of("cat"), false, true, output)) {
            session.input("hello\nworld\n".getBytes(StandardCharsets.UTF_8));
            session.endInput();
            assertThat(output.end()).isEqualTo(ExecExit.code(0));
        }

        assertThat(output.out()).isEqualTo("hello\nworld\n");
    }

    @Test
    void largeOutputsArriveWholeAndLargeInputsAreWrittenWhole() throws Exception {
        Recorded output = new Recorded();

        try (ContainerExec.Session session = adapter.start(cluster, main,
                List.of("sh", "-c", "head -c 3000000 /dev/zero | tr '\\0' a"), false, false, output)) {
            assertThat(output.end()).isEqualTo(ExecExit.code(0));
        }

        assertThat(output.stdout.size()).isEqualTo(3_000_000);

        Recorded written = new Recorded();
        try (ContainerExec.Session session = adapter.start(cluster, main, List.of("sh", "-c", "cat > /tmp/x"), false,
                true, written)) {
            byte[] binary = new byte[300_000];
            for (int i = 0; i < binary.length; i++) {
                binary[i] = (byte) (i * 31 + i / 7);
            }
            session.input(binary);
            session.endInput();
            assertThat(written.end()).isEqualTo(ExecExit.code(0));
        }
        Recorded read = new Recorded();
        try (ContainerExec.Session session = adapter.start(cluster, main, List.of("sh", "-c", "cat -- /tmp/x"), false,
                false, read)) {
            assertThat(read.end()).isEqualTo(ExecExit.code(0));
        }
        assertThat(read.stdout.size()).isEqualTo(300_000);
    }

    @Test
    void aProgramTheContainerLacksEndsWithTheServersReasonAndNoExitCode() throws Exception {
        Recorded output = new Recorded();

        try (ContainerExec.Session session = adapter.start(cluster, main, List.of("no-such-program"), false,
                false, output)) {
            ExecExit exit = output.end();
            assertThat(exit.exitCode()).isNull();
            assertThat(exit.failure()).contains("no-such-program").contains("not found");
        }
    }

    @Test
    void aTerminalEchoesWhatIsTypedAndTakesItsSize() throws Exception {
        Recorded output = new Recorded();

        try (ContainerExec.Session session = adapter.start(cluster, main, List.of("sh"), true, true, output)) {
            session.resize(120, 40);
            session.input("stty size; echo h''i\n".getBytes(StandardCharsets.UTF_8));
            await(SETTLE, () -> output.out().contains("hi\r\n"));
            assertThat(output.out()).contains("40 120");
            session.input("exit 7\n".getBytes(StandardCharsets.UTF_8));
            assertThat(output.end()).isEqualTo(ExecExit.code(7));
        }
    }

    @Test
    void closingEndsARunningCommandAtOnce() throws Exception {
        Recorded output = new Recorded();
        ContainerExec.Session session = adapter.start(cluster, main, List.of("sleep", "300"), false, false, output);

        session.close();

        assertThat(output.exit.get(2, TimeUnit.SECONDS).failure()).isEqualTo("The command was stopped.");
    }

    @Test
    void anUnknownContainerAndAMissingPodAreRefusedAtOnce() {
        ContainerRef nope = ContainerRef.of(cluster.name(), namespace.name(), "box", "nope");
        assertThatThrownBy(() -> adapter.start(cluster, nope, List.of("ls"), false, false, new Recorded()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("cannot run commands")
                .hasMessageContaining("nope");
        ContainerRef ghost = ContainerRef.of(cluster.name(), namespace.name(), "ghost", "main");
        assertThatThrownBy(() -> adapter.start(cluster, ghost, List.of("ls"), false, false, new Recorded()))
                .isInstanceOf(NotFoundException.class);
    }
}
