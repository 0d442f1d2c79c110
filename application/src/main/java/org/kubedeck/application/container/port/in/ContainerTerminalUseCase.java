package org.kubedeck.application.container.port.in;

import org.kubedeck.domain.container.ContainerRef;
import org.kubedeck.domain.container.ExecExit;
import org.kubedeck.domain.user.Actor;

/** An interactive shell in a container (write on the cluster), audited when it opens and when it closes. */
public interface ContainerTerminalUseCase {

    /**
     * Refuses, as {@link #open} would and audited, an actor who may not open a terminal in the container's
     * cluster: for a WebSocket's handshake, so that a refusal comes before the upgrade.
     */
    void mayOpen(Actor actor, ContainerRef container);

    /**
     * Opens a shell (bash where the container has it, else sh) with a terminal; its output goes to {@code screen}.
     * TooManyRequestsException when the user has as many terminals open as allowed.
     */
    Terminal open(Actor actor, ContainerRef container, Screen screen);

    /** Where the shell's output goes. */
    interface Screen {

        void output(byte[] bytes);

        /** Once, when the shell has exited, could not start, or the pod went away. */
        void ended(ExecExit exit);
    }

    /** An open terminal: what is typed, its size, and its end. */
    interface Terminal extends AutoCloseable {

        void type(byte[] bytes);

        void resize(int columns, int rows);

        /** Ends the shell if it still runs (its screen has gone); audited once, with the duration and bytes. */
        @Override
        void close();
    }
}
