package org.continuityacademy.api;

import org.continuityacademy.security.Access;
import org.continuityacademy.security.SecurityHeaders;
import org.springframework.security.config.Customizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's own security filter chain, ahead of the Vaadin one ({@code security.SecurityConfig}): bearer
 * tokens instead of sessions and sign-in pages, no CSRF protection (no cookies are read, so there is
 * nothing to forge), and each path's scope. The OpenAPI document and Swagger UI are public.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfig {

    static final String[] DOCUMENTATION = {"/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html",
            "/swagger-ui/**"};

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, BearerTokens tokens, JsonMapper json) throws Exception {
        var problems = new ProblemResponses(json);
        http.securityMatcher(matchers())
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(DOCUMENTATION).permitAll()
                        .requestMatchers("/api/v1/coverage", "/api/v1/coverage/**", "/api/v1/services/**")
                        .hasAuthority(Access.SCOPE_REPORTS)
                        .requestMatchers("/api/v1/employees/**").hasAuthority(Access.SCOPE_TRAINING_RECORDS)
                        .requestMatchers("/api/v1/xapi/**").hasAuthority(Access.SCOPE_XAPI)
                        .anyRequest().authenticated())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                // JSON runs nothing: its policy allows nothing; Swagger UI loads only its own files (SecurityHeaders)
                .headers(headers -> headers.defaultsDisabled()
                        .cacheControl(Customizer.withDefaults())
                        .addHeaderWriter(SecurityHeaders.api()))
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .addFilterBefore(new BearerTokenFilter(tokens, problems), AnonymousAuthenticationFilter.class)
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, why) -> problems.unauthorized(request, response))
                        .accessDeniedHandler((request, response, why) -> problems.forbidden(request, response)));
        return http.build();
    }

    private static String[] matchers() {
        var all = new java.util.ArrayList<String>(java.util.List.of("/api/v1/**"));
        all.addAll(java.util.List.of(DOCUMENTATION));
        return all.toArray(String[]::new);
    }
}
