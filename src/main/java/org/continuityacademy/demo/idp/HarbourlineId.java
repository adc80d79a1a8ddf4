package org.continuityacademy.demo.idp;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.servlet.context.AnnotationConfigServletWebServerApplicationContext;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.util.HtmlUtils;

/**
 * The demo's identity provider, "Harbourline ID": Spring Security's OAuth 2.1 / OpenID Connect authorization
 * server in a small servlet context of its own (its own Tomcat on its own port, its own security filter chain),
 * next to the app in the same JVM. It knows every person of an {@link IdentityDirectory}, all with the password
 * {@code demo}, and one client: the app, with a generated secret, the authorization code flow and PKCE required.
 * Its ID tokens carry {@code email}, {@code email_verified}, names, {@code employeeid} and {@code groups}.
 */
public final class HarbourlineId implements AutoCloseable {

    public static final String NAME = "Harbourline ID";
    public static final String CLIENT_ID = "continuity-academy";
    public static final String PASSWORD = "demo";

    private final AnnotationConfigServletWebServerApplicationContext context;
    private final String clientSecret;

    private HarbourlineId(AnnotationConfigServletWebServerApplicationContext context, String clientSecret) {
        this.context = context;
        this.clientSecret = clientSecret;
    }

    /**
     * Starts the provider on {@code port} (0: any free port). {@code redirectUri} gives the app's redirect address
     * when a sign-in starts (the app's own port may not be known yet when the provider starts).
     */
    public static HarbourlineId start(int port, IdentityDirectory people, Supplier<List<String>> redirectUris) {
        return start(port, HexFormat.of().formatHex(new SecureRandom().generateSeed(24)), people, redirectUris);
    }

    /** Starts the provider with a given client secret (the app's {@code SSO_CLIENT_SECRET}). */
    public static HarbourlineId start(int port, String secret, IdentityDirectory people, Supplier<List<String>> redirectUris) {
        return start(port, secret, people, redirectUris, new Class<?>[0]);
    }

    /**
     * Starts the provider with more configuration in its own context: the tests add a filter there that spoils the
     * ID tokens of chosen people (a bad signature, a wrong nonce) to see the app refuse them.
     */
    public static HarbourlineId start(int port, String secret, IdentityDirectory people, Supplier<List<String>> redirectUris,
                                      Class<?>... extraConfiguration) {
        var context = new AnnotationConfigServletWebServerApplicationContext();
        context.registerBean(TomcatServletWebServerFactory.class, () -> {
            var tomcat = new TomcatServletWebServerFactory(port);
            // the provider's endpoints are filters: Tomcat runs filters only for a path some servlet serves
            tomcat.setRegisterDefaultServlet(true);
            return tomcat;
        });
        context.registerBean(IdentityDirectory.class, () -> people);
        context.registerBean(Client.class, () -> new Client(secret, redirectUris));
        context.register(Server.class);
        if (extraConfiguration.length > 0) {
            context.register(extraConfiguration);
        }
        context.refresh();
        return new HarbourlineId(context, secret);
    }

    /** The issuer: where discovery finds the provider's metadata ({@code /.well-known/openid-configuration}). */
    public String issuer() {
        return "http://localhost:" + port();
    }

    public int port() {
        return context.getWebServer().getPort();
    }

    public String clientSecret() {
        return clientSecret;
    }

    @Override
    public void close() {
        context.close();
    }

    record Client(String secret, Supplier<List<String>> redirectUris) {
    }

    /** Registered by hand into the provider's own context; not a {@code @Configuration}, so the app's scan never finds it. */
    @EnableWebSecurity
    static class Server {

        @Bean
        SecurityFilterChain identityProvider(HttpSecurity http) throws Exception {
            http.oauth2AuthorizationServer(server -> server.oidc(oidc -> {
                    }))
                    .authorizeHttpRequests(requests -> requests
                            .requestMatchers("/login", "/error", "/.well-known/**").permitAll()
                            .anyRequest().authenticated())
                    .formLogin(form -> form.loginPage("/login").permitAll());
            return http.build();
        }

        /**
         * The provider's filters and its endpoints' static look-ups must see one security context. Vaadin replaces
         * the JVM-wide holder strategy when the app starts (possibly after this context): always go through the
         * current one.
         */
        @Bean
        SecurityContextHolderStrategy securityContextHolderStrategy() {
            return new SecurityContextHolderStrategy() {
                @Override
                public void clearContext() {
                    SecurityContextHolder.getContextHolderStrategy().clearContext();
                }

                @Override
                public org.springframework.security.core.context.SecurityContext getContext() {
                    return SecurityContextHolder.getContextHolderStrategy().getContext();
                }

                @Override
                public Supplier<org.springframework.security.core.context.SecurityContext> getDeferredContext() {
                    return SecurityContextHolder.getContextHolderStrategy().getDeferredContext();
                }

                @Override
                public void setContext(org.springframework.security.core.context.SecurityContext context) {
                    SecurityContextHolder.getContextHolderStrategy().setContext(context);
                }

                @Override
                public void setDeferredContext(Supplier<org.springframework.security.core.context.SecurityContext> deferredContext) {
                    SecurityContextHolder.getContextHolderStrategy().setDeferredContext(deferredContext);
                }

                @Override
                public org.springframework.security.core.context.SecurityContext createEmptyContext() {
                    return SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
                }
            };
        }

        @Bean
        PasswordEncoder passwordEncoder() {
            return PasswordEncoderFactories.createDelegatingPasswordEncoder();
        }

