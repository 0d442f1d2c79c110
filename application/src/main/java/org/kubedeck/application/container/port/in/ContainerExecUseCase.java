package org.kubedeck.application.container.port.in;

import org.kubedeck.domain.container.ContainerRef;
import org.kubedeck.domain.container.ExecCommand;
import org.kubedeck.domain.container.ExecResult;
import org.kubedeck.domain.user.Actor;

/** A command run once in a container (write on the cluster), audited with its command line and exit code. */
public interface ContainerExecUseCase {

    /**
     * Runs the command with its stdin and waits for it, at most its timeout (then it is stopped). Output beyond
     * the configured limit is cut and the command stopped. InvalidInputException, field {@code command}, when it
     * could not run (no such program in the container: one without a shell has no {@code sh}).
     */
    ExecResult exec(Actor actor, ContainerRef container, ExecCommand command);
}
