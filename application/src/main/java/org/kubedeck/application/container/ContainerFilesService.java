package org.kubedeck.application.container;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.kubedeck.application.UseCase;
import org.kubedeck.application.audit.AuditLog;
import org.kubedeck.application.container.CommandRun.Ran;
import org.kubedeck.application.container.port.in.ContainerFilesUseCase;
import org.kubedeck.application.container.port.out.ContainerExec;
import org.kubedeck.domain.ConflictException;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.NotFoundException;
import org.kubedeck.domain.audit.AuditAction;
import org.kubedeck.domain.audit.AuditDetail;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.container.ContainerRef;
import org.kubedeck.domain.container.FileEntry;
import org.kubedeck.domain.container.FilePath;
import org.kubedeck.domain.user.Actor;

/**
 * The file manager: each operation is one short {@code sh} script run in the container, its paths passed as the
 * script's own arguments ({@code "$1"}), never spliced into it, and after {@code --} where a command takes options.
 * A script answers by its exit code: 3 for a path that is not there, 4 for one that is there already, 9 for a
 * file that changed since it was read. A script given stdin reads it to its end before it answers: one that left
 * it unread would have the API server close the connection under the input still being sent, and its answer lost.
 */
@UseCase
class ContainerFilesService implements ContainerFilesUseCase {

    private static final String LIST = "[ -d \"$1\" ] || exit 3; cd -- \"$1\" || exit 3; "
            + "for f in .* *; do case \"$f\" in .|..) continue;; esac; "
            + "[ -e \"$f\" ] || [ -L \"$f\" ] || continue; s=$(stat -c '%s %A %U %Y' -- \"$f\") || continue; "
            + "printf '%s ' \"$s\"; printf '%s' \"$f\" | base64 | tr -d '\\n'; echo; done";
    private static final String KIND = "if [ -d \"$1\" ]; then echo dir; elif [ -f \"$1\" ]; then echo file; "
            + "else exit 3; fi";
    private static final String CAT = "[ -f \"$1\" ] || exit 3; cat -- \"$1\"";
    private static final String TAR = "cd -- \"$1\" || exit 3; tar cf - . | gzip -c";
    private static final String DRAINING = "no() { cat > /dev/null; exit \"$1\"; }; ";
    private static final String WRITE = DRAINING + "[ -d \"$(dirname -- \"$1\")\" ] || no 3; [ -d \"$1\" ] && no 4; "
            + "cat > \"$1\" || no 1";
    private static final String WRITE_IF = DRAINING + "[ -d \"$1\" ] && no 4; if [ -e \"$1\" ]; then "
            + "[ \"$(sha256sum -- \"$1\" | cut -d ' ' -f 1)\" = \"$2\" ] || no 9; "
            + "else [ -z \"$2\" ] || no 9; fi; cat > \"$1\" || no 1";
    private static final String MKDIR = "[ -e \"$1\" ] && exit 4; mkdir -- \"$1\"";
    private static final String MOVE = "[ -e \"$1\" ] || [ -L \"$1\" ] || exit 3; [ -e \"$2\" ] && exit 4; "
            + "mv -- \"$1\" \"$2\"";
    private static final String REMOVE = "[ -e \"$1\" ] || [ -L \"$1\" ] || exit 3; rm -rf -- \"$1\"";
    private static final String CHMOD = "[ -e \"$1\" ] || exit 3; chmod -- \"$2\" \"$1\"";

    private static final int NOT_THERE = 3;
    private static final int THERE_ALREADY = 4;
    private static final int CHANGED = 9;
    private static final long MOST_TEXT = 1024 * 1024;
    private static final long MOST_LISTING = 16L * 1024 * 1024;
    private static final Duration QUICK = Duration.ofSeconds(60);
    private static final Duration TRANSFER = Duration.ofMinutes(30);
    private static final Pattern MODE = Pattern.compile("[0-7]{3,4}");

    private final ContainerDoor door;
    private final ContainerExec exec;
    private final AuditLog auditLog;

    ContainerFilesService(ContainerDoor door, ContainerExec exec, AuditLog auditLog) {
        this.door = door;
        this.exec = exec;
        this.auditLog = auditLog;
    }

    @Override
    public List<FileEntry> list(Actor actor, ContainerRef container, FilePath directory) {
        ClusterAccess access = door.forFiles(actor, container, "list " + directory + " in " + container.describe());
        Ran ran = run(access, container, directory, LIST, MOST_LISTING, QUICK, directory.toString());
        return FileEntry.parse(new String(ran.stdout(), StandardCharsets.UTF_8));
    }