        @Bean
        UserDetailsService users(IdentityDirectory people, PasswordEncoder encoder) {
            String demo = encoder.encode(PASSWORD);
            return username -> people.find(username.strip())
                    .map(p -> User.withUsername(p.email()).password(demo).roles("USER").build())
                    .orElseThrow(() -> new UsernameNotFoundException("unknown"));
        }

        @Bean
        RegisteredClientRepository clients(Client client, PasswordEncoder encoder) {
            String hash = encoder.encode(client.secret());
            // built on each lookup: the app's redirect address is known only once the app listens
            Supplier<RegisteredClient> app = () -> RegisteredClient.withId("continuity-academy")
                    .clientId(CLIENT_ID)
                    .clientSecret(hash)
                    .clientName("Continuity Academy")
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUris(uris -> uris.addAll(client.redirectUris().get()))
                    .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE).scope(OidcScopes.EMAIL)
                    .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
                    .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(Duration.ofMinutes(5)).build())
                    .build();
            return new RegisteredClientRepository() {
                @Override
                public void save(RegisteredClient registeredClient) {
                    throw new UnsupportedOperationException("the demo provider knows one client");
                }

                @Override
                public RegisteredClient findById(String id) {
                    return "continuity-academy".equals(id) ? app.get() : null;
                }

                @Override
                public RegisteredClient findByClientId(String clientId) {
                    return CLIENT_ID.equals(clientId) ? app.get() : null;
                }
            };
        }

        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> claims(IdentityDirectory people) {
            return context -> {
                if (!OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                    return;
                }
                people.find(context.getPrincipal().getName()).ifPresent(p -> context.getClaims()
                        .subject(p.subject())
                        .claim("email", p.email())
                        .claim("email_verified", p.emailVerified())
                        .claim("name", p.givenName() + " " + p.familyName())
                        .claim("given_name", p.givenName())
                        .claim("family_name", p.familyName())
                        .claim("employeeid", p.employeeNumber())
                        .claim("groups", p.groups()));
            };
        }

        @Bean
        JWKSource<SecurityContext> keys() throws NoSuchAlgorithmException {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            var pair = generator.generateKeyPair();
            var key = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(UUID.randomUUID().toString()).build();
            return new ImmutableJWKSet<>(new JWKSet(key));
        }

        @Bean
        JwtDecoder accessTokens(JWKSource<SecurityContext> keys) {
            return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
        }

        @Bean
        AuthorizationServerSettings settings() {
            return AuthorizationServerSettings.builder().build();
        }

        /** Its own session cookie: the app on the same host (another port) keeps its JSESSIONID. */
        @Bean
        ServletContextInitializer sessionCookie() {
            return servletContext -> servletContext.getSessionCookieConfig().setName("HARBOURLINE_ID_SESSION");
        }

        @Bean
        ServletRegistrationBean<HttpServlet> loginPage() {
            return new ServletRegistrationBean<>(new LoginPage(), "/login");
        }
    }

    /** The provider's own sign-in page, branded so that nobody mistakes it for the app's. */
    static final class LoginPage extends HttpServlet {

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            var csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
            boolean failed = request.getParameter("error") != null;
            response.setContentType("text/html;charset=UTF-8");
            response.setHeader("Cache-Control", "no-store");
            response.getWriter().write("""
                    <!doctype html>
                    <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                    <title>Sign in · Harbourline ID</title>
                    <style>
                      body { font-family: system-ui, sans-serif; background: #0f3d4c; margin: 0; display: grid; place-items: center; min-height: 100vh; }
                      main { background: #fff; border-radius: 12px; padding: 2rem 2.5rem; width: min(24rem, 90vw); box-shadow: 0 8px 30px #0005; }
                      h1 { margin: 0 0 .25rem; font-size: 1.5rem; color: #0f3d4c; }
                      p { color: #445; margin: 0 0 1.25rem; }
                      label { display: block; font-weight: 600; margin: .75rem 0 .25rem; }
                      input { width: 100%; box-sizing: border-box; padding: .6rem; font-size: 1rem; border: 1px solid #99a; border-radius: 6px; }
                      button { margin-top: 1.25rem; width: 100%; padding: .7rem; font-size: 1rem; background: #1b7f8c; color: #fff; border: 0; border-radius: 6px; cursor: pointer; }
                      .error { color: #b00020; font-weight: 600; }
                    </style></head>
                    <body><main>
                    <h1>Harbourline ID</h1>
                    <p>Harbourline's sign-in for staff. Demo: any employee's e-mail address, password <strong>demo</strong>.</p>
                    {error}
                    <form method="post" action="/login">
                      <label for="username">Work e-mail</label>
                      <input id="username" name="username" type="email" autocomplete="username" required autofocus>
                      <label for="password">Password</label>
                      <input id="password" name="password" type="password" autocomplete="current-password" required>
                      <input type="hidden" name="{csrfName}" value="{csrfToken}">
                      <button type="submit">Sign in</button>
                    </form>
                    </main></body></html>
                    """.replace("{error}", failed ? "<p class=\"error\" role=\"alert\">That e-mail address or password is not right.</p>" : "")
                    .replace("{csrfName}", csrf == null ? "_csrf" : HtmlUtils.htmlEscape(csrf.getParameterName()))
                    .replace("{csrfToken}", csrf == null ? "" : HtmlUtils.htmlEscape(csrf.getToken())));
        }
    }
}
