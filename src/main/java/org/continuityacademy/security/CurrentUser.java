package org.continuityacademy.security;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The person signed in on this request or UI session. */
@Component
public class CurrentUser {

    public Optional<AppUserPrincipal> get() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AppUserPrincipal principal) {
            return Optional.of(principal);
        }
        return Optional.empty();
    }

    /** Whether the caller (a person or an API client) was granted this authority. */
    public boolean hasAuthority(String authority) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(granted -> authority.equals(granted.getAuthority()));
    }

    /** The signed-in person; refuses access when nobody is signed in. */
    public AppUserPrincipal require() {
        return get().orElseThrow(() -> new AccessDeniedException("Nobody is signed in"));
    }
}
