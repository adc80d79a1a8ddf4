package org.continuityacademy.api;

import java.io.Serial;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A request authenticated by a valid API token: its authorities are the token's scopes, and only those. */
final class ApiClientAuthentication extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    private final ApiClient client;

    ApiClientAuthentication(ApiClient client) {
        super(client.scopes().stream().map(s -> new SimpleGrantedAuthority(s.authority())).toList());
        this.client = client;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public ApiClient getPrincipal() {
        return client;
    }
}
