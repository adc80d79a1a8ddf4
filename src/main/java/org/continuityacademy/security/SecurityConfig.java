package org.continuityacademy.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import org.continuityacademy.security.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Web and method security. Views are denied unless annotated; service methods say who may call them
 * with {@code @PreAuthorize} and the expressions in {@link Access}.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                // images of training modules, for anyone signed in (the catalogue checks again)
                .requestMatchers("/content-assets/**", "/certificates/**").authenticated()
                // evidence pack files: HR and the continuity manager only (EvidencePacks checks again)
                .requestMatchers("/evidence-packs/*/pdf", "/evidence-packs/*/csv")
                .hasAnyRole(AppRoles.CONTINUITY_MANAGER, AppRoles.HR));
        http.with(vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }

    /** Delegating encoder: new hashes are bcrypt, and hashes record their algorithm, so it can change later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
