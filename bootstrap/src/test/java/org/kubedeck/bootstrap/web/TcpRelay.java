package org.kubedeck.bootstrap.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A plain TCP relay on a loopback port to an API server, bytes passed through untouched (TLS included), so a
 * cluster registered through it can be made unreachable by closing the relay, as when a network goes away, or
 * slow by holding what it relays, as a congested network or a server busy with large lists would be.
 */
final class TcpRelay implements AutoCloseable {

    private final ServerSocket server;
    private final InetSocketAddress target;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private final Object gate = new Object();
    private volatile boolean held;
    /** Bytes a second each direction of each connection may carry; 0 for no limit. */
    private volatile int bytesPerSecond;

    /** Relays to the host and port of {@code url}, e.g. {@code https://127.0.0.1:16443}. */
    TcpRelay(String url) {
        URI uri = URI.create(url);
        target = new InetSocketAddress(uri.getHost(), uri.getPort());
        try {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        daemon(this::accept);
    }

    /** {@code kubeconfig} with its server address pointed at the relay. */
    String through(String kubeconfig) {
        return kubeconfig.replaceAll("(?m)^(\\s*server: ).*$", "$1https://127.0.0.1:" + server.getLocalPort());
    }

    /** From now on, nothing passes in either direction until {@link #release()}; connections stay open. */
    void hold() {
        held = true;
    }

    /**
     * From now on, each direction of each connection carries at most {@code bytesPerSecond}, as a slow link
     * would: a small answer still comes at once, a list of thousands of objects takes seconds.
     */
    void throttle(int bytesPerSecond) {
        this.bytesPerSecond = bytesPerSecond;
    }

    /** Ends a {@link #hold()} and a {@link #throttle}. */
    void release() {
        bytesPerSecond = 0;
        synchronized (gate) {
            held = false;
            gate.notifyAll();
        }
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Socket upstream = new Socket();
                upstream.connect(target, 2_000);
                open.add(client);
                open.add(upstream);
                daemon(() -> pipe(client, upstream));
                daemon(() -> pipe(upstream, client));
            } catch (IOException e) {
                // Closed, or the API server refused: the client sees its connection end.
            }
        }
    }

    private static void daemon(Runnable work) {
        Thread thread = new Thread(work, "tcp-relay");
        thread.setDaemon(true);
        thread.start();
    }

    private void pipe(Socket from, Socket to) {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            byte[] buffer = new byte[16_384];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                awaitRelease();
                out.write(buffer, 0, read);
                out.flush();
                slowDown(read);
            }
        } catch (IOException e) {
            // One side went away; closing both below ends the other direction too.
        } finally {
            quietlyClose(from);
            quietlyClose(to);
        }
    }

    private void slowDown(int bytes) throws IOException {
        int limit = bytesPerSecond;
        if (limit > 0) {
            try {
                Thread.sleep(bytes * 1_000L / limit);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
        }
    }

    private void awaitRelease() throws IOException {
        synchronized (gate) {
            while (held) {
                try {
                    gate.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException(e);
                }
            }
        }
    }

    @Override
    public void close() {
        release();
        quietlyClose(server);
        open.forEach(TcpRelay::quietlyClose);
    }

    private static void quietlyClose(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // Already closed.
        }
    }
}
