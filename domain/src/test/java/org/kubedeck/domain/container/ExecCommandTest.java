package org.kubedeck.domain.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kubedeck.domain.InvalidInputException;

class ExecCommandTest {

    private static void refused(List<String> command, String stdin, Duration timeout, String field) {
        assertThatThrownBy(() -> new ExecCommand(command, stdin, timeout)).isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo(field);
    }

    @Test
    void defaultsAreNoInputAndThirtySeconds() {
        ExecCommand command = new ExecCommand(List.of("ls"), null, null);

        assertThat(command.stdin()).isEmpty();
        assertThat(command.timeout()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void aMissingProgramAnArgumentWithANulTooMuchOrATimeoutOutOfRangeAreRefusedNamingTheField() {
        refused(null, null, null, "command");
        refused(List.of(), null, null, "command");
        refused(List.of(" "), null, null, "command");
        refused(Arrays.asList("ls", null), null, null, "command");
        refused(List.of("echo", "a\0b"), null, null, "command");
        refused(List.of("echo", "x".repeat(40_000)), null, null, "command");
        refused(List.of("cat"), "x".repeat(1024 * 1024 + 1), null, "stdin");
        refused(List.of("ls"), null, Duration.ZERO, "timeout_seconds");
        refused(List.of("ls"), null, Duration.ofSeconds(601), "timeout_seconds");
    }

    @Test
    void theCommandLineQuotesWhatAShellWouldReadOtherwise() {
        assertThat(new ExecCommand(List.of("sh", "-c", "rm -rf '/tmp/a b'", "", "a=b/c.d"), null, null)
                .commandLine()).isEqualTo("sh -c 'rm -rf '\\''/tmp/a b'\\''' '' a=b/c.d");
    }
}
