package org.kubedeck.adapters.k8s.testing;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.cluster.Kubeconfig;

/**
 * A real Kubernetes control plane for the tests: kube-apiserver, controller-manager and scheduler v1.23 with etcd
 * and a simulated kubelet (two nodes that run every pod), from {@code ../shared/kube/start.sh} beside the checkout.
 *
 * <p>Started once per test JVM on ports of its own (so a rig on the default ports can run beside it) and left
 * running afterwards: the next test run finds it healthy in a fraction of a second. Stop it with
 * {@code ../shared/kube/stop.sh <state dir>}. Tests share it, each in a namespace of its own ({@link RigNamespace}).
 */
public final class KubeRig {

    /** Where the rig keeps its files; its first start writes its settings to {@code config.env} there. */
    public static final Path STATE_DIR = Path.of(System.getProperty("java.io.tmpdir"), "kubedeck-test-kube");

    /** Ports and addresses apart from the rig's defaults. Nodes take 6,000 pods each, for benchmarks beside tests. */
    private static final Map<String, String> SETTINGS = Map.of(
            "KUBE_RIG_APISERVER_PORT", "16443",
            "KUBE_RIG_ETCD_PORT", "12379",
            "KUBE_RIG_ETCD_PEER_PORT", "12380",
            "KUBE_RIG_CONTROLLER_MANAGER_PORT", "20257",
            "KUBE_RIG_SCHEDULER_PORT", "20259",
            "KUBE_RIG_NODE_IPS", "127.0.1.41 127.0.1.42",
            "KUBE_RIG_POD_IP_PREFIX", "127.0.5",
            "KUBE_RIG_NODE_PODS", "6000");

    /** Where the second control plane keeps its files. */
    public static final Path ANOTHER_STATE_DIR = Path.of(System.getProperty("java.io.tmpdir"),
            "kubedeck-test-kube-2");

    /** The second control plane's ports and addresses, apart from the first's. */
    private static final Map<String, String> ANOTHER_SETTINGS = Map.of(
            "KUBE_RIG_APISERVER_PORT", "17443",
            "KUBE_RIG_ETCD_PORT", "13379",
            "KUBE_RIG_ETCD_PEER_PORT", "13380",
            "KUBE_RIG_CONTROLLER_MANAGER_PORT", "21257",
            "KUBE_RIG_SCHEDULER_PORT", "21259",
            "KUBE_RIG_NODE_IPS", "127.0.1.51 127.0.1.52",
            "KUBE_RIG_POD_IP_PREFIX", "127.0.6");
    private static final Duration START_LIMIT = Duration.ofMinutes(5);

    private static final Started SHARED = new Started(STATE_DIR, SETTINGS);
    private static final Started ANOTHER = new Started(ANOTHER_STATE_DIR, ANOTHER_SETTINGS);

    private final Path stateDir;
    private final Map<String, String> settings;
    private final String kubeconfig;
    private final String readerKubeconfig;
    private final KubernetesClient objects;

    private KubeRig(Path stateDir, Map<String, String> settings, Path kubeconfigFile) {
        this.stateDir = stateDir;
        this.settings = settings;
        this.kubeconfig = read(kubeconfigFile);
        this.readerKubeconfig = read(kubeconfigFile.resolveSibling("kubeconfig-reader"));
        this.objects = new KubernetesClientBuilder().withConfig(Config.fromKubeconfig(kubeconfig)).build();
    }

    /** The rig, started on first use; a rig that cannot start fails the test with the start script's log. */
    public static KubeRig shared() {
        return SHARED.rig();
    }

    /**
     * A second control plane of its own (its own etcd, API server, nodes and pod addresses), for what needs two
     * clusters that really differ; started on first use and left running, as the shared one is.
     */
    public static KubeRig another() {
        return ANOTHER.rig();
    }

    /** A control plane started once per test JVM, or the reason it could not be. */
    private static final class Started {

