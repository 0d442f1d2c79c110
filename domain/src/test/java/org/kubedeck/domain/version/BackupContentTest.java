package org.kubedeck.domain.version;

import static org.assertj.core.api.Assertions.assertThat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.version.Backup.BackupObject;


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
    void eachSecretIsMaskedAnewFromItsCompleteManifestAndEveryOtherObjectStaysAsItWas() {
        List<BackupObject> objects = List.of(new BackupObject(ResourceKind.CONFIGMAP, "settings"),
                new BackupObject(ResourceKind.SECRET, "tokens"));

        BackupContent masked = new BackupContent(YAML, SECRETS).masked(objects,
                manifest -> manifest.replace("aHVudGVyMg==", "'<hidden:new>'"));

        assertThat(masked).isEqualTo(new BackupContent(YAML.replace("<hidden:1f2e>", "<hidden:new>"), SECRETS));
        assertThat(new BackupContent("", "").masked(List.of(), manifest -> "changed")).isEqualTo(
                new BackupContent("", ""));
    }

    @Test
    void aBackupWithoutSecretsOrWithoutObjectsHasNoSecretManifests() {
        assertThat(BackupContent.of(YAML, 2)).isEqualTo(new BackupContent(YAML, ""));
        assertThat(BackupContent.of("", 0)).isEqualTo(new BackupContent("", ""));
        assertThat(new BackupContent(YAML, "").secretDocuments()).isEmpty();
    }
}
