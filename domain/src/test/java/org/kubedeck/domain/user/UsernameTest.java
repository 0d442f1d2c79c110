package org.kubedeck.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kubedeck.domain.InvalidInputException;

class UsernameTest {

    @ParameterizedTest
    @ValueSource(strings = {"admin", "li.hua", "ops_team-2", "李华", "a"})
    void acceptsOrdinaryNames(String name) {
        assertThat(Username.of(name).value()).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "-lead", "has space", "semi;colon", "a/b", "<script>"})
    void refusesNamesThatAreNotSafeToShowOrUseInPaths(String name) {
        assertThatThrownBy(() -> Username.of(name)).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("username");
    }

    @Test
    void refusesOverlongNames() {
        assertThatThrownBy(() -> Username.of("x".repeat(65))).hasMessageContaining("64");
    }

    @Test
    void trimsSurroundingSpaces() {
        assertThat(Username.of("  bob ")).isEqualTo(new Username("bob"));
    }

    @Test
    void passwordsNeverShowInToString() {
        assertThat(new NewPassword("secret-password").toString()).doesNotContain("secret");
        assertThat(new PasswordHash("{bcrypt}$2a$10$abc").toString()).doesNotContain("bcrypt");
        assertThatThrownBy(() -> new NewPassword("short")).hasMessageContaining("8");
    }
}
