package org.kubedeck.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kubedeck.bootstrap.web.WebSession;

/**
 * What a newcomer does first: the README's run command, typed in a fresh copy of the checkout by a user whose
 * home directory is empty. Only the Maven cache is shared, so that nothing is downloaded again.
 */
class FirstRunTest {

    private static final Path CHECKOUT = Path.of(System.getProperty("kubedeck.checkout",
            Path.of("").toAbsolutePath().getParent().toString()));
    private static final Pattern ONE_TIME_PASSWORD = Pattern.compile("one-time password: (\\S+)");
    private static final Duration START_LIMIT = Duration.ofMinutes(6);

    @TempDir
    Path work;

    private Process run;

    @Test
    void the_readme_run_command_starts_the_console_with_its_data_in_the_home_directory() throws Exception {
        String command = ReadmeCommand.of(CHECKOUT.resolve("README.md"), "Run it");
        Path copy = FreshCopy.of(CHECKOUT, work.resolve("checkout"));
        Path home = Files.createDirectories(work.resolve("home"));
        Path log = work.resolve("run.log");
        int port = freePort();

        Instant typed = Instant.now();
        run = start(command, copy, home, port, log);
        String password = awaitOneTimePassword(log);
        awaitLogin(port, log);
        Duration toLogin = Duration.between(typed, Instant.now());

        WebSession admin = new WebSession("http://localhost:" + port);
        admin.apiLogin("admin", password).assertStatus(200);
        admin.postJson("/api/account/password", Map.of("current_password", password,
                "new_password", "a-newcomer-password-1")).assertStatus(200);
        assertThat(admin.get("/").status()).isEqualTo(200);
        assertThat(admin.get("/api/current-user").json().get("must_change_password").asBoolean()).isFalse();

        Path data = home.resolve(".kubedeck");
        assertThat(data.resolve("postgres").resolve("PG_VERSION")).isRegularFile();
        assertThat(data.resolve("encryption.key")).isRegularFile();
        try (Stream<Path> strays = Files.walk(copy)) {
            assertThat(strays.filter(p -> p.getFileName().toString().contains("${"))).isEmpty();
        }
        assertThat(Files.readString(log)).containsOnlyOnce("starting the embedded PostgreSQL in " + data);

        System.out.printf("First run: README command to /login %d ms; %s; RSS after sign-in: console %d MiB, "
                + "PostgreSQL %d MiB (PSS)%n", toLogin.toMillis(), startedLine(log), rssMiB(consoleJvm()),
                postgresRssMiB(home));
    }

    @AfterEach
    void stopEverythingItStarted() throws IOException {
        if (run == null) {
            return;
        }
        List<ProcessHandle> tree = Stream.concat(Stream.of(run.toHandle()), run.descendants()).toList();
        tree.forEach(ProcessHandle::destroy);
        for (ProcessHandle process : tree) {
            process.onExit().completeOnTimeout(process, 40, TimeUnit.SECONDS).join();
            process.destroyForcibly();
        }
        ProcessHandle.allProcesses().filter(p -> commandLine(p).contains(work.toString()))
                .forEach(ProcessHandle::destroyForcibly);
    }

