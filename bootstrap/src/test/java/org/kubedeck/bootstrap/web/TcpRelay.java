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
 * cluster registered through it can be made unreachable by closing the relay, as when a network goes away.
 */
final class TcpRelay implements AutoCloseable {

    private final ServerSocket server;
    private final InetSocketAddress target;
    private final List<Socket> open = new CopyOnWriteArrayList<>();

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

    private static void pipe(Socket from, Socket to) {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            in.transferTo(out);
        } catch (IOException e) {
            // One side went away; closing both below ends the other direction too.
        } finally {
            quietlyClose(from);
            quietlyClose(to);
        }
    }

    @Override
    public void close() {
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
