package org.continuityacademy.security;

import java.io.Serial;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person: their account, the employee it belongs to (if any) and their app roles.
 * Kept in the HTTP session, so it holds ids and names only, never entities.
 */
public final class AppUserPrincipal implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long accountId;
    private final @Nullable Long employeeId;
    private final String username;
    private final String displayName;
    private @Nullable String passwordHash;
    private final Set<AppRole> roles;
    private final boolean enabled;

    public AppUserPrincipal(long accountId, @Nullable Long employeeId, String username, String displayName,
                            @Nullable String passwordHash, Set<AppRole> roles, boolean enabled) {
        this.accountId = accountId;
        this.employeeId = employeeId;
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(AppRole.class) : EnumSet.copyOf(roles);
        this.enabled = enabled;
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