    private static Process start(String command, Path copy, Path home, int port, Path log) throws IOException {
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", command).directory(copy.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("KUBEDECK_") || name.startsWith("SPRING_")
                || name.startsWith("MAVEN_") || name.equals("JAVA_TOOL_OPTIONS"));
        // Java takes user.home from the password database, not from HOME; every JVM of the run picks this up.
        environment.put("JAVA_TOOL_OPTIONS", "-Duser.home=" + home);
        environment.put("HOME", home.toString());
        Path repository = Path.of(System.getProperty("maven.repo.local",
                System.getProperty("user.home") + "/.m2/repository"));
        environment.put("MAVEN_OPTS", "-Dmaven.repo.local=" + repository);
        environment.put("MAVEN_USER_HOME", repository.getParent().toString());
        environment.put("SERVER_PORT", Integer.toString(port));
        environment.put("MANAGEMENT_SERVER_PORT", Integer.toString(freePort()));
        return builder.start();
    }

    private String awaitOneTimePassword(Path log) throws Exception {
        return await(log, () -> {
            Matcher matcher = ONE_TIME_PASSWORD.matcher(Files.readString(log));
            return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
        });
    }

    private void awaitLogin(int port, Path log) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest login = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .timeout(Duration.ofSeconds(5)).build();
        await(log, () -> {
            try {
                return client.send(login, HttpResponse.BodyHandlers.discarding()).statusCode() == 200
                        ? Optional.of(true) : Optional.empty();
            } catch (IOException notYet) {
                return Optional.empty();
            }
        });
    }

    private <T> T await(Path log, Check<T> check) throws Exception {
        Instant limit = Instant.now().plus(START_LIMIT);
        while (Instant.now().isBefore(limit)) {
            Optional<T> result = check.run();
            if (result.isPresent()) {
                return result.get();
            }
            if (!run.isAlive()) {
                throw new AssertionError("The run command ended with " + run.exitValue() + ":\n" + tail(log));
            }
            Thread.sleep(200);
        }
        throw new AssertionError("Not up within " + START_LIMIT + ":\n" + tail(log));
    }

    private interface Check<T> {
        Optional<T> run() throws Exception;
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.startsWith("Progress") && !line.contains("Download")).toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static String startedLine(Path log) throws IOException {
        Matcher matcher = Pattern.compile("Started KubedeckApplication in ([0-9.]+) seconds")
                .matcher(Files.readString(log));
        return matcher.find() ? "the application started in " + matcher.group(1) + " s" : "no start line";
    }

    private ProcessHandle consoleJvm() {
        return run.descendants().filter(p -> commandLine(p).contains(KubedeckApplication.class.getName()))
                .findFirst().orElseThrow(() -> new AssertionError("No console JVM below the run command"));
    }

    private static long postgresRssMiB(Path home) {
        return ProcessHandle.allProcesses().filter(p -> commandLine(p).contains("postgres"))
                .filter(p -> commandLine(p).contains(home.toString()) || isChildOfPostgresIn(p, home))
                .mapToLong(FirstRunTest::pssMiB).sum();
    }

    private static boolean isChildOfPostgresIn(ProcessHandle process, Path home) {
        return process.parent().map(parent -> commandLine(parent).contains(home.toString())).orElse(false);
    }

    private static long rssMiB(ProcessHandle process) {
        return memoryMiB(process, "status", "VmRSS:");
    }

    /** The server's processes share their buffers: proportional set sizes add up where resident sizes do not. */
    private static long pssMiB(ProcessHandle process) {
        return memoryMiB(process, "smaps_rollup", "Pss:");
    }

    private static long memoryMiB(ProcessHandle process, String file, String field) {
        try {
            return Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), file)).stream()
                    .filter(line -> line.startsWith(field)).findFirst()
                    .map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024).orElse(0L);
        } catch (IOException gone) {
            return 0;
        }
    }

    private static String commandLine(ProcessHandle process) {
        try {
            return Files.readString(Path.of("/proc", Long.toString(process.pid()), "cmdline"))
                    .replace('\0', ' ');
        } catch (IOException | UncheckedIOException gone) {
            return "";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** The lines of the first fenced block under a README heading. */
    static final class ReadmeCommand {

        static String of(Path readme, String heading) throws IOException {
            List<String> lines = Files.readAllLines(readme);
            int section = lines.indexOf("## " + heading);
            assertThat(section).as("a '## %s' section in %s", heading, readme).isNotNegative();
            int open = section + 1;
            while (!lines.get(open).startsWith("```")) {
                open++;
            }
            int close = open + 1;
            while (!lines.get(close).startsWith("```")) {
                close++;
            }
            String command = String.join("\n", lines.subList(open + 1, close)).strip();
            assertThat(command).as("the command under '## %s'", heading).isNotEmpty();
            return command;
        }
    }

    /**
     * The files git knows of (tracked, or new and not ignored) as they are in the working tree: what a clone of
     * this change would hold, without build output.
     */
    static final class FreshCopy {

        static Path of(Path checkout, Path target) throws IOException, InterruptedException {
            Process git = new ProcessBuilder("git", "ls-files", "-z", "--cached", "--others", "--exclude-standard")
                    .directory(checkout.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String listing = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(git.waitFor()).as("git ls-files in %s", checkout).isZero();
            for (String name : listing.split("\0")) {
                Path source = checkout.resolve(name);
                if (name.isEmpty() || !Files.isRegularFile(source)) {
                    continue;
                }
                Path copy = target.resolve(name);
                Files.createDirectories(copy.getParent());
                Files.copy(source, copy, StandardCopyOption.COPY_ATTRIBUTES);
            }
            return target;
        }
    }
}
