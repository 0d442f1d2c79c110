package org.kubedeck.domain.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.kubedeck.domain.InvalidInputException;

class FilePathTest {

    @Test
    void aPathIsMadeCanonicalAndNeverGoesAboveTheRoot() {
        assertThat(FilePath.parse("path", "/var//log/../tmp/./a b").toString()).isEqualTo("/var/tmp/a b");
        assertThat(FilePath.parse("path", "/").isRoot()).isTrue();
        assertThat(FilePath.parse("path", "/tmp/-rf").name()).isEqualTo("-rf");
        assertThat(FilePath.parse("path", "/a/b/c").ancestry()).extracting(FilePath::toString)
                .containsExactly("/", "/a", "/a/b", "/a/b/c");

        for (String hostile : new String[] {"tmp", "../etc", "/..", "/tmp/../../etc", "/a\0b", ""}) {
            assertThatThrownBy(() -> FilePath.parse("path", hostile)).as(hostile)
                    .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("path");
        }
    }

    @Test
    void aNewNameHasNoSlashAndIsNoDirectoryOfItsOwn() {
        assertThat(FilePath.ROOT.child("name", "it's \"quoted\"\nand long").toString())
                .isEqualTo("/it's \"quoted\"\nand long");
        for (String bad : new String[] {"a/b", ".", "..", "", "x".repeat(256)}) {
            assertThatThrownBy(() -> FilePath.ROOT.child("name", bad)).as(bad)
                    .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("name");
        }
    }

    @Test
    void aListingLineGivesAnEntryWhateverItsNameHolds() {
        String weird = Base64.getEncoder().encodeToString("new\nline -rf".getBytes(StandardCharsets.UTF_8));
        String listing = "12 -rw-r--r-- root 1700000000 " + weird + "\n"
                + "4096 drwxr-xr-x 1000 1700000001 " + Base64.getEncoder().encodeToString("zdir".getBytes()) + "\n"
                + "7 lrwxrwxrwx root 1700000002 " + Base64.getEncoder().encodeToString(".link".getBytes()) + "\n"
                + "garbage\n";

        assertThat(FileEntry.parse(listing)).containsExactly(
                new FileEntry("zdir", FileEntry.Type.DIR, 4096, "drwxr-xr-x", "1000", Instant.ofEpochSecond(1700000001)),
                new FileEntry(".link", FileEntry.Type.LINK, 7, "lrwxrwxrwx", "root", Instant.ofEpochSecond(1700000002)),
                new FileEntry("new\nline -rf", FileEntry.Type.FILE, 12, "-rw-r--r--", "root",
                        Instant.ofEpochSecond(1700000000)));
    }
}