    @Override
    public Download download(Actor actor, ContainerRef container, FilePath path) {
        ClusterAccess access = door.forFiles(actor, container, "download " + path + " from " + container.describe());
        boolean directory = "dir".equals(new String(run(access, container, path, KIND, 16, QUICK, path.toString())
                .stdout(), StandardCharsets.UTF_8).trim());
        String name = path.isRoot() ? container.podName() : path.name();
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

    @Override
    public Uploaded upload(Actor actor, ContainerRef container, FilePath directory, String name,
            InputStream content) {
        FilePath path = directory.child("file", name);
        ClusterAccess access = door.forFiles(actor, container, "upload " + path + " to " + container.describe());
        Counted counted = new Counted(content);
        Ran ran = CommandRun.collect(exec, access, container, script(WRITE, path.toString()), counted,
                MOST_TEXT, TRANSFER);
        answered(ran, container, path);
        return changed(actor, container, AuditAction.FILE_UPLOADED, path, counted);
    }

    @Override
    public void mkdir(Actor actor, ContainerRef container, FilePath path) {
        ClusterAccess access = door.forFiles(actor, container, "make directory " + path + " in "
                + container.describe());
        run(access, container, path, MKDIR, MOST_TEXT, QUICK, path.toString());
        audit(actor, container, AuditAction.DIRECTORY_CREATED, path, AuditDetail.of("path", path.toString()));
    }

    @Override
    public void rename(Actor actor, ContainerRef container, FilePath from, FilePath to) {
        ClusterAccess access = door.forFiles(actor, container, "rename " + from + " in " + container.describe());
        refuseRoot(from);
        run(access, container, from, MOVE, MOST_TEXT, QUICK, from.toString(), to.toString());
        audit(actor, container, AuditAction.FILE_RENAMED, from, AuditDetail.of("path", from.toString(), "to",
                to.toString()));
    }

    @Override
    public void delete(Actor actor, ContainerRef container, FilePath path) {
        ClusterAccess access = door.forFiles(actor, container, "delete " + path + " in " + container.describe());
        refuseRoot(path);
        run(access, container, path, REMOVE, MOST_TEXT, QUICK, path.toString());
        audit(actor, container, AuditAction.FILE_DELETED, path, AuditDetail.of("path", path.toString()));
    }

    @Override
    public void chmod(Actor actor, ContainerRef container, FilePath path, String mode) {
        if (mode == null || !MODE.matcher(mode).matches()) {
            throw new InvalidInputException("mode", Message.of("files.modeInvalid",
                    "'{0}' is not a mode: three or four octal digits, such as 644 or 0755.", mode));
        }
        ClusterAccess access = door.forFiles(actor, container, "change the mode of " + path + " in "
                + container.describe());
        run(access, container, path, CHMOD, MOST_TEXT, QUICK, path.toString(), mode);
        audit(actor, container, AuditAction.FILE_MODE_CHANGED, path, AuditDetail.of("path", path.toString(),
                "mode", mode));
    }

    @Override
    public TextFile read(Actor actor, ContainerRef container, FilePath path) {
        ClusterAccess access = door.forFiles(actor, container, "read " + path + " in " + container.describe());
        Ran ran = run(access, container, path, CAT, MOST_TEXT + 1, QUICK, path.toString());
        if (ran.stdout().length > MOST_TEXT) {
            throw new InvalidInputException("path", Message.of("files.tooLargeToEdit",
                    "{0} is larger than 1 MiB: download it instead.", path));
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(ran.stdout())).toString();
            if (text.indexOf('\0') >= 0) {
                throw new CharacterCodingException();
            }
            return new TextFile(path.toString(), text, sha256(ran.stdout()));
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("path", Message.of("files.notText",
                    "{0} is not a text file: download it instead.", path));
        }
    }

    @Override
    public Uploaded write(Actor actor, ContainerRef container, FilePath path, String content,
            String expectedSha256) {
        byte[] bytes = content == null ? new byte[0] : content.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > MOST_TEXT) {
            throw new InvalidInputException("content", Message.of("files.contentTooLarge",
                    "An edited file has at most 1 MiB."));
        }
        ClusterAccess access = door.forFiles(actor, container, "edit " + path + " in " + container.describe());
        Counted counted = new Counted(new ByteArrayInputStream(bytes));
        Ran ran = CommandRun.collect(exec, access, container, script(WRITE_IF, path.toString(),
                expectedSha256 == null ? "" : expectedSha256), counted, MOST_TEXT, QUICK);
        answered(ran, container, path);
        return changed(actor, container, AuditAction.FILE_WRITTEN, path, counted);
    }

    private Uploaded changed(Actor actor, ContainerRef container, AuditAction action, FilePath path,
            Counted counted) {
        Uploaded written = new Uploaded(path.toString(), counted.count, counted.sha256());
        audit(actor, container, action, path, AuditDetail.of("path", written.path(), "size", written.size(),
                "sha256", written.sha256()));
        return written;
    }

    private void audit(Actor actor, ContainerRef container, AuditAction action, FilePath path, AuditDetail detail) {
        auditLog.success(actor, action, container.describe() + ":" + path, container.cluster().value(), detail);
    }

    private Ran run(ClusterAccess access, ContainerRef container, FilePath path, String script, long limit,
            Duration timeout, String... arguments) {
        Ran ran = CommandRun.collect(exec, access, container, script(script, arguments), null, limit, timeout);
        answered(ran, container, path);
        return ran;
    }

    private static List<String> script(String script, String... arguments) {
        return Stream.concat(Stream.of("sh", "-c", script, "sh"),
                Stream.of(arguments)).toList();
    }

    /** The script's answer as the domain's refusal, when it is one. */
    private static void answered(Ran ran, ContainerRef container, FilePath path) {
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
            case NOT_THERE -> throw new NotFoundException(Message.of("files.notThere",
                    "{0} does not exist in {1}.", path, container.describe()));
            case THERE_ALREADY -> throw new ConflictException(Message.of("files.thereAlready",
                    "There is already something at {0}.", path));
            case CHANGED -> throw new ConflictException(Message.of("files.changed",
                    "{0} changed since it was opened: open it again to see the change.", path));
            default -> throw new InvalidInputException("path", Message.of("files.refused",
                    "The container refused: {0}", new String(ran.stderr(), StandardCharsets.UTF_8).trim()));
        }
    }

    private static void refuseRoot(FilePath path) {
        if (path.isRoot()) {
            throw new InvalidInputException("path", Message.of("files.notRoot", "'/' itself cannot be changed."));
        }
    }

    private static String sha256(byte[] bytes) {
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
    private static final class Counted extends DigestInputStream {

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

        String sha256() {
            return HexFormat.of().formatHex(getMessageDigest().digest());
        }
    }
}
