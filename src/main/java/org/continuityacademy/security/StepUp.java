package org.continuityacademy.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a session's app roles in step with the factors it has shown. For a person who needs a second factor
 * ({@link SecondFactor#requiredFor}), the guarded roles (HR, Administrator) are held back and {@link SecondFactor#NEEDED}
 * is held instead until the session shows a password and a passkey or an e-mailed code; then the roles come back.
 * Runs after the session's security context is loaded and before any authorization decision, on every request,
 * so Vaadin's view checks and every service's method security see the same roles.
 */
final class StepUp extends OncePerRequestFilter {

    private final SecondFactor secondFactor;
    private final SecurityContextRepository repository;
    private final UserDetailsService users;

    StepUp(SecondFactor secondFactor, SecurityContextRepository repository, UserDetailsService users) {
        this.secondFactor = secondFactor;
        this.repository = repository;
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var strategy = SecurityContextHolder.getContextHolderStrategy();
        Authentication current = strategy.getContext().getAuthentication();
        AppUserPrincipal person = current == null || !current.isAuthenticated() ? null : person(current);
        if (person != null) {
            Authentication stepped = step(current, person);
            if (stepped != current) {
                var context = strategy.createEmptyContext();
                context.setAuthentication(stepped);
                strategy.setContext(context);
                repository.saveContext(context, request, response);
            }
        }
        chain.doFilter(request, response);
    }

    /**
     * The app's person behind a sign-in: the principal itself, or, after a passkey (whose sign-in names the passkey's
     * user entity), the account of that user name.
     */
    private @Nullable AppUserPrincipal person(Authentication current) {
        if (current.getPrincipal() instanceof AppUserPrincipal person) {
            return person;
        }
        if (current.getPrincipal() instanceof PublicKeyCredentialUserEntity passkeyUser
                && users.loadUserByUsername(passkeyUser.getName()) instanceof AppUserPrincipal person) {
            return person;
        }
        return null;
    }

    /** The authentication with the roles its factors allow; the same object when nothing changes. */
    Authentication step(Authentication current, AppUserPrincipal person) {
        Set<String> guarded = secondFactor.requiredFor(person)
                ? person.roles().stream().filter(secondFactor.guardedRoles()::contains).map(AppRole::authority).collect(Collectors.toSet())
                : Set.of();
        var authorities = new LinkedHashSet<GrantedAuthority>(current.getAuthorities());
        if (guarded.isEmpty() || SecondFactor.given(authorities)) {
            authorities.removeIf(a -> SecondFactor.NEEDED.equals(a.getAuthority()));
            guarded.forEach(role -> {
                if (!SecondFactor.has(authorities, role)) {
                    authorities.add(new SimpleGrantedAuthority(role));
                }
            });
        } else {
            authorities.removeIf(a -> guarded.contains(a.getAuthority()));
            if (!SecondFactor.has(authorities, SecondFactor.NEEDED)) {
                authorities.add(new SimpleGrantedAuthority(SecondFactor.NEEDED));
            }
        }
        if (authorities.equals(new LinkedHashSet<>(current.getAuthorities())) && current.getPrincipal() == person) {
            return current;
        }
        List<GrantedAuthority> list = new ArrayList<>(authorities);
        var stepped = UsernamePasswordAuthenticationToken.authenticated(person, null, list);
        stepped.setDetails(current.getDetails());
        return stepped;
    }
}
