package org.kubedeck.web.security;

import java.net.URI;
import java.util.List;

/**
 * Single sign-on with an OpenID Connect provider, beside (or instead of) passwords.
 *
 * @param issuerUri      the provider's issuer; empty: no single sign-on
 * @param name           what the sign-in button calls the provider
 * @param usernameClaim  the ID token claim that names the Kubedeck user
 * @param groupsClaim    the claim that lists the person's groups, which the group rules turn into permissions
 * @param passwordSignIn whether people may also sign in with a Kubedeck password
 */
public record SsoSettings(String issuerUri, String clientId, String clientSecret, List<String> scopes,
        String usernameClaim, String groupsClaim, String name, boolean passwordSignIn) {

    /** The registration's id, in the paths {@code /oauth2/authorization/oidc} and {@code /login/oauth2/code/oidc}. */
    public static final String REGISTRATION = "oidc";

    public SsoSettings {
        issuerUri = issuerUri == null ? "" : issuerUri.strip();
        scopes = List.copyOf(scopes);
        if (!issuerUri.isEmpty() && !issuerUri.matches("https?://[^/?#\\s]+[^?#\\s]*")) {
            throw new IllegalArgumentException("kubedeck.oidc.issuer-uri is an http(s) address: " + issuerUri);
        }
        if (!issuerUri.isEmpty() && (clientId == null || clientId.isBlank())) {
            throw new IllegalArgumentException("kubedeck.oidc.client-id is needed with kubedeck.oidc.issuer-uri");
        }
        if (issuerUri.isEmpty() && !passwordSignIn) {
            throw new IllegalArgumentException("kubedeck.login.password=false needs single sign-on "
                    + "(kubedeck.oidc.issuer-uri): nobody could sign in");
        }
    }

    public boolean enabled() {
        return !issuerUri.isEmpty();
    }

    /** The provider's origin ({@code https://sso.example.com}), where signing out continues. */
    public String origin() {
        URI issuer = URI.create(issuerUri);
        return issuer.getScheme() + "://" + issuer.getRawAuthority();
    }
}
