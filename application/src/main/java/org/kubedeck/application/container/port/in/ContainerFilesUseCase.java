package org.kubedeck.application.container.port.in;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import org.kubedeck.domain.container.ContainerRef;
import org.kubedeck.domain.container.FileEntry;
import org.kubedeck.domain.container.FilePath;
import org.kubedeck.domain.user.Actor;

/**
 * A container's files, worked on through commands in it ({@code sh}, {@code stat}, {@code cat}, {@code tar}...), so
 * in any container that has them. Every call needs write on the cluster and the cluster's policy allowing files;
 * every change is audited with its path (and size and SHA-256 where it wrote a file).
 */
public interface ContainerFilesUseCase {

    /** The entries of a directory. NotFoundException when it is not one. */
    List<FileEntry> list(Actor actor, ContainerRef container, FilePath directory);

    /** What a download is: a file as it is, or a directory as a {@code .tar.gz}. NotFoundException if neither. */
    Download download(Actor actor, ContainerRef container, FilePath path);

    /** Writes {@code name} in {@code directory} from {@code content}, replacing a file of that name. */
    Uploaded upload(Actor actor, ContainerRef container, FilePath directory, String name, InputStream content);

    void mkdir(Actor actor, ContainerRef container, FilePath path);

    void rename(Actor actor, ContainerRef container, FilePath from, FilePath to);

    /** A file, or a directory with all it holds. The root is refused. */
    void delete(Actor actor, ContainerRef container, FilePath path);

    /** {@code mode} in octal, {@code 644} or {@code 0755}. */
    void chmod(Actor actor, ContainerRef container, FilePath path, String mode);

    /** A text file of at most 1 MiB, with the SHA-256 an edit must name. */
    TextFile read(Actor actor, ContainerRef container, FilePath path);

    /**
     * Replaces the file's content if it is still at {@code expectedSha256} (ConflictException otherwise, nothing
     * written); a file that does not exist yet is made when {@code expectedSha256} is empty.
     */
    Uploaded write(Actor actor, ContainerRef container, FilePath path, String content, String expectedSha256);

    /** A download about to be written out: its file name, whether it is a directory's archive, and its bytes. */
    interface Download {

        String fileName();

        boolean directory();

        /** Writes it to {@code out} as it comes from the container. */
        void writeTo(OutputStream out);
    }

    record Uploaded(String path, long size, String sha256) {
    }

    record TextFile(String path, String content, String sha256) {
    }
}
