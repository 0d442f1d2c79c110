package org.kubedeck.application.container;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
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
        CommandRun.Ran ran = CommandRun.collect(exec, access, container, command.command(),
                command.stdin().isEmpty() ? null : new ByteArrayInputStream(command.stdin().getBytes(
                        StandardCharsets.UTF_8)), settings.execOutputLimit(),
                command.timeout());
        ExecExit exit = ran.exit();
        if (!ran.timedOut() && !ran.truncated() && exit.failureMessage().isPresent()) {
            audit(actor, container, command, Outcome.FAILURE, AuditDetail.of("command", audited(command),
                    "failure", exit.failure()));
            throw new InvalidInputException("command", Message.of("exec.couldNotRun",
                    "Could not run {0} in {1}: {2}", command.command().get(0), container.describe(),
                    exit.failure()));
        }
        audit(actor, container, command, Outcome.SUCCESS, AuditDetail.of("command", audited(command),
                "exit_code", exit.exitCode(), "timed_out", ran.timedOut(), "truncated", ran.truncated()));
        return new ExecResult(new String(ran.stdout(), StandardCharsets.UTF_8),
                new String(ran.stderr(), StandardCharsets.UTF_8), ran.timedOut() ? null : exit.exitCode(),
                ran.truncated(), ran.timedOut());
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
}
