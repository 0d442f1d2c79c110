package org.kubedeck.application.container;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kubedeck.application.container.port.in.ContainerTerminalUseCase.Screen;
import org.kubedeck.application.container.port.in.ContainerTerminalUseCase.Terminal;
import org.kubedeck.application.testing.FakeContainerExec;
import org.kubedeck.application.testing.InMemoryContainerPolicies;
import org.kubedeck.application.testing.InMemoryTerminalTranscripts;
import org.kubedeck.application.testing.TestFixture;
import org.kubedeck.domain.AccessDeniedException;
import org.kubedeck.domain.TooManyRequestsException;
import org.kubedeck.domain.audit.AuditAction;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.container.ContainerPolicy;
import org.kubedeck.domain.container.ContainerRef;
import org.kubedeck.domain.container.ExecExit;
import org.kubedeck.domain.container.Transcript;
import org.kubedeck.domain.user.AccessLevel;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.Permissions;

/**
 * The terminal use case against the ContainerExec port's fake. Sessions, transcripts, the per-user limit and the
 * refusals also run on the rig in {@code ContainerTerminalWebTest}; the fake adds what a real server cannot show
 * on demand: a shell that exits at a chosen moment, and a terminal left idle past its timeout on a moved clock,
 * without waiting ten minutes.
 */
class ContainerTerminalServiceTest {

    private static final ClusterName PROD = ClusterName.of("prod");
    private static final ContainerRef MAIN = ContainerRef.of(PROD, "shop", "web-0", "main");

    private final TestFixture f = new TestFixture();
    private final FakeContainerExec exec = new FakeContainerExec();
    private final InMemoryContainerPolicies policies = new InMemoryContainerPolicies();
    private final InMemoryTerminalTranscripts transcripts = new InMemoryTerminalTranscripts();
    private final ContainerTerminalService service = new ContainerTerminalService(new ContainerDoor(f.gate, policies, f.guard), exec, f.auditLog,
            new ContainerSettings(1024, 2, Duration.ofMinutes(10), 1024, 1024, Duration.ofDays(7)), transcripts, f.clock());
    private final Actor reader = TestFixture.actor("reader", Permissions.perCluster(Map.of(PROD, AccessLevel.READ)));
    private final Actor writer = TestFixture.actor("writer", Permissions.perCluster(Map.of(PROD, AccessLevel.WRITE)));

    /** What a browser would show. */
    private static final class Shown implements Screen {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final List<ExecExit> ends = new ArrayList<>();

        @Override
        public void output(byte[] output) {
            bytes.writeBytes(output);
        }

        @Override
        public void ended(ExecExit exit) {
            ends.add(exit);
        }
    }

    @BeforeEach
    void seed() {
        f.register(PROD, "Production", "prod.example");
        exec.behaves((session, output) -> output.stdout("$ ".getBytes(UTF_8)));
    }

    @Test
    void aShellWithATerminalTakesWhatIsTypedAndItsSessionIsAuditedAtBothEnds() {
        Shown screen = new Shown();

        Terminal terminal = service.open(writer, MAIN, screen);
        terminal.type("ls\r".getBytes(UTF_8));
        terminal.resize(120, 40);
        f.clock.advance(Duration.ofSeconds(90));
        terminal.close();

        FakeContainerExec.Started started = exec.started().get(0);
        assertThat(started.tty).isTrue();
        assertThat(started.command).isEqualTo(ContainerTerminalService.SHELL);
        assertThat(started.input.toString(UTF_8)).isEqualTo("ls\r");
        assertThat(started.size).isEqualTo("120x40");
        assertThat(started.closed).isTrue();
        assertThat(screen.bytes.toString(UTF_8)).isEqualTo("$ ");
        assertThat(f.audit.events(AuditAction.TERMINAL_OPENED)).singleElement()
                .satisfies(event -> assertThat(event.target()).isEqualTo("shop/web-0/main"));
        assertThat(f.audit.events(AuditAction.TERMINAL_CLOSED)).singleElement().satisfies(event -> assertThat(
                event.detail()).isEqualTo("{\"seconds\":90,\"bytes_in\":3,\"bytes_out\":2,\"transcript\":null}"));
    }

