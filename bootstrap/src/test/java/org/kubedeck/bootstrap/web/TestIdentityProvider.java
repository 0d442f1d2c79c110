package org.kubedeck.bootstrap.web;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;

/**
 * A real OpenID Connect provider for the single sign-on tests: Spring Security's authorization server on a port of
 * its own, with a sign-in form, users added by the test, their groups in the ID token's {@code groups} claim, and
 * one client, Kubedeck, that needs no consent. It knows Kubedeck's address only once Kubedeck has started
 * ({@link #accept}), as a provider's administrator registers it.
 */
public final class TestIdentityProvider implements AutoCloseable {

    public static final String CLIENT_ID = "kubedeck";
    public static final String CLIENT_SECRET = "kubedeck-client-secret";
    public static final String PASSWORD = "provider-password";

    /** Each user's groups, as the provider's directory holds them. */
    private static final Map<String, List<String>> USERS = new ConcurrentHashMap<>();
    /** Kubedeck's base address ({@code http://localhost:port}, with its context path if any), once known. */
    private static volatile String kubedeck = "http://localhost";

    private static TestIdentityProvider started;

    private final ConfigurableApplicationContext context;

    private TestIdentityProvider(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** The provider, started once per test JVM. */
    public static synchronized TestIdentityProvider shared() {
        if (started == null) {
            started = new TestIdentityProvider(new SpringApplicationBuilder(Provider.class)
                    .web(WebApplicationType.SERVLET).bannerMode(Banner.Mode.OFF)
                    .properties("spring.main.register-shutdown-hook=false", "logging.level.org.springframework=WARN")
                    .run());
        }
        return started;
    }

    public String issuer() {
        return "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** Kubedeck at this address may sign people in here, and be returned to after they sign out. */
    public void accept(String kubedeckBase) {
        kubedeck = kubedeckBase;
    }

    /** A person of the provider's directory, with the password {@link #PASSWORD}, in these groups. */
    public String user(String prefix, List<String> groups) {
        String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        register(name, groups);
        return name;
    }

    /** A person of exactly that name, as a test that needs the provider to name someone so. */
    public void register(String name, List<String> groups) {
        USERS.put(name, List.copyOf(groups));
    }

    @Override
    public void close() {
        context.close();
    }

    /**
     * The provider's application. No {@code @Configuration}: the console's tests scan this package, and must not
     * find it; it is the source of its own application only.
     */
    @EnableWebSecurity
    static class Provider {

        /** Tomcat with its default servlet, so that requests reach the security filters, which answer them all. */
        @Bean
        TomcatServletWebServerFactory webServer() {
            TomcatServletWebServerFactory tomcat = new TomcatServletWebServerFactory(0);
            tomcat.setRegisterDefaultServlet(true);
            return tomcat;
        }

        @Bean
        SecurityFilterChain provider(HttpSecurity http) throws Exception {
            http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .oauth2AuthorizationServer(server -> server.oidc(Customizer.withDefaults()))
                    .formLogin(Customizer.withDefaults());
            return http.build();
        }

        @Bean
        UserDetailsService directory() {
            return name -> {
                if (!USERS.containsKey(name)) {
                    throw new UsernameNotFoundException(name);
                }
                return User.withUsername(name).password("{noop}" + PASSWORD).roles("USER").build();
            };
        }

        /** Kubedeck, asked for again at each use: its address is known only once it runs. */
        @Bean
        RegisteredClientRepository clients() {
            return new RegisteredClientRepository() {
                /** The provider re-encodes the secret after a sign-in; the plain one keeps working here. */
                @Override
                public void save(RegisteredClient client) {
                    // Kept as registered.
                }

                @Override
                public RegisteredClient findById(String id) {
                    return client();
                }

                @Override
                public RegisteredClient findByClientId(String clientId) {
                    return CLIENT_ID.equals(clientId) ? client() : null;
                }
            };
        }

        private static RegisteredClient client() {
            return RegisteredClient.withId(CLIENT_ID).clientId(CLIENT_ID).clientSecret("{noop}" + CLIENT_SECRET)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri(kubedeck + "/login/oauth2/code/oidc")
                    .postLogoutRedirectUri(kubedeck + "/login?logout")
                    .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE).scope("groups")
                    .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
                    .build();
        }

        /** The ID token names the person ({@code preferred_username}) and their groups ({@code groups}). */
        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> claims() {
            return context -> {
                if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                    String name = context.getPrincipal().getName();
                    context.getClaims().claim("preferred_username", name)
                            .claim("groups", USERS.getOrDefault(name, List.of()));
                }
            };
        }

        @Bean
        JWKSource<SecurityContext> keys() throws NoSuchAlgorithmException {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            var pair = generator.generateKeyPair();
            RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(UUID.randomUUID().toString()).build();
            return new ImmutableJWKSet<>(new JWKSet(key));
        }

        @Bean
        JwtDecoder tokens(JWKSource<SecurityContext> keys) {
            return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
        }

        @Bean
        AuthorizationServerSettings settings() {
            return AuthorizationServerSettings.builder().build();
        }
    }
}
