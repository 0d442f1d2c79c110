package org.kubedeck.application.container;

import static org.kubedeck.application.container.ContainerScripts.DRAINING;
import static org.kubedeck.application.container.ContainerScripts.TRANSFER;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.kubedeck.application.UseCase;
import org.kubedeck.application.container.port.in.ContainerArchives;
import org.kubedeck.application.container.port.in.ContainerFilesUseCase.Download;
import org.kubedeck.application.container.port.out.ContainerExec;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.container.ArchiveCheck;
import org.kubedeck.domain.container.ContainerRef;
import org.kubedeck.domain.container.FilePath;

/** Directories packed and unpacked with {@code tar} and {@code gzip} in the container, as the file manager does. */
@UseCase
class ContainerArchivesService implements ContainerArchives {

    private static final String UNPACK = DRAINING + ContainerScripts.TAR_THERE + " || no 5; cd -- \"$1\" || no 3; "
            + "gzip -dc | tar xf - || no 1";
    private static final long MOST_OUTPUT = 64 * 1024;

    private final ContainerScripts scripts;

    ContainerArchivesService(ContainerExec exec) {
        this.scripts = new ContainerScripts(exec);
    }

    @Override
    public Download pack(ClusterAccess access, ContainerRef container, FilePath directory, String name) {
        Download download = scripts.download(access, container, directory, name);
        if (!download.directory()) {
            throw ContainerScripts.notThere(container, directory);
        }
        return download;
    }

    @Override
    public Unpacked unpack(ClusterAccess access, ContainerRef container, FilePath directory, Archive archive,
            long room) {
        try {
            ArchiveCheck check;
            try (InputStream first = archive.open()) {
                check = ArchiveCheck.of(first, room);
            }
            try (ContainerScripts.Counted counted = new ContainerScripts.Counted(archive.open())) {
                scripts.feed(access, container, directory, UNPACK, counted, MOST_OUTPUT, TRANSFER,
                        directory.toString());
                return new Unpacked(check.entries(), check.bytes(), counted.count(), counted.sha256());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
