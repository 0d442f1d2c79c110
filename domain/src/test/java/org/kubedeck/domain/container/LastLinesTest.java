package org.kubedeck.domain.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LastLinesTest {

    @Test
    void theNewestLinesThatFitAreKeptAndTheOldestLetGo() {
        LastLines last = new LastLines(12);

        last.add("one");
        last.add("two");
        assertThat(last.dropped()).isFalse();
        last.add("three");

        assertThat(new String(last.content(), StandardCharsets.UTF_8)).isEqualTo("two\nthree\n");
        assertThat(last.count()).isEqualTo(2);
        assertThat(last.bytes()).isEqualTo(10);
        assertThat(last.dropped()).isTrue();
    }

    @Test
    void aLineLongerThanTheLimitIsLeftOut() {
        LastLines last = new LastLines(4);

        last.add("much too long");
        last.add("ok");

        assertThat(new String(last.content(), StandardCharsets.UTF_8)).isEqualTo("ok\n");
        assertThat(last.dropped()).isTrue();
    }
}
