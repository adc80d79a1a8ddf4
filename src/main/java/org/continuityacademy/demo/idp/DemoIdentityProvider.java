package org.continuityacademy.demo.idp;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * With the {@code demo} profile only: starts Harbourline ID on {@code DEMO_IDP_PORT} (default 9090) before the
 * app serves its first page, with the client secret the app's single sign-on settings name
 * ({@code application-demo.properties} points the app at it).
 */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
class DemoIdentityProvider {

    private static final Logger log = LoggerFactory.getLogger(DemoIdentityProvider.class);

    @Bean(destroyMethod = "close")
    HarbourlineId harbourlineId(JdbcClient jdbc, @Value("${academy.demo-idp.port:9090}") int port,
                                @Value("${academy.sso.client-secret}") String secret,
                                @Value("${academy.base-url}") String baseUrl) {
        try {
            var idp = HarbourlineId.start(port, secret, new DemoIdentities(jdbc), () -> redirectUris(baseUrl));
            log.info("{} (the demo's identity provider) is running at {}", HarbourlineId.NAME, idp.issuer());
            return idp;
        } catch (RuntimeException e) {
            throw new IllegalStateException("The demo's identity provider could not start on port " + port
                    + " (is another program using it?). Set DEMO_IDP_PORT to a free port.", e);
        }
    }

    /** The app's redirect address, as people may reach it on this machine: by its base URL, "localhost" or 127.0.0.1. */
    static List<String> redirectUris(String baseUrl) {
        var uris = new LinkedHashSet<String>();
        String path = "/login/oauth2/code/sso";
        uris.add(baseUrl.replaceAll("/+$", "") + path);
        URI base = URI.create(baseUrl);
        int port = base.getPort() < 0 ? 80 : base.getPort();
        uris.add("http://localhost:" + port + path);
        uris.add("http://127.0.0.1:" + port + path);
        return List.copyOf(uris);
    }
}
