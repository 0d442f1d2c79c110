package org.kubedeck.domain.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TranscriptRecorderTest {

    @Test
    void eachEventIsALineOfItsTimeItsDirectionAndItsBytesInBase64() {
        TranscriptRecorder recorder = new TranscriptRecorder(1024);

        recorder.typed(Duration.ofMillis(1500), "ls\r".getBytes(StandardCharsets.UTF_8));
        recorder.shown(Duration.ofMillis(1520), new byte[] {(byte) 0xe4, (byte) 0xb8});

        assertThat(new String(recorder.content(), StandardCharsets.US_ASCII))
                .isEqualTo("[1.500,\"i\",\"bHMN\"]\n[1.520,\"o\",\"5Lg=\"]\n");
        assertThat(recorder.truncated()).isFalse();
    }

    @Test
    void beyondTheLimitNothingMoreIsKeptAndTheTranscriptSaysSo() {
        TranscriptRecorder recorder = new TranscriptRecorder(40);

        recorder.shown(Duration.ZERO, "hello".getBytes(StandardCharsets.UTF_8));
        recorder.shown(Duration.ofSeconds(1), "again and again".getBytes(StandardCharsets.UTF_8));
        recorder.shown(Duration.ofSeconds(2), "x".getBytes(StandardCharsets.UTF_8));

        assertThat(new String(recorder.content(), StandardCharsets.US_ASCII)).isEqualTo("[0.000,\"o\",\"aGVsbG8=\"]\n");
        assertThat(recorder.truncated()).isTrue();
    }
}