        private final Path stateDir;
        private final Map<String, String> settings;
        private KubeRig rig;
        private IllegalStateException failed;

        Started(Path stateDir, Map<String, String> settings) {
            this.stateDir = stateDir;
            this.settings = settings;
        }

        synchronized KubeRig rig() {
            if (failed != null) {
                throw new IllegalStateException("The Kubernetes rig in " + stateDir + " did not start (see the "
                        + "first failure)", failed);
            }
            if (rig == null) {
                try {
                    rig = new KubeRig(stateDir, settings, start(stateDir, settings));
                } catch (RuntimeException e) {
                    failed = new IllegalStateException(e.getMessage(), e);
                    throw e;
                }
            }
            return rig;
        }
    }

    /** The admin's kubeconfig (a token and the rig's CA inline). */
    public String kubeconfig() {
        return kubeconfig;
    }

    /** A user who may get, list and watch everything and change nothing. */
    public String readerKubeconfig() {
        return readerKubeconfig;
    }

    /** The API server's address, e.g. {@code https://127.0.0.1:16443}. */
    public String url() {
        return objects.getConfiguration().getMasterUrl().replaceAll("/$", "");
    }

    /** A fabric8 client as the admin, to seed objects and read them back independently of the code under test. */
    public KubernetesClient objects() {
        return objects;
    }

    /** The rig as the console sees a registered cluster, named {@code name}. */
    public ClusterAccess access(String name) {
        return new ClusterAccess(ClusterName.of(name), new Kubeconfig(kubeconfig), null);
    }

    /**
     * Kills the API server at once and starts it again, as after a crash or an upgrade: open watches break, and
     * its watch caches begin anew at the current resource version, so older versions are answered 410 Gone.
     * Takes about five seconds; the other components stay up.
     */
    public void restartApiServer() {
        try {
            long pid = Long.parseLong(Files.readString(stateDir.resolve("run/kube-apiserver.pid")).trim());
            ProcessHandle.of(pid).ifPresent(process -> {
                process.destroyForcibly();
                process.onExit().join();
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        start(stateDir, settings);
    }

    private static Path start(Path stateDir, Map<String, String> settings) {
        Path script = startScript();
        try {
            Files.createDirectories(stateDir);
            Path log = stateDir.resolve("start.log");
            ProcessBuilder builder = new ProcessBuilder("bash", script.toString(), stateDir.toString())
                    .redirectError(log.toFile());
            // These win over KUBE_RIG_* variables in the environment: the two control planes must not meet.
            builder.environment().putAll(settings);
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(START_LIMIT.toSeconds(), TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException(script + " " + stateDir + " did not start the Kubernetes rig:\n"
                        + lastLines(log));
            }
            List<String> lines = output.lines().filter(line -> !line.isBlank()).toList();
            return Path.of(lines.get(lines.size() - 1).trim());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * {@code KUBEDECK_KUBE_RIG} names the start script; otherwise it is {@code ../shared/kube/start.sh} beside the
     * checkout (the system property {@code kubedeck.checkout}, else the first folder up from here that has it).
     */
    private static Path startScript() {
        Optional<Path> named = Optional.ofNullable(System.getenv("KUBEDECK_KUBE_RIG")).map(Path::of);
        Path from = Path.of(System.getProperty("kubedeck.checkout", System.getProperty("user.dir")))
                .toAbsolutePath();
        Optional<Path> found = named.or(() -> Stream.iterate(from, path -> path != null, Path::getParent)
                .map(folder -> folder.resolve("../shared/kube/start.sh").normalize())
                .filter(Files::isRegularFile)
                .findFirst());
        return found.filter(Files::isRegularFile).orElseThrow(() -> new IllegalStateException(
                "The Kubernetes tests need ../shared/kube/start.sh beside the checkout (looked up from " + from
                        + "), or KUBEDECK_KUBE_RIG naming it."));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String lastLines(Path log) {
        List<String> lines = read(log).lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }
}
