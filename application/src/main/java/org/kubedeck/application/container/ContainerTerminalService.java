package org.kubedeck.application.container;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.kubedeck.application.UseCase;
import org.kubedeck.application.audit.AuditLog;
import org.kubedeck.application.container.port.in.ContainerTerminalUseCase;
import org.kubedeck.application.container.port.out.ContainerExec;
import org.kubedeck.application.kube.ClusterGate;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.TooManyRequestsException;
import org.kubedeck.domain.audit.AuditAction;
import org.kubedeck.domain.audit.AuditDetail;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.container.ContainerRef;
import org.kubedeck.domain.container.ExecExit;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.ClusterAction;
import org.kubedeck.domain.user.Username;

/**
 * Shells in containers with a terminal, for writers of the cluster, a few at a time per user (counted on this
 * replica). Each is audited when it opens, and when it closes with how long it lasted and the bytes each way.
 */
@UseCase
class ContainerTerminalService implements ContainerTerminalUseCase {

    /** bash where the container has it, as a person expects; sh everywhere else. */
    static final List<String> SHELL = List.of("/bin/sh", "-c",
            "if command -v bash >/dev/null 2>&1; then exec bash; else exec sh; fi");

    private final ClusterGate gate;
    private final ContainerExec exec;
    private final AuditLog auditLog;
    private final ContainerSettings settings;
    private final Clock clock;
    private final Map<Username, Integer> open = new ConcurrentHashMap<>();

    ContainerTerminalService(ClusterGate gate, ContainerExec exec, AuditLog auditLog, ContainerSettings settings,
            Clock clock) {
        this.gate = gate;
        this.exec = exec;
        this.auditLog = auditLog;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public Terminal open(Actor actor, ContainerRef container, Screen screen) {
        ClusterAccess access = gate.open(actor, container.pod(), ClusterAction.CHANGE,
                "open a terminal in " + container.describe());
        claim(actor.username());
        OpenTerminal terminal = new OpenTerminal(actor, container, screen, clock.instant());
        try {
            terminal.session = exec.start(access, container, SHELL, true, terminal);
        } catch (RuntimeException e) {
            release(actor.username());
            throw e;
        }
        auditLog.success(actor, AuditAction.TERMINAL_OPENED, container.describe(), container.cluster().value(),
                AuditDetail.EMPTY);
        return terminal;
    }

    private void claim(Username user) {
        Integer count = open.merge(user, 1, Integer::sum);
        if (count > settings.terminalsPerUser()) {
            release(user);
            throw new TooManyRequestsException(Message.of("terminal.tooMany",
                    "You have {0} terminals open, as many as allowed: close one first.",
                    settings.terminalsPerUser()));
        }
    }

    private void release(Username user) {
        open.computeIfPresent(user, (name, count) -> count > 1 ? count - 1 : null);
    }

    /** One terminal: its shell's output passed on and counted, and its end audited once. */
    private final class OpenTerminal implements Terminal, ContainerExec.Output {

        private final Actor actor;
        private final ContainerRef container;
        private final Screen screen;
        private final Instant opened;
        private final AtomicLong typed = new AtomicLong();
        private final AtomicLong shown = new AtomicLong();
        private final AtomicBoolean closed = new AtomicBoolean();
        private volatile ContainerExec.Session session;

        OpenTerminal(Actor actor, ContainerRef container, Screen screen, Instant opened) {
            this.actor = actor;
            this.container = container;
            this.screen = screen;
            this.opened = opened;
        }

        @Override
        public void stdout(byte[] bytes) {
            shown.addAndGet(bytes.length);
            screen.output(bytes);
        }

        @Override
        public void stderr(byte[] bytes) {
            stdout(bytes);
        }

        @Override
        public void exited(ExecExit exit) {
            screen.ended(exit);
            ended();
        }

        @Override
        public void type(byte[] bytes) {
            typed.addAndGet(bytes.length);
            session.input(bytes);
        }

        @Override
        public void resize(int columns, int rows) {
            session.resize(columns, rows);
        }

        @Override
        public void close() {
            ContainerExec.Session running = session;
            if (running != null) {
                running.close();
            }
            ended();
        }

        private void ended() {
            if (closed.compareAndSet(false, true)) {
                release(actor.username());
                auditLog.success(actor, AuditAction.TERMINAL_CLOSED, container.describe(),
                        container.cluster().value(), AuditDetail.of("seconds",
                                Duration.between(opened, clock.instant()).toSeconds(), "bytes_in", typed.get(),
                                "bytes_out", shown.get()));
            }
        }
    }
}
