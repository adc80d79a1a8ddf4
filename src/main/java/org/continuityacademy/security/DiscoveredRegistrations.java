package org.continuityacademy.security;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * The provider's registration, read from its discovery document ({@code /.well-known/openid-configuration}) at
 * the first sign-in rather than at start-up: the app starts while the provider is down, and a failed discovery
 * is tried again at the next sign-in. The authorization code flow always uses PKCE, confidential client or not.
 */
final class DiscoveredRegistrations implements ClientRegistrationRepository {

    private static final Logger log = LoggerFactory.getLogger(DiscoveredRegistrations.class);

    private final SingleSignOn settings;
    private volatile @Nullable ClientRegistration registration;

    DiscoveredRegistrations(SingleSignOn settings) {
        this.settings = settings;
    }

    @Override
    public @Nullable ClientRegistration findByRegistrationId(String registrationId) {
        if (!SingleSignOn.REGISTRATION.equals(registrationId) || !settings.enabled()) {
            return null;
        }
        ClientRegistration known = registration;
        if (known == null) {
            synchronized (this) {
                known = registration;
                if (known == null) {
                    known = discover();
                    registration = known;
                }
            }
        }
        return known;
    }

    private ClientRegistration discover() {
        try {
            ClientRegistration found = ClientRegistrations.fromIssuerLocation(settings.issuerUri())
                    .registrationId(SingleSignOn.REGISTRATION)
                    .clientId(settings.clientId())
                    .clientSecret(settings.clientSecret())
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                    .scope(settings.scopes())
                    .clientName(settings.name())
                    .userNameAttributeName("sub")
                    .clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
                    .build();
            log.info("Single sign-on with {} ({}) is ready", settings.name(), settings.issuerUri());
            return found;
        } catch (RuntimeException e) {
            log.warn("Could not read the single sign-on provider's discovery document at {}: {}", settings.issuerUri(), e.getMessage());
            throw new SingleSignOnUnavailable("The sign-in provider " + settings.issuerUri() + " could not be reached", e);
        }
    }

    /** The provider's discovery document could not be read. */
    static final class SingleSignOnUnavailable extends RuntimeException {

        SingleSignOnUnavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
