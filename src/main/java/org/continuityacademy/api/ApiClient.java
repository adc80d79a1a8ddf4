package org.continuityacademy.api;

import java.security.Principal;
import java.util.Set;

/**
 * Who calls the API: a token, not a person. It is deliberately not an {@code AppUserPrincipal}, so that
 * nothing meant for people (their own records, a manager's reporting line) applies to it; services
 * recognise it by its scope authorities.
 */
record ApiClient(long tokenId, String tokenName, Set<ApiScope> scopes) implements Principal {

    @Override
    public String getName() {
        return "api-token:" + tokenId;
    }
}
