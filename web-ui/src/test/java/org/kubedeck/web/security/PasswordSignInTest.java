package org.kubedeck.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.kubedeck.application.user.port.in.LogInUseCase;
import org.kubedeck.application.user.port.in.LogInUseCase.Rejected;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/** Password sign-in switched off, and single sign-on settings that cannot work, are refused before anything runs. */
class PasswordSignInTest {

    @Test
    void switchedOffPasswordsAreRefusedWithoutAskingTheUseCase() {
        AtomicInteger asked = new AtomicInteger();
        LogInUseCase logIn = command -> {
            asked.incrementAndGet();
            return new Rejected();
        };

        assertThatThrownBy(() -> new KubedeckAuthenticationProvider(logIn, false).authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("admin", "secret")))
                .isInstanceOf(PasswordSignInOffException.class);
        assertThat(asked).hasValue(0);
    }

    @Test
    void singleSignOnSettingsThatCannotWorkStopTheStart() {
        assertThatThrownBy(() -> settings("", "", false)).as("nobody could sign in")
                .hasMessageContaining("kubedeck.login.password=false");
        assertThatThrownBy(() -> settings("https://sso.example.com", "", true))
                .hasMessageContaining("client-id");
        assertThatThrownBy(() -> settings("sso.example.com", "kubedeck", true))
                .hasMessageContaining("issuer-uri");
        assertThat(settings("https://sso.example.com:8443/realms/main", "kubedeck", false).origin())
                .isEqualTo("https://sso.example.com:8443");
        assertThat(settings("", "", true).enabled()).isFalse();
    }

    private static SsoSettings settings(String issuer, String clientId, boolean passwords) {
        return new SsoSettings(issuer, clientId, "", List.of("openid"), "preferred_username", "groups", "SSO",
                passwords);
    }
}
