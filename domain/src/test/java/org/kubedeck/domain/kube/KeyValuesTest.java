package org.kubedeck.domain.kube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import org.junit.jupiter.api.Test;
import org.kubedeck.domain.InvalidInputException;


class KeyValuesTest {

    @Test
    void entriesComeOneALineOrCommaSeparatedInTheOrderTyped() {
        assertThat(KeyValues.parse("hard", " requests.cpu = 4 \n\nlimits.memory=8Gi, pods=10\r\n"))
                .containsExactly(entry("requests.cpu", "4"), entry("limits.memory", "8Gi"), entry("pods", "10"));
        assertThat(KeyValues.parse("labels", "tier=")).containsExactly(entry("tier", ""));
        assertThat(KeyValues.parse("labels", "  ")).isEmpty();
        assertThat(KeyValues.parse("labels", null)).isEmpty();
    }

    @Test
    void anEntryWithoutAKeyOrAKeyGivenTwiceIsRefusedNamingTheField() {
        assertThatThrownBy(() -> KeyValues.parse("hard", "pods")).isInstanceOf(InvalidInputException.class)
                .hasMessage("'pods' is not key=value.").extracting("field").isEqualTo("hard");
        assertThatThrownBy(() -> KeyValues.parse("hard", " =4")).hasMessage("'=4' is not key=value.");
        assertThatThrownBy(() -> KeyValues.parse("labels", "app=web\napp=api"))
                .hasMessage("'app' is given twice.");
    }

    private static java.util.Map.Entry<String, String> entry(String key, String value) {
        return java.util.Map.entry(key, value);
    }
}
