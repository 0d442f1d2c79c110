package org.kubedeck.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class FrameAncestorsTest {

    @Test
    void noneByDefaultElseTheOriginsListed() {
        assertThat(FrameAncestors.NONE.directive()).isEqualTo("frame-ancestors 'none'");
        assertThat(new FrameAncestors(List.of(" https://portal.example.com ", "'self'", "http://*.corp.example:8443"))
                .directive()).isEqualTo("frame-ancestors https://portal.example.com 'self' http://*.corp.example:8443");
    }

    @Test
    void anythingButAnOriginStopsTheStart() {
        for (String wrong : List.of("*", "portal.example.com", "https://portal.example.com/path", "'none'; script-src *",
                "javascript:alert(1)")) {
            assertThatThrownBy(() -> new FrameAncestors(List.of(wrong))).as(wrong)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("frame-ancestors");
        }
    }
}
