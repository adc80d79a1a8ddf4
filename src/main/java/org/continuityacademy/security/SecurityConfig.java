package org.continuityacademy.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import jakarta.servlet.Filter;
import java.util.EnumSet;
import java.util.List;
import com.vaadin.flow.spring.SpringServlet;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.Ordered;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import jakarta.servlet.DispatcherType;
import org.continuityacademy.security.ui.LoginView;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.util.ReflectionUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpMethod;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import com.vaadin.flow.spring.security.RequestUtil;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.config.Customizer;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.DelegatingAccessDeniedHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.authentication.ott.OneTimeTokenService;
import org.springframework.security.config.annotation.authorization.EnableMultiFactorAuthentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AbstractAuthenticationProcessingFilter;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.ott.OneTimeTokenGenerationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * Web and method security. Views are denied unless annotated; service methods say who may call them
 * with {@code @PreAuthorize} and the expressions in {@link Access}.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
// no factor is required everywhere; this keeps each sign-in step's factors together on one session (SecondFactor)
@EnableMultiFactorAuthentication(authorities = {})
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SingleSignOn sso,
                                            ObjectProvider<OAuth2UserService<OidcUserRequest, OidcUser>> ssoAccounts,
                                            SignInThrottle throttle, SecondFactor secondFactor, OneTimeTokenService signInCodes,
                                            OneTimeTokenGenerationSuccessHandler signInCodeSent, UserDetailsService users,
                                            SignedInSessions sessions, RequestUtil vaadinRequests,
                                            PageHeaders pageHeaders) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                // an error answer keeps its status: the heartbeat of a tab whose session ended gets Vaadin's 403
                // (and the tab says the session has ended), not a redirect to the sign-in page that reads as 200
                .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                // images of training modules, for anyone signed in (the catalogue checks again)
                .requestMatchers("/content-assets/**", "/certificates/**").authenticated()
                // evidence pack files: HR and the continuity manager only (EvidencePacks checks again)
                .requestMatchers("/evidence-packs/*/pdf", "/evidence-packs/*/csv")
                .hasAnyRole(AppRoles.CONTINUITY_MANAGER, AppRoles.HR)
                // the passkey ceremony's script, for the second-factor page; the functions Vaadin's client would
                // otherwise build from text (every page, before sign-in too: PageHeaders)
                .requestMatchers("/js/passkeys.js", PageHeaders.NO_EVAL_SCRIPT).permitAll()
                // saving a new passkey (Spring's filter for it sits after the authorization check): the person signed in
                .requestMatchers(HttpMethod.POST, "/webauthn/register").authenticated());
        // second factors: a passkey, or a one-time code by e-mail (entered on the second-factor page, checked at /login/ott)
        http.webAuthn(passkeys -> passkeys.rpName(Passkeys.RP_NAME).disableDefaultRegistrationPage(true));
        http.oneTimeTokenLogin(codes -> codes
                .tokenService(signInCodes)
                .tokenGenerationSuccessHandler(signInCodeSent)
                .showDefaultSubmitPage(false)
                // the sign-in page stays the app's own (without this, Spring would serve its generated one at /login)
                .loginPage("/login")
                // after loginPage, or the code would be checked at POST /login, the password form's address
                .loginProcessingUrl("/login/ott")
                .authenticationFailureHandler(new SimpleUrlAuthenticationFailureHandler("/second-factor?code=wrong")));
        // app roles follow the factors shown: HR and Administrator only after the second factor
        http.addFilterBefore(new StepUp(secondFactor, new HttpSessionSecurityContextRepository(), users), AuthorizationFilter.class);
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
        // every sign-in joins the node's sessions of its account; an ended session is refused on its next request
        http.sessionManagement(management -> management.addSessionAuthenticationStrategy(new SessionStamp(sessions)));
        http.addFilterAfter(new EndedSessionFilter(sessions), SecurityContextHolderFilter.class);
        // Vaadin's own CSRF set-up also exempts the sign-in form's address, which made a forged sign-in possible (login CSRF):
        // its form sends the token (from the page's meta tags), so only Vaadin's internal requests are exempt, which carry
        // a token of Vaadin's own
        http.with(vaadin(), vaadin -> vaadin.loginView(LoginView.class).enableCsrfConfiguration(false));
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        // after Vaadin's configurer, whose set-up of the form login must come first (or Spring's default login page appears)
        http.formLogin(form -> form.failureHandler(new SignInFailure(throttle)));
        http.exceptionHandling(errors -> errors
                // "/login", not "http://<Host header>/login": an address never comes from the request's Host header
                .authenticationEntryPoint(relativeLoginPage())
                // a sign-in form kept open past the session's end holds a token that no longer counts: a fresh page
                .accessDeniedHandler(new DelegatingAccessDeniedHandler(
                        new LinkedHashMap<>(Map.of(CsrfException.class, SignInPageExpired.HANDLER)), new AccessDeniedHandlerImpl())));
        // Spring's default headers, except those SecurityHeaders writes (Vaadin's bootstrap page gets them from PageHeaders)
        http.headers(headers -> headers.defaultsDisabled()
                .cacheControl(Customizer.withDefaults())
                .addHeaderWriter(pageHeaders.headers()));
        SecurityFilterChain chain = http.build();
        var current = new GlobalContextStrategy();
        for (Filter filter : chain.getFilters()) {
            // each sign-in step adds its factor to the session's sign-in instead of replacing it (what
            // @EnableMultiFactorAuthentication does for the filters it sees; the passkey and code filters it may not)
            if (filter instanceof AbstractAuthenticationProcessingFilter processing) {
                processing.setMfaEnabled(true);
            } else if (filter instanceof AuthenticationFilter authenticating) {
                authenticating.setMfaEnabled(true);
            }
            Method setter = ReflectionUtils.findMethod(filter.getClass(), "setSecurityContextHolderStrategy", SecurityContextHolderStrategy.class);
            if (setter != null) {
                ReflectionUtils.invokeMethod(setter, filter, current);
                continue;
            }
            // some filters (the passkey options endpoints) take the strategy of the moment they are made and offer no setter
            Field field = ReflectionUtils.findField(filter.getClass(), "securityContextHolderStrategy", SecurityContextHolderStrategy.class);
            if (field != null) {
                ReflectionUtils.makeAccessible(field);
                ReflectionUtils.setField(field, filter, current);
            }
        }
        return chain;
    }

    /** Before everything else, for every dispatch: redirects within the app never name the Host header's host. */
    @Bean
    FilterRegistrationBean<RelativeRedirects> relativeRedirects() {
        var registration = new FilterRegistrationBean<>(new RelativeRedirects());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setDispatcherTypes(EnumSet.allOf(DispatcherType.class));
        return registration;
    }

    /**
     * The headers of Vaadin's answers, which Spring Boot forwards to its servlet by name ({@link ForwardedHeaders}): the
     * filter is mapped to that servlet, for forwards.
     */
    @Bean
    FilterRegistrationBean<ForwardedHeaders> forwardedHeaders(PageHeaders pageHeaders,
                                                              List<ServletRegistrationBean<?>> servlets) {
        var registration = new FilterRegistrationBean<>(new ForwardedHeaders(pageHeaders.headers()));
        registration.setDispatcherTypes(EnumSet.of(DispatcherType.FORWARD));
        registration.setServletRegistrationBeans(servlets.stream()
                .filter(servlet -> servlet.getServlet() instanceof SpringServlet).toList());
        return registration;
    }

    private static LoginUrlAuthenticationEntryPoint relativeLoginPage() {
        var entryPoint = new LoginUrlAuthenticationEntryPoint("/login");
        entryPoint.setFavorRelativeUris(true);
        return entryPoint;
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
