package org.kubedeck.domain.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kubedeck.domain.user.Username;

class DesktopNamesTest {

    private static final String DNS_LABEL = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";

    @Test
    void aPlainUsernameIsItsOwnKey() {
        DesktopNames names = DesktopNames.of(Username.of("alice"));
        assertThat(names).isEqualTo(new DesktopNames("alice", "vnc-alice", "home-alice", "vnc-alice-password",
                "vnc-alice-0"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Alice", "li.hua", "li_hua", "李华", "x.", "a--b", "Ünïcödé-User",
            "averyveryveryveryveryveryveryveryverylongusername-0123456789"})
    void anyUsernameGivesDnsSafeNamesWithAHashOfTheExactName(String username) {
        DesktopNames names = DesktopNames.of(Username.of(username));
        Stream.of(names.key(), names.desktop(), names.home(), names.secret(), names.pod())
                .forEach(name -> assertThat(name).matches(DNS_LABEL).hasSizeLessThanOrEqualTo(63));
        // A StatefulSet's name plus its revision hash must still fit a label value.
        assertThat(names.desktop()).hasSizeLessThanOrEqualTo(52);
        assertThat(names.key()).matches(".*-?[0-9a-f]{7}$").hasSizeLessThanOrEqualTo(DesktopNames.MAX_KEY);
    }

    @Test
    void usernamesThatLookAlikeGetDifferentKeys() {
        assertThat(Stream.of("alice", "Alice", "ALICE", "al.ice", "al_ice", "al-ice")
                .map(name -> DesktopNames.of(Username.of(name)).key()).distinct()).hasSize(6);
    }

    @Test
    void aDesktopNameLeadsBackToTheSameNames() {
        DesktopNames names = DesktopNames.of(Username.of("李华"));
        assertThat(DesktopNames.ofDesktop(names.desktop())).contains(names);
        assertThat(DesktopNames.ofDesktop("home-alice")).isEmpty();
        assertThat(DesktopNames.ofDesktop("vnc-")).isEmpty();
        assertThat(DesktopNames.ofDesktop("vnc-../etc")).isEmpty();
    }
}
