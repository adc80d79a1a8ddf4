package org.continuityacademy.security;

import java.io.Serial;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The signed-in person: their account, the employee it belongs to (if any) and their app roles.
 * Kept in the HTTP session, so it holds ids and names only, never entities.
 */
public final class AppUserPrincipal implements UserDetails, CredentialsContainer, OidcUser {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long accountId;
    private final @Nullable Long employeeId;
    private final String username;
    private final String displayName;
    private @Nullable String passwordHash;
    private final Set<AppRole> roles;
    private final boolean enabled;
    /** Set when the person signed in through single sign-on: the provider's ID token and user info. */
    private final @Nullable OidcIdToken idToken;
    private final @Nullable OidcUserInfo userInfo;
    /** Set when the account's password must be changed before anything else (the first administrator's generated one). */
    private final boolean passwordChangeRequired;

    public AppUserPrincipal(long accountId, @Nullable Long employeeId, String username, String displayName,
                            @Nullable String passwordHash, Set<AppRole> roles, boolean enabled) {
        this(accountId, employeeId, username, displayName, passwordHash, roles, enabled, false);
    }

    public AppUserPrincipal(long accountId, @Nullable Long employeeId, String username, String displayName,
                            @Nullable String passwordHash, Set<AppRole> roles, boolean enabled, boolean passwordChangeRequired) {
        this.passwordChangeRequired = passwordChangeRequired;
        this.accountId = accountId;
        this.employeeId = employeeId;
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(AppRole.class) : EnumSet.copyOf(roles);
        this.enabled = enabled;
        this.idToken = null;
        this.userInfo = null;
    }

    private AppUserPrincipal(AppUserPrincipal local, OidcIdToken idToken, @Nullable OidcUserInfo userInfo) {
        this.accountId = local.accountId;
        this.employeeId = local.employeeId;
        this.username = local.username;
        this.displayName = local.displayName;
        this.passwordHash = null;
        this.roles = local.roles.isEmpty() ? EnumSet.noneOf(AppRole.class) : EnumSet.copyOf(local.roles);
        this.enabled = local.enabled;
        this.idToken = idToken;
        this.userInfo = userInfo;
        this.passwordChangeRequired = false;
    }

    /** The same person, signed in through single sign-on with this ID token. */
    public AppUserPrincipal signedInWith(OidcIdToken token, @Nullable OidcUserInfo info) {
        return new AppUserPrincipal(this, token, info);
    }

    /** Whether the person signed in through single sign-on rather than with a local password. */
    public boolean viaSingleSignOn() {
        return idToken != null;
    }

    /**
     * Whether the account had to change its password when the person signed in (checked again against the account
     * before acting on it: the flag here is from the moment of sign-in).
     */
    public boolean passwordChangeRequired() {
        return passwordChangeRequired;
    }

    public long accountId() {
        return accountId;
    }

    public @Nullable Long employeeId() {
        return employeeId;
    }

    public String displayName() {
        return displayName;
    }

    public Set<AppRole> roles() {
        return Set.copyOf(roles);
    }

    public boolean hasRole(AppRole role) {
        return roles.contains(role);
    }

    /** HR, the continuity manager and administrators look people up across the organisation. */
    public boolean isDirectoryStaff() {
        return roles.contains(AppRole.HR) || roles.contains(AppRole.CONTINUITY_MANAGER) || roles.contains(AppRole.ADMIN);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public Map<String, Object> getClaims() {
        return idToken == null ? Map.of() : idToken.getClaims();
    }

    @Override
    public @Nullable OidcUserInfo getUserInfo() {
        return userInfo;
    }

    @Override
    public @Nullable OidcIdToken getIdToken() {
        return idToken;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return getClaims();
    }

    /** The name Spring Security keys the person by: the account's user name, however they signed in. */
    @Override
    public String getName() {
        return username;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AppUserPrincipal that && that.accountId == accountId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(accountId);
    }

    @Override
    public String toString() {
        return "AppUserPrincipal[" + username + ", roles=" + List.copyOf(roles) + "]";
    }
}
