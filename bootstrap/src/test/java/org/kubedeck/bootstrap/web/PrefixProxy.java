package org.kubedeck.bootstrap.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small reverse proxy in front of the console, as a main application's proxy routes one path of its address to
 * it: requests under the prefix go to the console with the prefix unchanged, {@code Host} set to the console's
 * address and {@code X-Forwarded-Host}, {@code -Port} and {@code -Proto} added, as ingress-nginx does; anything
 * else is answered 404, so a link, redirect or script that forgets the prefix fails. One request per connection
 * ({@code Connection: close}), except a WebSocket upgrade, whose bytes then flow both ways untouched, as do a
 * stream's.
 */
final class PrefixProxy implements AutoCloseable {

    private static final int MOST_HEAD = 64 * 1024;

    private final String prefix;
    private final List<Integer> backends;
    private final AtomicInteger turn = new AtomicInteger();
    private final ServerSocket server;
    private final AtomicInteger outside = new AtomicInteger();
    private final List<String> targets = new CopyOnWriteArrayList<>();
    private final List<Integer> served = new CopyOnWriteArrayList<>();

    PrefixProxy(String prefix, int backend) {
        this(prefix, List.of(backend));
    }

    /**
     * In front of several consoles, as a load balancer: each connection goes to the next in turn, and to the one
     * after when that one does not take it (stopped), as nginx's {@code proxy_next_upstream} does.
     */
    PrefixProxy(String prefix, List<Integer> backends) {
        this.prefix = prefix;
        this.backends = List.copyOf(backends);
        try {
            this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread accepting = new Thread(this::accept, "prefix-proxy");
        accepting.setDaemon(true);
        accepting.start();
    }

    int port() {
        return server.getLocalPort();
    }

    /** The console (its port) that each request went to, in the order of {@link #targets}. */
    List<Integer> served() {
        return List.copyOf(served);
    }

    /** The request targets (path and query) received so far, in order. */
    List<String> targets() {
        return List.copyOf(targets);
    }

    /** How many requests came for a path outside the prefix (each answered 404). */
    int outsidePrefix() {
        return outside.get();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Thread connection = new Thread(() -> serve(client), "prefix-proxy-connection");
                connection.setDaemon(true);
                connection.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            InputStream in = client.getInputStream();
            byte[] head = readHead(in);
            if (head == null) {
                return;
            }
            List<String> lines = new ArrayList<>(List.of(new String(head, StandardCharsets.ISO_8859_1)
                    .split("\r\n")));
            String target = lines.get(0).split(" ")[1];
            targets.add(target);
            if (!target.equals(prefix) && !target.startsWith(prefix + "/") && !target.startsWith(prefix + "?")) {
                outside.incrementAndGet();
                client.getOutputStream().write(("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close"
                        + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                return;
            }
            try (Socket console = next()) {
                served.add(console.getPort());
                console.getOutputStream().write(forwarded(lines, console.getPort()).getBytes(
                        StandardCharsets.ISO_8859_1));
                Thread upstream = pipe(in, console.getOutputStream(), console);
                pipe(console.getInputStream(), client.getOutputStream(), client).join();
                upstream.interrupt();
            }
        } catch (IOException e) {
            // A side went away: the connection ends, as a proxy's does.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The next console in turn that takes the connection. */
    private Socket next() throws IOException {
        IOException last = null;
        for (int tried = 0; tried < backends.size(); tried++) {
            int port = backends.get(Math.floorMod(turn.getAndIncrement(), backends.size()));
            try {
                return new Socket(InetAddress.getLoopbackAddress(), port);
            } catch (IOException e) {
                last = e;
            }
        }
        throw last;
    }

    /** The request head as the console gets it. */
    private String forwarded(List<String> lines, int backend) {
        // A WebSocket upgrade passes; an HTTP/2 one (Java's client offers h2c) does not, as with most proxies.
        boolean upgrade = lines.stream().map(line -> line.toLowerCase(Locale.ROOT).replace(" ", ""))
                .anyMatch(line -> line.equals("upgrade:websocket"));
        StringBuilder head = new StringBuilder(lines.get(0)).append("\r\n");
        String host = "";
        for (String line : lines.subList(1, lines.size())) {
            String name = line.substring(0, Math.max(0, line.indexOf(':'))).strip().toLowerCase(Locale.ROOT);
            if (name.equals("host")) {
                host = line.substring(line.indexOf(':') + 1).strip();
            } else if (upgrade || !List.of("connection", "upgrade", "http2-settings").contains(name)) {
                head.append(line).append("\r\n");
            }
        }
        head.append("Host: 127.0.0.1:").append(backend).append("\r\n")
                .append("X-Forwarded-Host: ").append(host).append("\r\n")
                .append("X-Forwarded-Port: ").append(port()).append("\r\n")
                .append("X-Forwarded-Proto: http\r\n");
        if (!upgrade) {
            head.append("Connection: close\r\n");
        }
        return head.append("\r\n").toString();
    }

    /** Copies until the source ends, then closes the destination's socket for writing. */
    private static Thread pipe(InputStream from, OutputStream to, Socket toSocket) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[8192];
            try {
                for (int read; (read = from.read(buffer)) >= 0; ) {
                    to.write(buffer, 0, read);
                    to.flush();
                }
                toSocket.shutdownOutput();
            } catch (IOException e) {
                // Either side closed.
            }
        }, "prefix-proxy-pipe");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** The request line and headers, without the blank line; null when the client left first. */
    private static byte[] readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (matched < 4) {
            int next = in.read();
            if (next < 0 || head.size() > MOST_HEAD) {
                return null;
            }
            head.write(next);
            matched = next == end[matched] ? matched + 1 : next == '\r' ? 1 : 0;
        }
        byte[] bytes = head.toByteArray();
        return Arrays.copyOf(bytes, bytes.length - 4);
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
