package org.kubedeck.bootstrap.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kubedeck.bootstrap.web.WebSession;
import org.kubedeck.bootstrap.web.WebTest;
import org.kubedeck.bootstrap.web.WebTestSupport.Fixtures;
import org.kubedeck.bootstrap.web.YamlCluster;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.user.AccessLevel;
import org.kubedeck.domain.user.Permissions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Container operations through the console and the real API server, measured: a followed log's time to first
 * line and lines per second to one client, a command run once (p50, p95), the download of a log of about 100 MiB,
 * and the upload and download of a file of 100 MiB, each with the heap before, at its highest during it and after.
 * The upload limit is raised for the file. Prints figures only. Run with
 * {@code ./mvnw -Pbench -pl bootstrap -am test -Dtest=ContainerBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
@WebTest
@TestPropertySource(properties = "kubedeck.containers.upload-limit=200MB")
class ContainerBenchmark {

    private static final int FOLLOW_SECONDS = 10;
    private static final int COMMANDS = 60;
    /** The rig's lines are about 80 bytes: this many make a log of about 100 MiB. */
    private static final int DOWNLOAD_LINES = 1_300_000;
    private static final int FILE_MIB = 100;

    @Autowired
    Fixtures f;

    @Test
    void containerOperations() throws Exception {
        try (YamlCluster cluster = new YamlCluster(f.signedIn(f.user("root", Permissions.ADMINISTRATOR)))) {
            String ns = cluster.namespace();
            cluster.runningPod("fast", Map.of("kube-rig/log-rate", "20000", "kube-rig/log-lines", "1000"));
            cluster.runningPod("big", Map.of("kube-rig/log-lines", String.valueOf(DOWNLOAD_LINES)));
            WebSession writer = f.signedIn(f.user("writer", Permissions.perCluster(Map.of(
                    ClusterName.of(cluster.name()), AccessLevel.WRITE))));
            String containers = "/api/k8s/containers/" + cluster.name() + "/" + ns + "/";

            follow(writer, containers + "fast/main/logs/stream?tail_lines=1");
            commands(writer, containers + "fast/main/exec");
            logDownload(writer, containers + "big/main/logs/download");
            fileTransfers(writer, containers + "big/main/files");
        }
    }

    private static void follow(WebSession client, String path) throws Exception {
        long began = System.nanoTime();
        HttpResponse<InputStream> stream = client.stream(path);
        long first = 0;
        long lines = 0;
        long counting = 0;
        try (BufferedReader events = new BufferedReader(new InputStreamReader(stream.body(), UTF_8))) {
            for (String event = events.readLine(); event != null; event = events.readLine()) {
                if (!event.startsWith("data:")) {
                    continue;
                }
                if (first == 0) {
                    first = System.nanoTime() - began;
                    counting = System.nanoTime();
                }
                lines++;
                if (System.nanoTime() - counting > FOLLOW_SECONDS * 1_000_000_000L) {
                    break;
                }
            }
        }
        System.out.printf("follow: first line after %.0f ms, %,.0f lines/s over %d s (the pod writes 20,000/s)%n",
                first / 1e6, lines / (double) FOLLOW_SECONDS, FOLLOW_SECONDS);
    }

    private static void commands(WebSession client, String path) {
        for (int i = 0; i < 5; i++) {
            client.postJson(path, Map.of("command", List.of("echo", "ok"))).assertStatus(200);
        }
        long[] nanos = new long[COMMANDS];
        for (int i = 0; i < COMMANDS; i++) {
            long began = System.nanoTime();
            client.postJson(path, Map.of("command", List.of("echo", "ok"))).assertStatus(200);
            nanos[i] = System.nanoTime() - began;
        }
        Arrays.sort(nanos);
        System.out.printf("exec: %d commands, p50 %.0f ms, p95 %.0f ms%n", COMMANDS, nanos[COMMANDS / 2] / 1e6,
                nanos[COMMANDS * 95 / 100] / 1e6);
    }

    /** A log of about 100 MiB, read as it comes. */
    private static void logDownload(WebSession client, String path) throws Exception {
        measured("log download", () -> drained(client.stream(path).body(), null));
    }

    /**
     * A file of 100 MiB of random bytes uploaded from disk, then downloaded and compared by its SHA-256; the
     * client streams both ways, so what the heap holds is the server's.
     */
    private static void fileTransfers(WebSession client, String files) throws Exception {
        Path local = Files.createTempFile("bench", ".bin");
        MessageDigest sent = MessageDigest.getInstance("SHA-256");
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(local), sent)) {
            byte[] block = new byte[1024 * 1024];
            Random random = new Random(15);
            for (int i = 0; i < FILE_MIB; i++) {
                random.nextBytes(block);
                out.write(block);
            }
        }
        try {
            measured("file upload", () -> {
                client.postFile(files + "/upload?path=%2Ftmp", "file", local).assertStatus(201);
                return Files.size(local);
            });
            MessageDigest received = MessageDigest.getInstance("SHA-256");
            String download = files + "/download?path=" + URLEncoder.encode("/tmp/" + local.getFileName(), UTF_8);
            measured("file download", () -> drained(client.stream(download).body(), received));
            System.out.printf("file download: the same %s as sent%n",
                    MessageDigest.isEqual(sent.digest(), received.digest()) ? "SHA-256" : "size, but NOT the bytes");
        } finally {
            Files.delete(local);
        }
    }

    private static long drained(InputStream body, MessageDigest digest) throws IOException {
        long bytes = 0;
        try (body) {
            byte[] buffer = new byte[64 * 1024];
            for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
                bytes += read;
                if (digest != null) {
                    digest.update(buffer, 0, read);
                }
            }
        }
        return bytes;
    }

    /**
     * Runs one transfer, which answers how many bytes it moved, with the heap sampled every 20 ms. Short-lived
     * garbage (each buffer read and written) fills the young generation between collections, so what a transfer
     * keeps is read from the old generation, where anything held for long would go, and from the heap after a full
     * collection once it is over.
     */
    private static void measured(String what, Callable<Long> transfer) throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        MemoryPoolMXBean old = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getName().contains("Old Gen") || pool.getName().contains("Tenured"))
                .findFirst().orElseThrow();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        long oldBefore = old.getUsage().getUsed();
        AtomicLong highest = new AtomicLong(before);
        AtomicLong oldHighest = new AtomicLong(oldBefore);
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (running.get()) {
                highest.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                oldHighest.accumulateAndGet(old.getUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.start();
        long began = System.nanoTime();
        long bytes = transfer.call();
        double seconds = (System.nanoTime() - began) / 1e9;
        running.set(false);
        sampler.join();
        System.gc();
        long after = memory.getHeapMemoryUsage().getUsed();
        System.out.printf("%s: %,.1f MiB in %.1f s (%,.0f MiB/s); heap of the one JVM (client and server): "
                + "%,.0f MiB before, %,.0f MiB at its highest (young garbage included), old generation %+,.1f MiB at "
                + "its highest, %+,.1f MiB after a full collection%n", what, bytes / 1048576.0, seconds,
                bytes / 1048576.0 / seconds, before / 1048576.0, highest.get() / 1048576.0,
                (oldHighest.get() - oldBefore) / 1048576.0, (after - before) / 1048576.0);
    }
}
