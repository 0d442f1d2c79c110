package org.kubedeck.domain.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ToolCallTest {

    @Test
    void keepsTheArgumentsSortedAndTheClusterApart() {
        Map<String, Object> arguments = new LinkedHashMap<>();
        arguments.put("pod", "web-1");
        arguments.put("cluster", "prod");
        arguments.put("tail_lines", 50);
        arguments.put("labels", Map.of("team", "shop"));

        ToolCall call = ToolCall.of("pods_log", arguments);

        assertThat(call.cluster()).isEqualTo("prod");
        assertThat(call.argumentsText()).isEqualTo("cluster=prod, labels={team=shop}, pod=web-1, tail_lines=50");
    }

    @Test
    void leavesOutManifestsSecretsAndLongValues() {
        String manifest = "apiVersion: v1\nkind: Secret\nstringData:\n  password: hunter2\n";
        ToolCall call = ToolCall.of("manifest_validate", Map.of("yaml", manifest, "password", "hunter2",
                "grep", "x".repeat(500)));

        assertThat(call.argumentsText()).doesNotContain("hunter2").contains("yaml=(" + manifest.length()
                + " characters)").contains("password=(hidden)");
        assertThat(call.arguments().get("grep")).hasSize(ToolCall.MOST_VALUE + 1);
        assertThat(call.cluster()).isEmpty();
    }
}
