package org.continuityacademy.demo.idp;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Test configuration for Harbourline ID's own context: spoils the ID token the provider's token endpoint hands out for
 * chosen people, as a man in the middle or a confused provider would, so the tests can show the app refuses it.
 * Choose with {@link #spoil}; everyone else gets their token untouched.
 */
public class SpoiledTokens {

    /** How an ID token is spoiled. */
    public enum Spoil {
        /** One character of the signature changed: the token was not signed by the provider's key. */
        SIGNATURE,
        /** Signed properly, but for another sign-in: its nonce is not the one the app sent. */
        NONCE
    }

    private static final Map<String, Spoil> CHOSEN = new ConcurrentHashMap<>();

    /** From now on the ID tokens for this e-mail address are spoiled this way. */
    public static void spoil(String email, Spoil how) {
        CHOSEN.put(email.toLowerCase(), how);
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> tokenSpoiler(JWKSource<SecurityContext> keys) {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                var wrapped = new ContentCachingResponseWrapper(response);
                chain.doFilter(request, wrapped);
                byte[] body = wrapped.getContentAsByteArray();
                wrapped.resetBuffer();
                response.getOutputStream().write(spoilt(body, keys));
                response.flushBuffer();
            }
        });
        registration.addUrlPatterns("/oauth2/token");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    private static byte[] spoilt(byte[] body, JWKSource<SecurityContext> keys) {
        try {
            var mapper = JsonMapper.builder().build();
            var json = (ObjectNode) mapper.readTree(body);
            if (json == null || !json.hasNonNull("id_token")) {
                return body;
            }
            SignedJWT token = SignedJWT.parse(json.get("id_token").asString());
            JWTClaimsSet claims = token.getJWTClaimsSet();
            String email = claims.getStringClaim("email");
            Spoil how = email == null ? null : CHOSEN.get(email.toLowerCase());
            if (how == null) {
                return body;
            }
            String spoilt = switch (how) {
                case SIGNATURE -> {
                    String text = token.serialize();
                    char last = text.charAt(text.length() - 10);
                    yield text.substring(0, text.length() - 10) + (last == 'A' ? 'B' : 'A') + text.substring(text.length() - 9);
                }
                case NONCE -> {
                    RSAKey key = (RSAKey) keys.get(new JWKSelector(new JWKMatcher.Builder().privateOnly(true).build()), null).getFirst();
                    var resigned = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                            new JWTClaimsSet.Builder(claims).claim("nonce", "a-nonce-from-another-sign-in").build());
                    resigned.sign(new RSASSASigner(key));
                    yield resigned.serialize();
                }
            };
            json.put("id_token", spoilt);
            return mapper.writeValueAsString(json).getBytes(StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException("Could not spoil the token response", e);
        }
    }
}
