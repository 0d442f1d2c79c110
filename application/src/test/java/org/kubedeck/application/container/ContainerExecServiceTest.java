package org.kubedeck.application.container;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kubedeck.application.testing.FakeContainerExec;
import org.kubedeck.application.testing.InMemoryContainerPolicies;
import org.kubedeck.application.testing.TestFixture;
import org.kubedeck.domain.AccessDeniedException;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.audit.AuditAction;
import org.kubedeck.domain.audit.Outcome;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.container.ContainerPolicy;
import org.kubedeck.domain.container.ContainerRef;
import org.kubedeck.domain.container.ExecCommand;
import org.kubedeck.domain.container.ExecExit;
import org.kubedeck.domain.container.ExecResult;
import org.kubedeck.domain.user.AccessLevel;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.Permissions;

/**
 * The one-shot command use case against the ContainerExec port's fake. Every case here also runs on the rig's real
 * API server in {@code ContainerExecWebTest}; the fake adds what a real server cannot show on demand: the exact
 * bytes and end of stdin the command received, and a command still running when the timeout fires at a chosen
 * moment.
 */
class ContainerExecServiceTest {

    private static final ClusterName PROD = ClusterName.of("prod");
    private static final ContainerRef MAIN = ContainerRef.of(PROD, "shop", "web-0", "main");

    private final TestFixture f = new TestFixture();
    private final FakeContainerExec exec = new FakeContainerExec();
    private final InMemoryContainerPolicies policies = new InMemoryContainerPolicies();
    private final ContainerExecService service = new ContainerExecService(new ContainerDoor(f.gate, policies, f.guard), exec, f.auditLog,
            new ContainerSettings(10, 2, Duration.ofMinutes(10), 1024, 1024, Duration.ofDays(7)));
    private final Actor reader = TestFixture.actor("reader", Permissions.perCluster(Map.of(PROD, AccessLevel.READ)));
    private final Actor writer = TestFixture.actor("writer", Permissions.perCluster(Map.of(PROD, AccessLevel.WRITE)));

    @BeforeEach
    void seed() {
        f.register(PROD, "Production", "prod.example");
    }

    private static ExecCommand command(String... words) {
        return new ExecCommand(List.of(words), "typed", Duration.ofSeconds(5));
    }

    @Test
    void theCommandGetsItsInputClosedAndItsOutputAndExitCodeAreAnsweredAndAudited() {
        exec.behaves((session, output) -> {
            output.stdout("out".getBytes(UTF_8));
            output.stderr("err".getBytes(UTF_8));
            output.exited(ExecExit.code(3));
        });

        ExecResult result = service.exec(writer, MAIN, command("sh", "-c", "echo it's"));

        assertThat(result).isEqualTo(new ExecResult("out", "err", 3, false, false));
        FakeContainerExec.Started started = exec.started().get(0);
        assertThat(started.input.toString(UTF_8)).isEqualTo("typed");
        assertThat(started.inputEnded).isTrue();
        assertThat(started.tty).isFalse();
        assertThat(f.audit.events(AuditAction.COMMAND_RUN)).singleElement().satisfies(event -> {
            assertThat(event.target()).isEqualTo("shop/web-0/main");
            assertThat(event.detail()).contains("sh -c 'echo it'\\\\''s'").contains("\"exit_code\":3");
        });
    }

    @Test
    void outputBeyondTheLimitIsCutAndTheCommandStopped() {
        exec.behaves((session, output) -> {
            output.stdout("0123456".getBytes(UTF_8));
            output.stderr("789abc".getBytes(UTF_8));
            output.stdout("more".getBytes(UTF_8));
        });

        ExecResult result = service.exec(writer, MAIN, command("yes"));

        assertThat(result.stdout() + result.stderr()).isEqualTo("0123456789");
        assertThat(result.truncated()).isTrue();
        assertThat(result.exitCode()).isNull();
        assertThat(exec.started().get(0).closed).isTrue();
    }

    @Test
    void aCommandStillRunningAtItsTimeoutIsStopped() {
        exec.behaves((session, output) -> { });

        ExecResult result = service.exec(writer, MAIN, new ExecCommand(List.of("sleep", "60"), null,
                Duration.ofSeconds(1)));

        assertThat(result.timedOut()).isTrue();
        assertThat(result.exitCode()).isNull();
        assertThat(exec.started().get(0).closed).isTrue();
    }

    @Test
    void aProgramThatCouldNotRunIsRefusedNamingTheCommandAndAuditedAsFailed() {
        exec.behaves((session, output) -> output.exited(ExecExit.failed("exec: \"bash\": not found")));

        assertThatThrownBy(() -> service.exec(writer, MAIN, command("bash")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Could not run bash in shop/web-0/main")
                .extracting("field").isEqualTo("command");
        assertThat(f.audit.events(AuditAction.COMMAND_RUN)).singleElement()
                .satisfies(event -> assertThat(event.outcome()).isEqualTo(Outcome.FAILURE));
    }

    @Test
    void aClusterWhoseAdminsTurnedCommandsOffRefusesThemAuditedAndNothingRuns() {
        policies.save(PROD, new ContainerPolicy(false, true, false));

        assertThatThrownBy(() -> service.exec(writer, MAIN, command("ls")))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("Commands in containers are turned off for cluster 'prod'.");

        assertThat(exec.started()).isEmpty();
        assertThat(f.audit.events(AuditAction.DENIED)).hasSize(1);
        assertThat(f.audit.events(AuditAction.COMMAND_RUN)).isEmpty();
    }

    @Test
    void aReaderIsRefusedAuditedAndNothingRuns() {
        assertThatThrownBy(() -> service.exec(reader, MAIN, command("ls")))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(exec.started()).isEmpty();
        assertThat(f.audit.events(AuditAction.DENIED)).hasSize(1);
    }
}
