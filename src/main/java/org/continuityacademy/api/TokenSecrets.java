package org.continuityacademy.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Makes API tokens and their stored hashes. A token is {@code ca_} and 256 random bits in base64url
 * (46 characters): the prefix lets secret scanners and people recognise it.
 * <p>
 * Stored is the SHA-256 of the whole token, not a bcrypt hash: bcrypt's cost protects guessable
 * passwords, but nobody can guess 256 random bits, and a plain digest lets each request find its token
 * with one index lookup instead of checking a slow hash against every token.
 */
final class TokenSecrets {

    static final String PREFIX = "ca_";
    /** How many characters of a token the list shows ("ca_" and seven more). */
    static final int SHOWN_CHARACTERS = 10;

    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenSecrets() {
    }

    static String newToken() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    static String hash(String token) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    static String shown(String token) {
        return token.substring(0, Math.min(SHOWN_CHARACTERS, token.length()));
    }
}
