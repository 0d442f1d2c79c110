package org.kubedeck.domain.version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.version.Backup.BackupObject;

class BackupObjectTest {

    @Test
    void anObjectIsWrittenAsKindSlashNameAndReadBack() {
        BackupObject settings = new BackupObject(ResourceKind.CONFIGMAP, "settings");

        assertThat(settings.text()).isEqualTo("configmap/settings");
        assertThat(BackupObject.parse("objects", settings.text())).isEqualTo(settings);
        assertThat(BackupObject.parse("objects", "ConfigMap/settings")).isEqualTo(settings);
    }

    @Test
    void textWithoutKindAndNameIsRefusedNamingTheField() {
        assertThatThrownBy(() -> BackupObject.parse("objects", "settings"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("objects"))
                .hasMessage("'settings' is not kind/name.");
        assertThatThrownBy(() -> BackupObject.parse("objects", "widget/settings"))
                .isInstanceOf(InvalidInputException.class);
    }
}
