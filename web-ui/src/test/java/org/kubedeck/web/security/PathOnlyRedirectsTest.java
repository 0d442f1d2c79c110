package org.kubedeck.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PathOnlyRedirectsTest {

    @Test
    void aWholeUrlKeepsItsPathAndQueryAndAPathGoesUnderTheContextPath() {
        assertThat(PathOnlyRedirects.pathOf("/ops", "http://127.0.0.1:8080/ops/k8s/prod/shop?status=Failed"))
                .isEqualTo("/ops/k8s/prod/shop?status=Failed");
        assertThat(PathOnlyRedirects.pathOf("", "https://kubedeck.internal/clusters")).isEqualTo("/clusters");
        assertThat(PathOnlyRedirects.pathOf("/ops", "http://127.0.0.1:8080")).isEqualTo("/");
        assertThat(PathOnlyRedirects.pathOf("/ops", "/")).isEqualTo("/ops/");
        assertThat(PathOnlyRedirects.pathOf("", "/login?logout")).isEqualTo("/login?logout");
    }

    @Test
    void neverAnotherHost() {
        assertThat(PathOnlyRedirects.pathOf("", "http://127.0.0.1:8080//evil.example/steal"))
                .isEqualTo("/evil.example/steal");
        assertThat(PathOnlyRedirects.pathOf("", "https://evil.example/x")).isEqualTo("/x");
    }
}
