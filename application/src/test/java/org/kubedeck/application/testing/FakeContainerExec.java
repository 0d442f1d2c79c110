package org.kubedeck.application.testing;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.kubedeck.application.container.port.out.ContainerExec;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.container.ContainerRef;
import org.kubedeck.domain.container.ExecExit;

/**
 * Commands that act as the test says: {@code behaviour} gets the started session and its output and writes, ends
 * or leaves it running. Sessions are kept to see what was typed, resized and closed.
 */
public class FakeContainerExec implements ContainerExec {

    /** One started command, as the fake saw it. */
    public static final class Started implements Session {
        public final List<String> command;
        public final boolean tty;
        public final Output output;
        public final ByteArrayOutputStream input = new ByteArrayOutputStream();
        public boolean inputEnded;
        public String size;
        public boolean closed;

        Started(List<String> command, boolean tty, Output output) {
            this.command = command;
            this.tty = tty;
            this.output = output;
        }

        @Override
        public synchronized void input(byte[] bytes) {
            input.writeBytes(bytes);
        }

        @Override
        public synchronized void endInput() {
            inputEnded = true;
        }

        @Override
        public synchronized void resize(int columns, int rows) {
            size = columns + "x" + rows;
        }

        @Override
        public void close() {
            synchronized (this) {
                if (closed) {
                    return;
                }
                closed = true;
            }
            output.exited(ExecExit.failed("The command was stopped."));
        }
    }

    private final List<Started> started = new ArrayList<>();
    private BiConsumer<Started, Output> behaviour = (session, output) -> output.exited(ExecExit.code(0));

    public void behaves(BiConsumer<Started, Output> newBehaviour) {
        behaviour = newBehaviour;
    }

    public synchronized List<Started> started() {
        return List.copyOf(started);
    }

    @Override
    public Session start(ClusterAccess cluster, ContainerRef container, List<String> command, boolean tty,
            boolean stdin, Output output) {
        Started session = new Started(command, tty, output);
        synchronized (this) {
            started.add(session);
        }
        behaviour.accept(session, output);
        return session;
    }
}
