package org.kubedeck.domain.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.user.Username;

class ApiTokenSecretTest {

    @Test
    void aTokenNamesProjectAndUserAndEndsIn40RandomCharacters() {
        ApiTokenSecret token = ApiTokenSecret.generate(null, Username.of("alice"));
        assertThat(token.value()).matches("vnc-sk-proj-default-alice-[0-9A-Za-z]{40}");
        assertThat(ApiTokenSecret.generate("ml", Username.of("Li.Hua")).value())
                .matches("vnc-sk-proj-ml-li-hua-[0-9a-f]{7}-[0-9A-Za-z]{40}");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            assertThat(seen.add(ApiTokenSecret.generate(null, Username.of("alice")).lookup())).isTrue();
        }
    }

    @Test
    void aPresentedTokenIsFoundByItsLookupAndCheckedByItsHash() {
        ApiTokenSecret token = ApiTokenSecret.generate("ml", Username.of("alice"));
        ApiTokenSecret presented = ApiTokenSecret.parse(token.value()).orElseThrow();

        assertThat(presented.lookup()).isEqualTo(token.lookup()).hasSize(8);
        assertThat(presented.matches(token.hash())).isTrue();
        assertThat(token.hash()).hasSize(64).doesNotContain(token.value());
        assertThat(token.value()).startsWith(token.displayPrefix());
        assertThat(token.toString()).doesNotContain(token.value().substring(token.displayPrefix().length()));
        String other = token.value().substring(0, token.value().length() - 1) + (token.value().endsWith("x") ? "y" : "x");
        assertThat(ApiTokenSecret.parse(other).orElseThrow().matches(token.hash())).isFalse();
    }

    @Test
    void whatDoesNotLookLikeATokenIsNotOne() {
        assertThat(ApiTokenSecret.parse(null)).isEmpty();
        assertThat(ApiTokenSecret.parse("sk-abc")).isEmpty();
        assertThat(ApiTokenSecret.parse("vnc-sk-proj-default-alice-short")).isEmpty();
        assertThat(ApiTokenSecret.parse("vnc-sk-proj-default-alice-" + "!".repeat(40))).isEmpty();
    }

    @Test
    void projectsAreShortLowercaseWords() {
        assertThat(ApiTokenSecret.project(" ml-team ")).isEqualTo("ml-team");
        assertThatThrownBy(() -> ApiTokenSecret.project("ML")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> ApiTokenSecret.project("a".repeat(33))).isInstanceOf(InvalidInputException.class);
    }
}
