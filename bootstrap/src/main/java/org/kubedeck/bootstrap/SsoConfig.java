package org.kubedeck.bootstrap;

import org.kubedeck.web.security.SsoSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SsoConfig {

    /** Single sign-on beside passwords, or instead of them; a setting that cannot work stops the start. */
    @Bean
    SsoSettings ssoSettings(KubedeckProperties properties) {
        KubedeckProperties.Oidc oidc = properties.oidc();
        return new SsoSettings(oidc.issuerUri(), oidc.clientId(), oidc.clientSecret(), oidc.scopes(),
                oidc.usernameClaim(), oidc.groupsClaim(), oidc.name(), properties.login().password());
    }
}
