package org.kubedeck.application.container;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.kubedeck.application.container.port.out.ContainerExec;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.container.ContainerRef;
import org.kubedeck.domain.container.ExecExit;

/**
 * A command run to its end in a container: its stdin written and closed, its output kept up to a limit (stdout and
 * stderr together) or its stdout passed on as it comes, and the command stopped at its timeout or when the output
 * is cut.
 */
final class CommandRun implements ContainerExec.Output {

    /** How a run ended, and what it kept. */
    record Ran(ExecExit exit, byte[] stdout, byte[] stderr, boolean truncated, boolean timedOut) {

        boolean succeeded() {
            return !timedOut && !truncated && Integer.valueOf(0).equals(exit.exitCode());
        }
    }

    private static final int MOST_STDERR = 64 * 1024;
    private static final int INPUT_CHUNK = 64 * 1024;

    private final long limit;
    private final OutputStream passOn;
    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    private final CountDownLatch ended = new CountDownLatch(1);
    private long kept;
    private boolean truncated;
    private IOException passOnFailed;
    private ContainerExec.Session session;
    private ExecExit exit = ExecExit.failed("The command was stopped.");

    private CommandRun(long limit, OutputStream passOn) {
        this.limit = limit;
        this.passOn = passOn;
    }

    /**
     * Keeps the output up to {@code limit} bytes, stdout and stderr together; beyond it the command is stopped.
     * {@code stdin} null: the command gets no standard input.
     */
    static Ran collect(ContainerExec exec, ClusterAccess access, ContainerRef container, List<String> command,
            InputStream stdin, long limit, Duration timeout) {
        return new CommandRun(limit, null).run(exec, access, container, command, stdin, timeout);
    }

    /**
     * Passes stdout on to {@code out} as it comes (the caller's stream slows the reading, not memory); stderr is kept
     * up to 64 KiB.
     */
    static Ran stream(ContainerExec exec, ClusterAccess access, ContainerRef container, List<String> command,
            InputStream stdin, OutputStream out, Duration timeout) {
        CommandRun run = new CommandRun(Long.MAX_VALUE, out);
        Ran ran = run.run(exec, access, container, command, stdin, timeout);
        if (run.passOnFailed != null) {
            throw new UncheckedIOException(run.passOnFailed);
        }
        return ran;
    }

    private Ran run(ContainerExec exec, ClusterAccess access, ContainerRef container, List<String> command,
            InputStream stdin, Duration timeout) {
        boolean timedOut;
        try (ContainerExec.Session running = exec.start(access, container, command, false, stdin != null, this)) {
            stopping(running);
            if (stdin != null) {
                byte[] chunk = new byte[INPUT_CHUNK];
                for (int read = stdin.read(chunk); read >= 0; read = stdin.read(chunk)) {
                    running.input(Arrays.copyOf(chunk, read));
                }
                running.endInput();
            }
            timedOut = !ended.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            timedOut = true;
        }
        synchronized (this) {
            return new Ran(exit, stdout.toByteArray(), stderr.toByteArray(), truncated, timedOut);
        }
    }

    @Override
    public void stdout(byte[] bytes) {
        if (passOn == null) {
            keep(stdout, bytes);
            return;
        }
        try {
            passOn.write(bytes);
        } catch (IOException e) {
            synchronized (this) {
                passOnFailed = e;
                stop();
            }
        }
    }

    @Override
    public synchronized void stderr(byte[] bytes) {
        if (passOn == null) {
            keep(stderr, bytes);
        } else {
            stderr.write(bytes, 0, Math.min(bytes.length, Math.max(0, MOST_STDERR - stderr.size())));
        }
    }

    /** The first end counts: closing the session after it must not turn an exit code into "stopped". */
    @Override
    public synchronized void exited(ExecExit end) {
        if (ended.getCount() > 0) {
            exit = end;
            ended.countDown();
        }
    }

    private synchronized void stopping(ContainerExec.Session running) {
        session = running;
        if (truncated || passOnFailed != null) {
            session.close();
        }
    }

    private synchronized void keep(ByteArrayOutputStream stream, byte[] bytes) {
        int room = (int) Math.min(bytes.length, limit - kept);
        stream.write(bytes, 0, room);
        kept += room;
        if (room < bytes.length && !truncated) {
            truncated = true;
            stop();
        }
    }

    private void stop() {
        if (session != null) {
            session.close();
        }
    }
}
