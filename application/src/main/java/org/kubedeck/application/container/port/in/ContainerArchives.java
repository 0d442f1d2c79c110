package org.kubedeck.application.container.port.in;

import java.io.IOException;
import java.io.InputStream;
import org.kubedeck.application.container.port.in.ContainerFilesUseCase.Download;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.container.ContainerRef;
import org.kubedeck.domain.container.FilePath;

/**
 * A container's directory packed as a {@code .tar.gz}, or one unpacked into it, by the file manager's code. For use
 * cases that decide themselves who may (a desktop's owner backing up its home), so it takes a cluster already
 * opened, and audits nothing itself.
 */
public interface ContainerArchives {

    /** The directory as {@code name.tar.gz}, packed as it is written out. NotFoundException when it is none. */
    Download pack(ClusterAccess access, ContainerRef container, FilePath directory, String name);

    /**
     * Reads the archive through first ({@code ArchiveCheck}: a {@code .tar.gz} that stays inside and unpacks to at
     * most {@code room} bytes), then unpacks it into the directory: files of the same names are replaced, others
     * kept. Nothing is unpacked from an archive that is refused (InvalidInputException, field {@code file}).
     */
    Unpacked unpack(ClusterAccess access, ContainerRef container, FilePath directory, Archive archive, long room);

    /** An uploaded archive, opened once to be checked and once more to be unpacked. */
    @FunctionalInterface
    interface Archive {

        InputStream open() throws IOException;
    }

    /** What was unpacked: entries and their bytes, and the archive's own size and SHA-256. */
    record Unpacked(int entries, long bytes, long size, String sha256) {
    }
}