    @Test
    void whereTheClusterRecordsTerminalsTheSessionsTranscriptIsKeptWithWhatWasTypedAndShown() {
        Terminal unrecorded = service.open(writer, MAIN, new Shown());
        unrecorded.close();
        assertThat(transcripts.list(PROD, 10)).isEmpty();

        policies.save(PROD, new ContainerPolicy(true, true, true));
        Terminal terminal = service.open(writer, MAIN, new Shown());
        f.clock.advance(Duration.ofMillis(1500));
        terminal.type("ls\r".getBytes(UTF_8));
        f.clock.advance(Duration.ofSeconds(60));
        terminal.close();

        Transcript kept = transcripts.list(PROD, 10).get(0);
        assertThat(kept.container()).isEqualTo(MAIN);
        assertThat(kept.user()).isEqualTo("writer");
        assertThat(kept.seconds()).isEqualTo(61);
        assertThat(kept.bytesIn()).isEqualTo(3);
        assertThat(new String(transcripts.events(PROD, kept.id()).orElseThrow(), UTF_8))
                .isEqualTo("[0.000,\"o\",\"JCA=\"]\n[1.500,\"i\",\"bHMN\"]\n");
        assertThat(f.audit.events(AuditAction.TERMINAL_CLOSED).get(1).detail()).contains(kept.id().toString());
    }

    @Test
    void aUserHasAtMostTheConfiguredTerminalsOpenAndClosingOneFreesItsPlace() {
        Terminal first = service.open(writer, MAIN, new Shown());
        service.open(writer, MAIN, new Shown());

        assertThatThrownBy(() -> service.open(writer, MAIN, new Shown()))
                .isInstanceOf(TooManyRequestsException.class).hasMessageContaining("2 terminals open");
        assertThat(exec.started()).hasSize(2);

        first.close();
        first.close();
        service.open(writer, MAIN, new Shown());
        assertThat(exec.started()).hasSize(3);
        assertThat(f.audit.events(AuditAction.TERMINAL_CLOSED)).as("closed twice, audited once").hasSize(1);
    }

    @Test
    void aShellThatExitsEndsTheTerminalAndFreesItsPlace() {
        Shown screen = new Shown();
        service.open(writer, MAIN, screen);
        Terminal second = service.open(writer, MAIN, new Shown());

        exec.started().get(0).output.exited(ExecExit.code(0));

        assertThat(screen.ends).containsExactly(ExecExit.code(0));
        assertThat(f.audit.events(AuditAction.TERMINAL_CLOSED)).hasSize(1);
        service.open(writer, MAIN, new Shown());
        second.close();
    }

    @Test
    void terminalsNobodyTypedInForTheIdleTimeAreClosedTellingTheScreenWhy() {
        Shown idle = new Shown();
        Shown busy = new Shown();
        service.open(writer, MAIN, idle);
        Terminal typing = service.open(writer, MAIN, busy);
        f.clock.advance(Duration.ofMinutes(6));
        typing.type("ls\r".getBytes(UTF_8));
        f.clock.advance(Duration.ofMinutes(5));

        assertThat(service.closeIdleTerminals()).isOne();

        assertThat(idle.ends).containsExactly(ExecExit.failed("Closed after 10 minutes without typing."));
        assertThat(exec.started().get(0).closed).isTrue();
        assertThat(busy.ends).isEmpty();
        assertThat(exec.started().get(1).closed).isFalse();
        assertThat(service.closeIdleTerminals()).isZero();
        assertThat(f.audit.events(AuditAction.TERMINAL_CLOSED)).hasSize(1);
    }

    @Test
    void aClusterWhoseAdminsTurnedCommandsOffRefusesTerminalsAudited() {
        policies.save(PROD, new ContainerPolicy(false, true, false));

        assertThatThrownBy(() -> service.mayOpen(writer, MAIN)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.open(writer, MAIN, new Shown())).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("turned off");
        assertThat(exec.started()).isEmpty();
        assertThat(f.audit.events(AuditAction.DENIED)).hasSize(2);
    }

    @Test
    void aReaderIsRefusedAuditedAndNoShellStarts() {
        assertThatThrownBy(() -> service.mayOpen(reader, MAIN)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.open(reader, MAIN, new Shown())).isInstanceOf(AccessDeniedException.class);

        assertThat(exec.started()).isEmpty();
        assertThat(f.audit.events(AuditAction.DENIED)).hasSize(2);
        assertThat(f.audit.events(AuditAction.TERMINAL_OPENED)).isEmpty();
        service.mayOpen(writer, MAIN);
    }
}
