package org.kubedeck.application.container.port.out;

import java.util.List;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.container.ContainerRef;
import org.kubedeck.domain.container.ExecExit;

/** Commands run in a container through the API server's exec, their input and output streamed both ways. */
public interface ContainerExec {

    /**
     * Starts {@code command} in the container, with a terminal when {@code tty} (its output then comes on
     * stdout alone), and with a standard input only when {@code stdin} (a command that reads none gets none, as
     * {@code kubectl exec} without {@code -i}). Output is handed to {@code output} on a thread of the adapter's as it comes, and
     * {@link Output#exited} is called once at the end. Refusals come at once: NotFoundException when the pod
     * does not exist, InvalidInputException, field {@code container}, when the container is not the pod's or not
     * running; ClusterUnavailableException when the cluster cannot be reached.
     */
    Session start(ClusterAccess cluster, ContainerRef container, List<String> command, boolean tty, boolean stdin,
            Output output);

    /** Where a running command's output goes. */
    interface Output {

        void stdout(byte[] bytes);

        void stderr(byte[] bytes);

        /** Once, when the command has ended or could not run, or the connection to it was lost. */
        void exited(ExecExit exit);
    }

    /** A running command: its input, its terminal's size, and the end of it. */
    interface Session extends AutoCloseable {

        void input(byte[] bytes);

        /** Closes the command's standard input, as the end of a file would. */
        void endInput();

        void resize(int columns, int rows);

        /** Ends the command (its process group is killed with the connection) if it still runs. */
        @Override
        void close();
    }
}
