package org.kubedeck.application.container;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.kubedeck.application.UseCase;
import org.kubedeck.application.audit.AuditLog;
import org.kubedeck.application.container.port.in.ContainerExecUseCase;
import org.kubedeck.application.container.port.out.ContainerExec;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.audit.AuditAction;
import org.kubedeck.domain.audit.AuditDetail;
import org.kubedeck.domain.audit.Outcome;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.container.ContainerRef;
import org.kubedeck.domain.container.ExecCommand;
import org.kubedeck.domain.container.ExecExit;
import org.kubedeck.domain.container.ExecResult;
import org.kubedeck.domain.user.Actor;

/**
 * Runs a command once in a container for a writer of its cluster, where the cluster allows commands; its output is
 * kept up to the configured limit.
 */
@UseCase
class ContainerExecService implements ContainerExecUseCase {

    /** Of a command line, what the audit log keeps. */
    private static final int MOST_AUDITED = 2_000;

    private final ContainerDoor door;
    private final ContainerExec exec;
    private final AuditLog auditLog;
    private final ContainerSettings settings;

    ContainerExecService(ContainerDoor door, ContainerExec exec, AuditLog auditLog, ContainerSettings settings) {
        this.door = door;
        this.exec = exec;
        this.auditLog = auditLog;
        this.settings = settings;
    }

    @Override
    public ExecResult exec(Actor actor, ContainerRef container, ExecCommand command) {
        ClusterAccess access = door.forCommands(actor, container, "run a command in " + container.describe())
                .access();
        Collected output = new Collected(settings.execOutputLimit());
        boolean timedOut;
        try (ContainerExec.Session session = exec.start(access, container, command.command(), false, output)) {
            output.stopping(session);
            session.input(command.stdin().getBytes(StandardCharsets.UTF_8));
            session.endInput();
            timedOut = !output.await(command.timeout().toMillis());
        }
        ExecExit exit = output.exit();
        if (!timedOut && !output.truncated() && exit.failureMessage().isPresent()) {
            audit(actor, container, command, Outcome.FAILURE, AuditDetail.of("command", audited(command),
                    "failure", exit.failure()));
            throw new InvalidInputException("command", Message.of("exec.couldNotRun",
                    "Could not run {0} in {1}: {2}", command.command().get(0), container.describe(),
                    exit.failure()));
        }
        audit(actor, container, command, Outcome.SUCCESS, AuditDetail.of("command", audited(command),
                "exit_code", exit.exitCode(), "timed_out", timedOut, "truncated", output.truncated()));
        return new ExecResult(output.stdout(), output.stderr(), timedOut ? null : exit.exitCode(),
                output.truncated(), timedOut);
    }

    private void audit(Actor actor, ContainerRef container, ExecCommand command, Outcome outcome,
            AuditDetail detail) {
        auditLog.record(actor, AuditAction.COMMAND_RUN, container.describe(), container.cluster().value(), outcome,
                detail);
    }

    private static String audited(ExecCommand command) {
        String line = command.commandLine();
        return line.length() > MOST_AUDITED ? line.substring(0, MOST_AUDITED) + "…" : line;
    }

    /** A command's output up to the limit, and its end; reaching the limit stops the command. */
    private static final class Collected implements ContainerExec.Output {

        private final long limit;
        private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        private final CountDownLatch ended = new CountDownLatch(1);
        private long kept;
        private boolean truncated;
        private ContainerExec.Session session;
        private volatile ExecExit exit = ExecExit.failed("The command was stopped.");

        Collected(long limit) {
            this.limit = limit;
        }

        @Override
        public void stdout(byte[] bytes) {
            keep(stdout, bytes);
        }

        @Override
        public void stderr(byte[] bytes) {
            keep(stderr, bytes);
        }

        /** The first end counts: closing the session after it must not turn an exit code into "stopped". */
        @Override
        public synchronized void exited(ExecExit end) {
            if (ended.getCount() > 0) {
                exit = end;
                ended.countDown();
            }
        }

        synchronized void stopping(ContainerExec.Session running) {
            session = running;
            if (truncated) {
                session.close();
            }
        }

        private synchronized void keep(ByteArrayOutputStream stream, byte[] bytes) {
            int room = (int) Math.min(bytes.length, limit - kept);
            stream.write(bytes, 0, room);
            kept += room;
            if (room < bytes.length && !truncated) {
                truncated = true;
                if (session != null) {
                    session.close();
                }
            }
        }

        boolean await(long millis) {
            try {
                return ended.await(millis, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        ExecExit exit() {
            return exit;
        }

        synchronized boolean truncated() {
            return truncated;
        }

        synchronized String stdout() {
            return stdout.toString(StandardCharsets.UTF_8);
        }

        synchronized String stderr() {
            return stderr.toString(StandardCharsets.UTF_8);
        }
    }
}
