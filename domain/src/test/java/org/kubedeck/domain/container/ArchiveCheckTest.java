package org.kubedeck.domain.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.testing.Tars;

class ArchiveCheckTest {

    private static final long ROOM = 1024 * 1024;

    @Test
    void anArchiveThatStaysInsideIsCountedEntryByEntry() {
        byte[] archive = new Tars().directory("./").directory("./notes/").file("./notes/a b.txt", "hello\n")
                .file("./-rf", "x".repeat(700)).symlink("./latest", "/etc/hostname")
                .hardLink("./again.txt", "./notes/a b.txt").gzipped();

        ArchiveCheck check = check(archive, ROOM);

        assertThat(check.entries()).isEqualTo(6);
        assertThat(check.bytes()).isEqualTo(706);
    }

    @Test
    void namesThatLeaveTheDirectoryAreRefused() {
        refused(new Tars().file("/etc/passwd", "root"), "absolute path");
        refused(new Tars().file("notes/../../escape", "x"), "goes up");
        refused(new Tars().hardLink("shadow", "../etc/shadow"), "goes up");
        refused(new Tars().symlink("out", "/etc").file("out/passwd", "root"), "through the link out");
        refused(new Tars().symlink("a/out", "/").directory("a/out/etc/"), "through the link a/out");
        refused(new Tars().entry("tty", '3'), "neither a file");
        refused(new Tars().entry("fifo", '6'), "neither a file");
    }

    @Test
    void whatIsNoArchiveTruncatedOrTooLargeIsRefused() {
        assertThatThrownBy(() -> check("plain text".getBytes(StandardCharsets.UTF_8), ROOM))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not a .tar.gz");
        byte[] whole = new Tars().file("a", "x".repeat(2000)).gzipped();
        byte[] cut = new byte[whole.length / 2];
        System.arraycopy(whole, 0, cut, 0, cut.length);
        assertThatThrownBy(() -> check(cut, ROOM)).hasMessageContaining("ends in the middle");
        assertThatThrownBy(() -> check(new Tars().file("a", "x".repeat(2000)).gzippedCut(1024 + 600), ROOM))
                .hasMessageContaining("ends in the middle");
        assertThatThrownBy(() -> check(new Tars().file("a", "x".repeat(2000)).gzipped(), 1999))
                .hasMessageContaining("more than 1999 bytes");
        assertThatThrownBy(() -> check(Tars.gzip("x".repeat(1024).getBytes(StandardCharsets.UTF_8)), ROOM)).hasMessageContaining("not a tar archive");
    }

    private static void refused(Tars archive, String why) {
        assertThatThrownBy(() -> check(archive.gzipped(), ROOM)).as(why)
                .isInstanceOf(InvalidInputException.class).hasMessageContaining(why)
                .extracting("field").isEqualTo("file");
    }

    private static ArchiveCheck check(byte[] gzipped, long room) {
        return ArchiveCheck.of(new ByteArrayInputStream(gzipped), room);
    }
}
