package org.kubedeck.application.version;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BackupContentTest {

    private static final String YAML = """
            ---
            kind: ConfigMap
            metadata: {name: settings}
            data:
              notes: |
                a line
                ---
                a dashed line above, indented as every nested line is
            ---
            kind: Secret
            metadata: {name: tokens}
            data: {password: '<hidden:1f2e>'}
            """;
    private static final String SECRETS = """
            ---
            kind: Secret
            metadata: {name: tokens}
            data: {password: aHVudGVyMg==}
            """;

    @Test
    void theObjectCountSaysWhereTheMaskedYamlEndsAndTheSecretsBegin() {
        BackupContent content = BackupContent.of(YAML + SECRETS, 2);

        assertThat(content).isEqualTo(new BackupContent(YAML, SECRETS));
        assertThat(content.documents()).hasSize(2).last().asString().startsWith("kind: Secret")
                .contains("<hidden:");
        assertThat(content.secretDocuments()).singleElement().asString().contains("aHVudGVyMg==");
    }

    @Test
    void aBackupWithoutSecretsOrWithoutObjectsHasNoSecretManifests() {
        assertThat(BackupContent.of(YAML, 2)).isEqualTo(new BackupContent(YAML, ""));
        assertThat(BackupContent.of("", 0)).isEqualTo(new BackupContent("", ""));
        assertThat(new BackupContent(YAML, "").secretDocuments()).isEmpty();
    }
}
