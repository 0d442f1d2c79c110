package org.kubedeck.application.container;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.kubedeck.application.container.CommandRun.Ran;
import org.kubedeck.application.container.port.in.ContainerFilesUseCase.Download;
import org.kubedeck.application.container.port.out.ContainerExec;
import org.kubedeck.domain.ConflictException;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.NotFoundException;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.container.ContainerRef;
import org.kubedeck.domain.container.FileNames;
import org.kubedeck.domain.container.FilePath;

/**
 * File work in a container as short {@code sh} scripts, its paths passed as the script's own arguments
 * ({@code "$1"}), never spliced into it, and after {@code --} where a command takes options. A script answers by
 * its exit code: 3 for a path that is not there, 4 for one that is there already, 5 for a container without
 * {@code tar} or {@code gzip}, 9 for a file that changed since it was read. A script given stdin reads it to its end before it answers: one that left it unread would have the
 * API server close the connection under the input still being sent, and its answer lost. Callers have checked who
 * may, and opened the cluster.
 */
final class ContainerScripts {

    /** Whether the container can pack and unpack directories; answers 5 if not. */
    static final String TAR_THERE = "command -v tar > /dev/null && command -v gzip > /dev/null";
    static final String KIND = "if [ -d \"$1\" ]; then " + TAR_THERE + " || exit 5; echo dir; "
            + "elif [ -f \"$1\" ]; then echo file; else exit 3; fi";
    static final String CAT = "[ -f \"$1\" ] || exit 3; cat -- \"$1\"";
    static final String TAR = "cd -- \"$1\" || exit 3; tar cf - . | gzip -c";
    private static final String ARGUMENTS = "for a in \"$@\"; do b=$(printf %s \"$a\" | base64 -d; echo .); "
            + "set -- \"$@\" \"${b%.}\"; shift; done; ";
    /** Starts each script that takes stdin: {@code no 3} drains it, then answers 3. */
    static final String DRAINING = "no() { cat > /dev/null; exit \"$1\"; }; ";

    static final int NOT_THERE = 3;
    static final int THERE_ALREADY = 4;
    static final int NO_TAR = 5;
    static final int CHANGED = 9;
    static final Duration QUICK = Duration.ofSeconds(60);
    static final Duration TRANSFER = Duration.ofMinutes(30);

    private final ContainerExec exec;

    ContainerScripts(ContainerExec exec) {
        this.exec = exec;
    }

    /** Runs {@code script} with no stdin, keeping up to {@code limit} bytes of output; refusals as exceptions. */
    Ran run(ClusterAccess access, ContainerRef container, FilePath path, String script, long limit,
            Duration timeout, String... arguments) {
        return feed(access, container, path, script, null, limit, timeout, arguments);
    }

    /** Runs {@code script} with {@code stdin} (null: none), keeping up to {@code limit} bytes of output. */
    Ran feed(ClusterAccess access, ContainerRef container, FilePath path, String script, InputStream stdin,
            long limit, Duration timeout, String... arguments) {
        Ran ran = CommandRun.collect(exec, access, container, script(script, arguments), stdin, limit, timeout);
        answered(ran, container, path);
        return ran;
    }

    /** {@code path} as a download: a file as it is, a directory as {@code name.tar.gz}, streamed as it comes. */
    Download download(ClusterAccess access, ContainerRef container, FilePath path, String name) {
        boolean directory = "dir".equals(new String(run(access, container, path, KIND, 16, QUICK, path.toString())
                .stdout(), StandardCharsets.UTF_8).trim());
        return new Download() {
            @Override
            public String fileName() {
                return directory ? name + ".tar.gz" : name;
            }

            @Override
            public boolean directory() {
                return directory;
            }

            @Override
            public void writeTo(OutputStream out) {
                Ran ran = CommandRun.stream(exec, access, container, script(directory ? TAR : CAT, path.toString()),
                        null, out, TRANSFER);
                answered(ran, container, path);
            }
        };
    }

    static NotFoundException notThere(ContainerRef container, FilePath path) {
        return new NotFoundException(Message.of("files.notThere", "{0} does not exist in {1}.", path,
                container.describe()));
    }

    /**
     * The script with its arguments in base64, which it decodes first: an argument of the exec API is UTF-8 text,
     * and a path may hold any byte but NUL ({@link FileNames}). The {@code .} keeps a trailing newline.
     */
    private static List<String> script(String script, String... arguments) {
        return Stream.concat(Stream.of("sh", "-c", ARGUMENTS + script, "sh"), Stream.of(arguments)
                .map(argument -> Base64.getEncoder().encodeToString(FileNames.bytes(argument)))).toList();
    }

    /** The script's answer as the domain's refusal, when it is one. */
    static void answered(Ran ran, ContainerRef container, FilePath path) {
        Integer code = ran.exit().exitCode();
        if (ran.timedOut()) {
            throw new InvalidInputException("path", Message.of("files.timedOut",
                    "Working on {0} took too long; it was stopped.", path));
        }
        if (code == null) {
            throw new InvalidInputException("container", Message.of("files.noShell",
                    "The file manager needs sh in the container, and {0} could not run it: {1}",
                    container.describe(), ran.exit().failure()));
        }
        switch (code) {
            case 0 -> {
                // Done.
            }
            case NOT_THERE -> throw notThere(container, path);
            case NO_TAR -> throw new InvalidInputException("container", Message.of("files.noTar",
                    "{0} has no tar or gzip, which packing and unpacking a directory need.", container.describe()));
            case THERE_ALREADY -> throw new ConflictException(Message.of("files.thereAlready",
                    "There is already something at {0}.", path));
            case CHANGED -> throw new ConflictException(Message.of("files.changed",
                    "{0} changed since it was opened: open it again to see the change.", path));
            default -> throw new InvalidInputException("path", Message.of("files.refused",
                    "The container refused: {0}", new String(ran.stderr(), StandardCharsets.UTF_8).trim()));
        }
    }

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What passed through: its size and SHA-256, counted on the way to the container. */
    static final class Counted extends DigestInputStream {

        private long count;

        Counted(InputStream in) {
            super(in, digest());
        }

        @Override
        public int read() throws IOException {
            int read = super.read();
            if (read >= 0) {
                count++;
            }
            return read;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            int read = super.read(bytes, offset, length);
            if (read > 0) {
                count += read;
            }
            return read;
        }

        long count() {
            return count;
        }

        String sha256() {
            return HexFormat.of().formatHex(getMessageDigest().digest());
        }
    }
}
