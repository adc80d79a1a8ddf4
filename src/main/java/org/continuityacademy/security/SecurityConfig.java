package org.continuityacademy.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import org.continuityacademy.security.ui.LoginView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import java.util.HashMap;
import java.util.Map;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/**
 * Web and method security. Views are denied unless annotated; service methods say who may call them
 * with {@code @PreAuthorize} and the expressions in {@link Access}.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SingleSignOn sso,
                                            ObjectProvider<OAuth2UserService<OidcUserRequest, OidcUser>> ssoAccounts,
                                            SignInThrottle throttle) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                // images of training modules, for anyone signed in (the catalogue checks again)
                .requestMatchers("/content-assets/**", "/certificates/**").authenticated()
                // evidence pack files: HR and the continuity manager only (EvidencePacks checks again)
                .requestMatchers("/evidence-packs/*/pdf", "/evidence-packs/*/csv")
                .hasAnyRole(AppRoles.CONTINUITY_MANAGER, AppRoles.HR));
        if (sso.enabled()) {
            // the provider's sign-in: authorization code flow with PKCE; the person is linked to their employee record
            http.oauth2Login(login -> login
                    .loginPage("/login")
                    .clientRegistrationRepository(new DiscoveredRegistrations(sso))
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(ssoAccounts.getObject()))
                    .failureHandler(new SingleSignOnFailure()));
        }
        // failed local sign-ins are throttled: a locked account, user name or address is refused before the password is
        // compared (the filter); the failure that locks says "try again later" at once (the handler). The directory counts.
        http.addFilterBefore(new SignInThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class);
        http.with(vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        // after Vaadin's configurer, whose set-up of the form login must come first (or Spring's default login page appears)
        http.formLogin(form -> form.failureHandler(new SignInFailure(throttle)));
        return http.build();
    }

    /**
     * Delegating encoder: hashes record their algorithm, so it can change. New hashes are PBKDF2-HMAC-SHA256 (310,000
     * iterations, Spring Security's 5.8 defaults), not bcrypt: bcrypt reads only the first 72 bytes and Spring's refuses
     * longer passwords, while {@link PasswordRules} allows 128 characters (up to 512 bytes). Earlier bcrypt hashes
     * still match.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        String current = "pbkdf2@SpringSecurity_v5_8";
        Map<String, PasswordEncoder> encoders = new HashMap<>();
        encoders.put(current, Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8());
        encoders.put("bcrypt", new BCryptPasswordEncoder());
        return new DelegatingPasswordEncoder(current, encoders);
    }
}
