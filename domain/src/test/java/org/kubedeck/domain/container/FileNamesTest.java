package org.kubedeck.domain.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void utf8NamesReadAsTheyAre() {
        for (String name : new String[] {"notes.txt", "café", "日志", "emoji 😀", "-rf", "a\nb"}) {
            assertThat(FileNames.text(name.getBytes(StandardCharsets.UTF_8))).isEqualTo(name);
            assertThat(FileNames.bytes(name)).isEqualTo(name.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void otherBytesReadAsPrivateCharactersAndGoBack() {
        byte[] latin1 = {'c', 'a', 'f', (byte) 0xE9};
        assertThat(FileNames.text(latin1)).isEqualTo("caf\uF7E9");
        assertThat(FileNames.bytes("caf\uF7E9")).isEqualTo(latin1);
        assertThat(FileNames.shown("caf\uF7E9")).isEqualTo("caf\\xE9");
        byte[] overlong = {(byte) 0xC0, (byte) 0xAF};
        assertThat(FileNames.text(overlong)).isEqualTo("\uF7C0\uF7AF");
        byte[] thePrivateCharacterItself = "\uF7E9".getBytes(StandardCharsets.UTF_8);
        assertThat(FileNames.bytes(FileNames.text(thePrivateCharacterItself))).isEqualTo(thePrivateCharacterItself);
    }

    @Test
    void everyNameGoesThereAndBackUnchanged() {
        Random random = new Random(15);
        for (int i = 0; i < 10_000; i++) {
            byte[] name = new byte[1 + random.nextInt(12)];
            random.nextBytes(name);
            assertThat(FileNames.bytes(FileNames.text(name))).as("round %d", i).isEqualTo(name);
        }
    }
}
