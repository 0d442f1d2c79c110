package org.kubedeck.web.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * The one provider, read from its discovery document at the first sign-in rather than at start: a provider that is
 * down does not keep the console (and its password sign-in) from starting. A failed read is tried again at the
 * next sign-in.
 */
final class OidcRegistrations implements ClientRegistrationRepository {

    private static final Logger log = LoggerFactory.getLogger(OidcRegistrations.class);

    private final SsoSettings settings;
    private volatile ClientRegistration registration;

    OidcRegistrations(SsoSettings settings) {
        this.settings = settings;
    }

    @Override
    public ClientRegistration findByRegistrationId(String id) {
        if (!SsoSettings.REGISTRATION.equals(id)) {
            return null;
        }
        ClientRegistration known = registration;
        if (known == null) {
            try {
                known = ClientRegistrations.fromIssuerLocation(settings.issuerUri())
                        .registrationId(SsoSettings.REGISTRATION)
                        .clientId(settings.clientId())
                        .clientSecret(settings.clientSecret())
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                        .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                        .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                        .scope(settings.scopes())
                        .userNameAttributeName(settings.usernameClaim())
                        .clientName(settings.name())
                        .build();
                registration = known;
            } catch (RuntimeException e) {
                log.warn("The identity provider {} could not be read: {}", settings.issuerUri(), e.getMessage());
                throw new IllegalStateException("The identity provider could not be reached; try again later.", e);
            }
        }
        return known;
    }
}
