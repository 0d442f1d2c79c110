package org.kubedeck.application.container;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.kubedeck.application.UseCase;
import org.kubedeck.application.audit.AuditLog;
import org.kubedeck.application.container.port.in.CloseIdleTerminalsUseCase;
import org.kubedeck.application.container.port.in.ContainerTerminalUseCase;
import org.kubedeck.application.container.port.out.ContainerExec;
import org.kubedeck.application.container.port.out.TerminalTranscripts;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.TooManyRequestsException;
import org.kubedeck.domain.audit.AuditAction;
import org.kubedeck.domain.audit.AuditDetail;
import org.kubedeck.domain.container.ContainerRef;
import org.kubedeck.domain.container.ExecExit;
import org.kubedeck.domain.container.Transcript;
import org.kubedeck.domain.container.TranscriptRecorder;
import org.kubedeck.domain.user.Actor;

/**
 * Shells in containers with a terminal, for writers of a cluster that allows commands, a few at a time per user (counted on this
 * replica), closed when nobody typed for the configured time. Each is audited when it opens, and when it closes
 * with how long it lasted and the bytes each way; where the cluster records terminals, its transcript is kept.
 */
@UseCase
class ContainerTerminalService implements ContainerTerminalUseCase, CloseIdleTerminalsUseCase {

    /** bash where the container has it, as a person expects; sh everywhere else. */
    static final List<String> SHELL = List.of("/bin/sh", "-c",
            "if command -v bash >/dev/null 2>&1; then exec bash; else exec sh; fi");

    private final ContainerDoor door;
    private final ContainerExec exec;
    private final AuditLog auditLog;
    private final ContainerSettings settings;
    private final TerminalTranscripts transcripts;
    private final Clock clock;
    /** The terminals open on this replica. */
    private final Set<OpenTerminal> open = new HashSet<>();

    ContainerTerminalService(ContainerDoor door, ContainerExec exec, AuditLog auditLog, ContainerSettings settings,
            TerminalTranscripts transcripts, Clock clock) {
        this.door = door;
        this.exec = exec;
        this.auditLog = auditLog;
        this.settings = settings;
        this.transcripts = transcripts;
        this.clock = clock;
    }

    @Override
    public void mayOpen(Actor actor, ContainerRef container) {
        door.mayRunCommands(actor, container, attempt(container));
    }

    @Override
    public Terminal open(Actor actor, ContainerRef container, Screen screen) {
        ContainerDoor.Opened opened = door.forCommands(actor, container, attempt(container));
        OpenTerminal terminal = new OpenTerminal(actor, container, screen, clock.instant(),
                opened.policy().recordTranscripts() ? new TranscriptRecorder(settings.transcriptLimit()) : null);
        claim(terminal);
        try {
            terminal.session = exec.start(opened.access(), container, SHELL, true, true, terminal);
        } catch (RuntimeException e) {
            release(terminal);
            throw e;
        }
        auditLog.success(actor, AuditAction.TERMINAL_OPENED, container.describe(), container.cluster().value(),
                AuditDetail.EMPTY);
        return terminal;
    }

    @Override
    public int closeIdleTerminals() {
        Instant before = clock.instant().minus(settings.terminalIdleTimeout());
        List<OpenTerminal> idle;
        synchronized (open) {
            idle = open.stream().filter(terminal -> terminal.lastTyped.isBefore(before)).toList();
        }
        ExecExit reason = ExecExit.failed(Message.of("terminal.idle",
                "Closed after {0} minutes without typing.", settings.terminalIdleTimeout().toMinutes()).text());
        idle.forEach(terminal -> terminal.end(reason));
        return idle.size();
    }

    private static String attempt(ContainerRef container) {
        return "open a terminal in " + container.describe();
    }

    private void claim(OpenTerminal terminal) {
        synchronized (open) {
            long mine = open.stream().filter(other -> other.actor.username().equals(terminal.actor.username()))
                    .count();
            if (mine >= settings.terminalsPerUser()) {
                throw new TooManyRequestsException(Message.of("terminal.tooMany",
                        "You have {0} terminals open, as many as allowed: close one first.",
                        settings.terminalsPerUser()));
            }
            open.add(terminal);
        }
    }

    private void release(OpenTerminal terminal) {
        synchronized (open) {
            open.remove(terminal);
        }
    }

    /** One terminal: its shell's output passed on and counted, and its end told and audited once. */
    private final class OpenTerminal implements Terminal, ContainerExec.Output {

        private final Actor actor;
        private final ContainerRef container;
        private final Screen screen;
        private final Instant opened;
        /** Null when the cluster does not record its terminals. */
        private final TranscriptRecorder recorder;
        private final AtomicLong typed = new AtomicLong();
        private final AtomicLong shown = new AtomicLong();
        private final AtomicBoolean ended = new AtomicBoolean();
        private volatile Instant lastTyped;
        private volatile ContainerExec.Session session;

        OpenTerminal(Actor actor, ContainerRef container, Screen screen, Instant opened,
                TranscriptRecorder recorder) {
            this.actor = actor;
            this.container = container;
            this.screen = screen;
            this.opened = opened;
            this.lastTyped = opened;
            this.recorder = recorder;
        }

        @Override
        public void stdout(byte[] bytes) {
            shown.addAndGet(bytes.length);
            if (recorder != null) {
                recorder.shown(Duration.between(opened, clock.instant()), bytes);
            }
            screen.output(bytes);
        }

        @Override
        public void stderr(byte[] bytes) {
            stdout(bytes);
        }

        @Override
        public void exited(ExecExit exit) {
            end(exit);
        }

        @Override
        public void type(byte[] bytes) {
            lastTyped = clock.instant();
            typed.addAndGet(bytes.length);
            if (recorder != null) {
                recorder.typed(Duration.between(opened, lastTyped), bytes);
            }
            session.input(bytes);
        }

        @Override
        public void resize(int columns, int rows) {
            session.resize(columns, rows);
        }

        /** Closed by its user: the screen has gone, nothing is told. */
        @Override
        public void close() {
            end(null);
        }

        /** The first end counts: the screen is told why (unless it went itself), the shell stopped, the end audited. */
        void end(ExecExit exit) {
            if (!ended.compareAndSet(false, true)) {
                return;
            }
            release(this);
            if (exit != null) {
                screen.ended(exit);
            }
            ContainerExec.Session running = session;
            if (running != null) {
                running.close();
            }
            Instant closed = clock.instant();
            String transcript = null;
            if (recorder != null) {
                UUID id = UUID.randomUUID();
                transcripts.save(new Transcript(id, container, actor.username().value(), opened, closed, typed.get(),
                        shown.get(), recorder.truncated()), recorder.content());
                transcript = id.toString();
            }
            auditLog.success(actor, AuditAction.TERMINAL_CLOSED, container.describe(), container.cluster().value(),
                    AuditDetail.of("seconds", Duration.between(opened, closed).toSeconds(), "bytes_in", typed.get(),
                            "bytes_out", shown.get(), "transcript", transcript));
        }
    }
}
