package org.kubedeck.web.security;

import jakarta.servlet.http.HttpServletResponse;
import org.kubedeck.application.sso.port.in.SignInWithSsoUseCase;
import org.kubedeck.application.token.port.in.AuthenticateTokenUseCase;
import org.kubedeck.application.user.port.in.LogInUseCase;
import org.kubedeck.application.user.port.in.LogOutUseCase;
import org.kubedeck.application.user.port.in.LogOutUseCase.Reason;
import org.kubedeck.application.user.port.in.UserQuery;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.Username;
import org.kubedeck.web.support.Htmx;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.authentication.builders.AuthenticationManagerBuilder;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.util.matcher.RequestMatcher;
import tools.jackson.databind.json.JsonMapper;

@Configuration
public class SecurityConfig {

    /**
     * Scripts and styles come from the console's own files only: no inline script, no eval, no inline style. Forms
     * post to the console, and signing out may go on to the identity provider ({@link SsoSettings#origin()}); the
     * pages that may frame the console ({@link FrameAncestors}) end it.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";
    /** Browser features no page of the console uses. */
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * Password sign-in through the JSON API. The filter chain has a provider of its own, beside single sign-on's:
     * neither is a bean, so that no global manager asks the same provider twice.
     */
    @Bean
    AuthenticationManager authenticationManager(LogInUseCase logIn, SsoSettings sso) {
        return new ProviderManager(new KubedeckAuthenticationProvider(logIn, sso.passwordSignIn()));
    }

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    @Bean
    SecurityResponses securityResponses(JsonMapper json) {
        return new SecurityResponses(json);
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, LogInUseCase logIn,
            SecurityContextRepository contextRepository, SecurityResponses responses, UserQuery users,
            LogOutUseCase logOut, SessionIdle idle, AuthenticateTokenUseCase tokens, FrameAncestors frames,
            SsoSettings sso, SignInWithSsoUseCase signInWithSso)
            throws Exception {
        // The page a signed-out visitor asked for is kept in a cookie, not in a session: a refused request
        // without a session cookie (a scanner, a script without credentials) stores nothing on the server.
        CookieRequestCache asked = new CookieRequestCache();
        // The identity provider, read when first needed; none without single sign-on.
        OidcRegistrations provider = sso.enabled() ? new OidcRegistrations(sso) : null;
        SavedRequestAwareAuthenticationSuccessHandler backToAsked = new SavedRequestAwareAuthenticationSuccessHandler();
        backToAsked.setDefaultTargetUrl("/");
        backToAsked.setRequestCache(asked);
        backToAsked.setRedirectStrategy(new PathOnlyRedirects());
        // The chain's own providers only: the API's manager (a bean) would otherwise be asked again after them.
        http.getSharedObject(AuthenticationManagerBuilder.class).parentAuthenticationManager(null);
        http
            .authenticationProvider(new KubedeckAuthenticationProvider(logIn, sso.passwordSignIn()))
            .securityContext(context -> context.securityContextRepository(contextRepository))
            .authorizeHttpRequests(authorize -> authorize
                .requestMatchers("/login", "/api/login", "/error", "/oauth2/**", "/login/oauth2/**", "/webjars/**",
                        "/css/**", "/js/**", "/favicon.ico", "/favicon.svg", "/actuator/health", "/actuator/health/**",
                        "/actuator/prometheus").permitAll()
                .anyRequest().authenticated())
            .formLogin(form -> form
                .loginPage("/login")
                .successHandler(backToAsked)
                .failureHandler((request, response, exception) -> response.sendRedirect(
                        request.getContextPath() + (exception instanceof LoginThrottledException throttled
                                ? "/login?throttled=" + throttled.retryAfter().toSeconds()
                                : exception instanceof PasswordSignInOffException ? "/login?password_off"
                                : "/login?error"))))
            // The idle time of a session starts when it is signed in to.
            .sessionManagement(sessions -> sessions.addSessionAuthenticationStrategy(
                    (authentication, request, response) -> idle.signedIn(request.getSession())))
            .logout(logout -> logout
                .logoutUrl("/logout")
                .addLogoutHandler((request, response, authentication) -> {
                    if (authentication != null) {
                        users.currentUser(Username.of(authentication.getName())).ifPresent(user ->
                                logOut.loggedOut(Actor.of(user, request.getRemoteAddr()), Reason.USER));
                    }
                })
                .logoutSuccessHandler(signedOut(provider))
                .deleteCookies("SESSION"))
            // Scripts sign in with a plain POST, as with the tool this console replaces, or send an API token;
            // everything else that changes state needs the CSRF token, from the XSRF-TOKEN cookie or the page.
            // The MCP server takes API tokens only (a session does not reach it), so it has no CSRF to fear.
            .csrf(csrf -> csrf.spa().ignoringRequestMatchers("/api/login", "/mcp")
                    .ignoringRequestMatchers((RequestMatcher) ApiTokenFilter::presentsToken))
            .requestCache(cache -> cache.requestCache(asked))
            .exceptionHandling(exceptions -> exceptions
                .authenticationEntryPoint((request, response, exception) -> {
                    boolean expired = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
                    responses.toLogin(request, response, expired ? "expired" : null,
                            expired ? "session_expired" : "unauthorized",
                            expired ? "Your session has ended; sign in again." : "Sign in first.");
                })
                .accessDeniedHandler((request, response, exception) -> {
                    if (Htmx.isApi(request)) {
                        responses.error(response, HttpServletResponse.SC_FORBIDDEN, "forbidden",
                                "The request was refused: " + exception.getMessage());
                    } else {
                        response.sendError(HttpServletResponse.SC_FORBIDDEN, exception.getMessage());
                    }
                }))
            // HSTS is sent on HTTPS requests, including those a trusted proxy forwarded as HTTPS.
            .headers(headers -> headers
                .frameOptions(frame -> {
                    if (frames.none()) {
                        frame.deny();
                    } else {
                        frame.disable();
                    }
                })
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY
                        + (sso.enabled() ? " " + sso.origin() : "") + "; " + frames.directive()))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                .addHeaderWriter(new StaticHeadersWriter("Vary", "HX-Request")))
            .addFilterBefore(new ApiTokenFilter(tokens, responses), AnonymousAuthenticationFilter.class)
            .addFilterBefore(new SignedInUserFilter(users, logOut, responses, idle),
                    AuthorizationFilter.class);
        if (sso.enabled()) {
            http.oauth2Login(oidc -> oidc
                .loginPage("/login")
                .clientRegistrationRepository(provider)
                .userInfoEndpoint(person -> person.oidcUserService(new SsoUserService(signInWithSso, sso)))
                .successHandler(backToAsked)
                .failureHandler(new SsoFailures()));
        }
        return http.build();
    }

    /**
     * After sign-out, the sign-in page; someone who signed in through the provider is first sent to the provider's
     * own sign-out, where it offers one, and comes back to the sign-in page from there.
     */
    private static LogoutSuccessHandler signedOut(OidcRegistrations provider) {
        SimpleUrlLogoutSuccessHandler toLogin = new SimpleUrlLogoutSuccessHandler();
        toLogin.setDefaultTargetUrl("/login?logout");
        if (provider == null) {
            return toLogin;
        }
        OidcClientInitiatedLogoutSuccessHandler toProvider = new OidcClientInitiatedLogoutSuccessHandler(provider);
        toProvider.setPostLogoutRedirectUri("{baseUrl}/login?logout");
        toProvider.setDefaultTargetUrl("/login?logout");
        return (request, response, authentication) -> {
            try {
                toProvider.onLogoutSuccess(request, response, authentication);
            } catch (IllegalStateException e) {
                // The provider cannot be reached: the console's own session has ended all the same.
                toLogin.onLogoutSuccess(request, response, authentication);
            }
        };
    }
}
