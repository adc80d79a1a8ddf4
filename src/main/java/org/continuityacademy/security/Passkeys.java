package org.continuityacademy.security;

import java.net.URI;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.management.JdbcPublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;

/**
 * Passkeys (Spring Security's WebAuthn support) kept in the database, so every node knows them (the credentials'
 * store, which audits each change, is the directory's). The relying party
 * is the host of {@code BASE_URL}; the browser's origin must be {@code BASE_URL}'s, or the app's own address on
 * this host while it runs on a port chosen at start (tests).
 */
@Configuration(proxyBeanMethods = false)
class Passkeys {

    static final String RP_NAME = "Continuity Academy";

    @Bean
    PublicKeyCredentialUserEntityRepository passkeyUsers(JdbcOperations jdbc) {
        return new JdbcPublicKeyCredentialUserEntityRepository(jdbc);
    }

    @Bean
    WebAuthnRelyingPartyOperations passkeyRelyingParty(PublicKeyCredentialUserEntityRepository users, UserCredentialRepository credentials,
                                                       @Value("${academy.base-url}") String baseUrl, Environment environment) {
        var rp = PublicKeyCredentialRpEntity.builder().id(URI.create(baseUrl).getHost()).name(RP_NAME).build();
        return new Webauthn4JRelyingPartyOperations(users, credentials, rp, new Origins(baseUrl, environment));
    }

    /** The origins a passkey ceremony may come from, read when it happens (the app's port is known only once it listens). */
    static final class Origins extends AbstractSet<String> {

        private final String baseUrl;
        private final Environment environment;

        Origins(String baseUrl, Environment environment) {
            this.baseUrl = baseUrl;
            this.environment = environment;
        }

        private Set<String> now() {
            var origins = new LinkedHashSet<String>();
            URI base = URI.create(baseUrl);
            origins.add(base.getScheme() + "://" + base.getAuthority());
            String port = environment.getProperty("local.server.port");
            if (port != null) {
                origins.add(base.getScheme() + "://" + base.getHost() + ":" + port);
            }
            return origins;
        }

        @Override
        public Iterator<String> iterator() {
            return now().iterator();
        }

        @Override
        public int size() {
            return now().size();
        }
    }
}
