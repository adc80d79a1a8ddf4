package org.continuityacademy.security;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The organisation's single sign-on (OpenID Connect) settings, from environment variables (README, "Single
 * sign-on"). Off unless an issuer is set. The provider's endpoints come from its discovery document.
 */
@Component
public class SingleSignOn {

    /** The registration id, in the redirect address {@code /login/oauth2/code/sso}. */
    public static final String REGISTRATION = "sso";

    private final String issuerUri;
    private final String clientId;
    private final String clientSecret;
    private final String name;
    private final List<String> scopes;
    private final String employeeNumberClaim;
    private final String groupsClaim;
    private final Set<String> hrGroups;
    private final Set<String> continuityManagerGroups;
    private final Set<String> adminGroups;
    private final boolean localFormForEveryone;
    private final Set<String> breakGlassAccounts;

    SingleSignOn(@Value("${academy.sso.issuer-uri:}") String issuerUri,
                 @Value("${academy.sso.client-id:}") String clientId,
                 @Value("${academy.sso.client-secret:}") String clientSecret,
                 @Value("${academy.sso.name:single sign-on}") String name,
                 @Value("${academy.sso.scopes:openid,profile,email}") String scopes,
                 @Value("${academy.sso.employee-number-claim:}") String employeeNumberClaim,
                 @Value("${academy.sso.groups-claim:}") String groupsClaim,
                 @Value("${academy.sso.hr-groups:}") String hrGroups,
                 @Value("${academy.sso.continuity-manager-groups:}") String continuityManagerGroups,
                 @Value("${academy.sso.admin-groups:}") String adminGroups,
                 @Value("${academy.sso.local-sign-in:everyone}") String localSignIn,
                 @Value("${academy.sso.break-glass-accounts:admin}") String breakGlassAccounts) {
        this.issuerUri = issuerUri.strip();
        this.clientId = clientId.strip();
        this.clientSecret = clientSecret.strip();
        this.name = name.strip();
        this.scopes = list(scopes);
        this.employeeNumberClaim = employeeNumberClaim.strip();
        this.groupsClaim = groupsClaim.strip();
        this.hrGroups = Set.copyOf(list(hrGroups));
        this.continuityManagerGroups = Set.copyOf(list(continuityManagerGroups));
        this.adminGroups = Set.copyOf(list(adminGroups));
        String local = localSignIn.strip().toLowerCase(Locale.ROOT);
        if (!local.equals("everyone") && !local.equals("break-glass")) {
            throw new IllegalStateException("LOCAL_SIGN_IN '" + localSignIn + "' is not understood: use everyone or break-glass");
        }
        this.localFormForEveryone = local.equals("everyone");
        this.breakGlassAccounts = list(breakGlassAccounts).stream().map(a -> a.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        if (enabled() && (this.clientId.isEmpty() || this.clientSecret.isEmpty())) {
            throw new IllegalStateException("SSO_ISSUER_URI is set, so single sign-on needs SSO_CLIENT_ID and SSO_CLIENT_SECRET too");
        }
    }

    public boolean enabled() {
        return !issuerUri.isEmpty();
    }

    public String issuerUri() {
        return issuerUri;
    }

    public String clientId() {
        return clientId;
    }

    String clientSecret() {
        return clientSecret;
    }

    /** The provider's name on the sign-in page: "Sign in with …". */
    public String name() {
        return name;
    }

    public List<String> scopes() {
        return scopes;
    }

    /** A claim holding the employee number (Entra's {@code employeeid}), used when set; else the verified e-mail links. */
    public String employeeNumberClaim() {
        return employeeNumberClaim;
    }

    /** A claim listing the person's groups; empty: app roles beyond Learner and Manager are kept in the app. */
    public String groupsClaim() {
        return groupsClaim;
    }

    /** The app roles the provider's groups give: HR, continuity manager and administrator. */
    public Set<AppRole> rolesFor(java.util.Collection<String> groups) {
        var roles = java.util.EnumSet.noneOf(AppRole.class);
        for (String group : groups) {
            if (hrGroups.contains(group)) {
                roles.add(AppRole.HR);
            }
            if (continuityManagerGroups.contains(group)) {
                roles.add(AppRole.CONTINUITY_MANAGER);
            }
            if (adminGroups.contains(group)) {
                roles.add(AppRole.ADMIN);
            }
        }
        return roles;
    }

    /** Whether groups decide the HR, continuity manager and administrator roles. */
    public boolean groupsDecideRoles() {
        return !groupsClaim.isEmpty();
    }

    /** Whether the local user-name and password form is shown to everyone (else only to break-glass accounts). */
    public boolean localFormForEveryone() {
        return !enabled() || localFormForEveryone;
    }

    /** Whether this local account may sign in with a password while the local form is hidden. */
    public boolean isBreakGlass(String username) {
        return breakGlassAccounts.contains(username.strip().toLowerCase(Locale.ROOT));
    }

    private static List<String> list(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
