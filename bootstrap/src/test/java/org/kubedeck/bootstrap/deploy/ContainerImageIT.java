package org.kubedeck.bootstrap.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kubedeck.adapters.persistence.testing.TestDatabase;

/**
 * The container image's steps, run here as far as they go without a container engine, after {@code package}: the
 * application jar unpacked into its layers by the Dockerfile's own command, the layers copied as its {@code COPY}
 * lines copy them, and the application started with its {@code ENTRYPOINT}, on a fresh database, until it is ready
 * and serves the sign-in page; then stopped as the engine stops it (SIGTERM). And {@code docker-compose.yml} as
 * {@code docker-compose config} reads it.
 *
 * <p>Paths of the image are taken inside a temporary folder that stands for its root filesystem.
 */
class ContainerImageIT {

    private static final Path DOCKERFILE = Path.of("..", "Dockerfile");
    private static final Duration READY_WITHIN = Duration.ofMinutes(2);

    @TempDir
    Path root;

    @Test
    void theLayeredJarUnpacksAndStartsWithTheImagesCommandLine() throws Exception {
        List<String> steps = instructions();
        String build = steps.stream().filter(step -> step.contains("-Djarmode=tools")).findFirst().orElseThrow();
        Matcher copyJar = Pattern.compile("cp bootstrap/target/kubedeck-bootstrap-\\*\\.jar (\\S+)").matcher(build);
        assertThat(copyJar.find()).as("the build stage copies the application jar").isTrue();
        Files.createDirectories(inImage(copyJar.group(1)).getParent());
        Files.copy(applicationJar(), inImage(copyJar.group(1)));

        String extract = Arrays.stream(build.split("&&")).map(String::strip)
                .filter(part -> part.startsWith("java -Djarmode=tools")).findFirst().orElseThrow();
        run(command(List.of(extract.split("\\s+"))), root);

        String workdir = "/";
        List<String> layers = new ArrayList<>();
        for (String step : steps.subList(steps.indexOf(steps.stream()
                .filter(s -> s.startsWith("FROM ") && !s.contains(" AS ")).findFirst().orElseThrow()), steps.size())) {
            if (step.startsWith("WORKDIR ")) {
                workdir = step.substring("WORKDIR ".length()).strip();
            }
            Matcher copy = Pattern.compile("COPY --from=build (\\S+) \\./").matcher(step);
            if (copy.matches()) {
                layers.add(Path.of(copy.group(1)).getFileName().toString());
                copyTree(inImage(copy.group(1)), inImage(workdir));
            }
        }
        assertThat(layers).containsExactly("dependencies", "spring-boot-loader", "snapshot-dependencies",
                "application");

        String entrypoint = steps.stream().filter(step -> step.startsWith("ENTRYPOINT ")).findFirst().orElseThrow();
        List<String> command = Arrays.stream(entrypoint.replaceAll("^ENTRYPOINT \\[|]$", "").split(","))
                .map(part -> part.strip().replaceAll("^\"|\"$", "")).toList();
        Path home = Files.createDirectories(root.resolve("home/kubedeck"));
        int port = freePort();
        int management = freePort();
        ProcessBuilder kubedeck = new ProcessBuilder(command(command)).directory(home.toFile())
                .redirectErrorStream(true).redirectOutput(root.resolve("kubedeck.log").toFile());
        Map<String, String> env = kubedeck.environment();
        env.put("SPRING_DATASOURCE_URL", TestDatabase.fresh("kubedeck_it_image"));
        env.put("SPRING_DATASOURCE_USERNAME", TestDatabase.USER);
        env.put("SPRING_DATASOURCE_PASSWORD", TestDatabase.PASSWORD);
        env.put("SERVER_PORT", String.valueOf(port));
        env.put("MANAGEMENT_SERVER_PORT", String.valueOf(management));
        env.put("KUBEDECK_DATADIR", home.resolve(".kubedeck").toString());
        env.put("KUBEDECK_ENCRYPTION_KEY", randomKey());
        env.put("KUBEDECK_ADMIN_PASSWORD", "image-check-password");
        Process process = kubedeck.start();
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            long deadline = System.nanoTime() + READY_WITHIN.toNanos();
            String readiness = "";
            while (!readiness.contains("\"UP\"") && process.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(500);
                readiness = get(http, "http://127.0.0.1:" + management + "/actuator/health/readiness");
            }
            assertThat(readiness).as("ready on the management port; the log:%n%s", tail()).contains("\"UP\"");
            assertThat(get(http, "http://127.0.0.1:" + port + "/login")).contains("Kubedeck");
        } finally {
            process.destroy();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("stopped on SIGTERM").isTrue();
        }
        assertThat(Files.readString(root.resolve("kubedeck.log"))).contains("Started KubedeckApplication")
                .doesNotContain("image-check-password");
    }

    @Test
    void theComposeFileIsValid() throws Exception {
        String config = run(List.of("docker-compose", "-f", "docker-compose.yml", "config"), Path.of(".."));

        assertThat(config).contains("postgres:", "kubedeck:", "SPRING_DATASOURCE_URL: jdbc:postgresql://postgres");
    }

    /** The Dockerfile's instructions, each on one line: continuations joined, comments left out. */
    private static List<String> instructions() throws IOException {
        String joined = Files.readString(DOCKERFILE).lines().filter(line -> !line.strip().startsWith("#"))
                .reduce("", (text, line) -> text.endsWith("\\") ? text.substring(0, text.length() - 1) + " "
                        + line.strip() : text + "\n" + line);
        return joined.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /** A command of the image: {@code java} as this JVM's, paths inside the image's root. */
    private List<String> command(List<String> words) {
        String java = ProcessHandle.current().info().command().orElse("java");
        return words.stream().map(word -> word.equals("java") ? java
                : word.startsWith("/") ? inImage(word).toString() : word).toList();
    }

    private Path inImage(String path) {
        return root.resolve(path.replaceFirst("^/", ""));
    }

    private static Path applicationJar() throws IOException {
        try (Stream<Path> jars = Files.list(Path.of("target"))) {
            return jars.filter(jar -> jar.getFileName().toString().matches("kubedeck-bootstrap-.*\\.jar"))
                    .findFirst().orElseThrow(() -> new AssertionError("No application jar: run after package"));
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    private static String run(List<String> command, Path directory) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("%s%n%s", String.join(" ", command), output).isZero();
        return output;
    }

    private static String get(HttpClient http, String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    private String tail() throws IOException {
        List<String> lines = Files.readAllLines(root.resolve("kubedeck.log"));
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
