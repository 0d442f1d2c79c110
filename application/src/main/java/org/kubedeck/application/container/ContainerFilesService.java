package org.kubedeck.application.container;

import static org.kubedeck.application.container.ContainerScripts.CAT;
import static org.kubedeck.application.container.ContainerScripts.DRAINING;
import static org.kubedeck.application.container.ContainerScripts.QUICK;
import static org.kubedeck.application.container.ContainerScripts.TRANSFER;


import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.kubedeck.application.UseCase;
import org.kubedeck.application.audit.AuditLog;
import org.kubedeck.application.container.CommandRun.Ran;
import org.kubedeck.application.container.port.in.ContainerFilesUseCase;
import org.kubedeck.application.container.port.out.ContainerExec;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.audit.AuditAction;
import org.kubedeck.domain.audit.AuditDetail;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.container.ContainerRef;
import org.kubedeck.domain.container.FileEntry;
import org.kubedeck.domain.container.FilePath;
import org.kubedeck.domain.user.Actor;

/**
 * The file manager, through {@link ContainerScripts}: each call passes the container's door for files first, and
 * each change is audited.
 */
@UseCase
class ContainerFilesService implements ContainerFilesUseCase {

    private static final String LIST = "[ -d \"$1\" ] || exit 3; cd -- \"$1\" || exit 3; "
            + "for f in .* *; do case \"$f\" in .|..) continue;; esac; "
            + "[ -e \"$f\" ] || [ -L \"$f\" ] || continue; s=$(stat -c '%s %A %U %Y' -- \"$f\") || continue; "
            + "printf '%s ' \"$s\"; printf '%s' \"$f\" | base64 | tr -d '\\n'; echo; done";
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

    private static final long MOST_TEXT = 1024 * 1024;
    private static final long MOST_LISTING = 16L * 1024 * 1024;
    private static final Pattern MODE = Pattern.compile("[0-7]{3,4}");

    private final ContainerDoor door;
    private final ContainerScripts scripts;
    private final AuditLog auditLog;

    ContainerFilesService(ContainerDoor door, ContainerExec exec, AuditLog auditLog) {
        this.door = door;
        this.scripts = new ContainerScripts(exec);
        this.auditLog = auditLog;
    }

    @Override
    public List<FileEntry> list(Actor actor, ContainerRef container, FilePath directory) {
        ClusterAccess access = door.forFiles(actor, container, "list " + directory + " in " + container.describe());
        Ran ran = scripts.run(access, container, directory, LIST, MOST_LISTING, QUICK, directory.toString());
        return FileEntry.parse(new String(ran.stdout(), StandardCharsets.UTF_8));
    }

    @Override
    public Download download(Actor actor, ContainerRef container, FilePath path) {
        ClusterAccess access = door.forFiles(actor, container, "download " + path + " from " + container.describe());
        return scripts.download(access, container, path, path.isRoot() ? container.podName() : path.name());
    }

    @Override
    public Uploaded upload(Actor actor, ContainerRef container, FilePath directory, String name,
            InputStream content) {
        FilePath path = directory.child("file", name);
        ClusterAccess access = door.forFiles(actor, container, "upload " + path + " to " + container.describe());
        ContainerScripts.Counted counted = new ContainerScripts.Counted(content);
        scripts.feed(access, container, path, WRITE, counted, MOST_TEXT, TRANSFER, path.toString());
        return changed(actor, container, AuditAction.FILE_UPLOADED, path, counted);
    }

    @Override
    public void mkdir(Actor actor, ContainerRef container, FilePath path) {
        ClusterAccess access = door.forFiles(actor, container, "make directory " + path + " in "
                + container.describe());
        scripts.run(access, container, path, MKDIR, MOST_TEXT, QUICK, path.toString());
        audit(actor, container, AuditAction.DIRECTORY_CREATED, path, AuditDetail.of("path", path.toString()));
    }

    @Override
    public void rename(Actor actor, ContainerRef container, FilePath from, FilePath to) {
        ClusterAccess access = door.forFiles(actor, container, "rename " + from + " in " + container.describe());
        refuseRoot(from);
        scripts.run(access, container, from, MOVE, MOST_TEXT, QUICK, from.toString(), to.toString());
        audit(actor, container, AuditAction.FILE_RENAMED, from, AuditDetail.of("path", from.toString(), "to",
                to.toString()));
    }

    @Override
    public void delete(Actor actor, ContainerRef container, FilePath path) {
        ClusterAccess access = door.forFiles(actor, container, "delete " + path + " in " + container.describe());
        refuseRoot(path);
        scripts.run(access, container, path, REMOVE, MOST_TEXT, QUICK, path.toString());
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
        scripts.run(access, container, path, CHMOD, MOST_TEXT, QUICK, path.toString(), mode);
        audit(actor, container, AuditAction.FILE_MODE_CHANGED, path, AuditDetail.of("path", path.toString(),
                "mode", mode));
    }

    @Override
    public TextFile read(Actor actor, ContainerRef container, FilePath path) {
        ClusterAccess access = door.forFiles(actor, container, "read " + path + " in " + container.describe());
        Ran ran = scripts.run(access, container, path, CAT, MOST_TEXT + 1, QUICK, path.toString());
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
            return new TextFile(path.toString(), text, ContainerScripts.sha256(ran.stdout()));
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
        ContainerScripts.Counted counted = new ContainerScripts.Counted(new ByteArrayInputStream(bytes));
        scripts.feed(access, container, path, WRITE_IF, counted, MOST_TEXT, QUICK, path.toString(),
                expectedSha256 == null ? "" : expectedSha256);
        return changed(actor, container, AuditAction.FILE_WRITTEN, path, counted);
    }

    private Uploaded changed(Actor actor, ContainerRef container, AuditAction action, FilePath path,
            ContainerScripts.Counted counted) {
        Uploaded written = new Uploaded(path.toString(), counted.count(), counted.sha256());
        audit(actor, container, action, path, AuditDetail.of("path", written.path(), "size", written.size(),
                "sha256", written.sha256()));
        return written;
    }

    private void audit(Actor actor, ContainerRef container, AuditAction action, FilePath path, AuditDetail detail) {
        auditLog.success(actor, action, container.describe() + ":" + path, container.cluster().value(), detail);
    }

    private static void refuseRoot(FilePath path) {
        if (path.isRoot()) {
            throw new InvalidInputException("path", Message.of("files.notRoot", "'/' itself cannot be changed."));
        }
    }
}
