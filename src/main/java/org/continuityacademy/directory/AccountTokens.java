package org.continuityacademy.directory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.ott.DefaultOneTimeToken;
import org.springframework.security.authentication.ott.GenerateOneTimeTokenRequest;
import org.springframework.security.authentication.ott.InvalidOneTimeTokenException;
import org.springframework.security.authentication.ott.OneTimeToken;
import org.springframework.security.authentication.ott.OneTimeTokenAuthenticationToken;
import org.springframework.security.authentication.ott.OneTimeTokenService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Spring Security's {@link OneTimeTokenService} over the {@code account_token} table, for the links to the
 * set-password page. A token is 256 random bits ({@link SecureRandom}), written as 43 base64url characters; only its
 * SHA-256 is stored, and a token is found by looking its hash up (a fast hash is right here: nobody can guess their
 * way to a preimage of 256 random bits, and bcrypt would need a scan).
 * <p>
 * Unlike Spring's own services, a link is first <em>asked for</em> ({@link #request}: the row, its expiry, older
 * open links of the account and purpose revoked) and gets its token only when its e-mail is sent
 * ({@link #generate} with an {@link Issue}), so the token never rests anywhere, the outbox included. Issuing again
 * (a retried send) replaces the hash: only the newest e-mail's link works. {@link #consume} uses a link up.
 */
@Component
class AccountTokens implements OneTimeTokenService {

    /** What a token looks like: anything else is refused before the database is asked. */
    static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final AccountTokenRepository tokens;
    private final Accounts accounts;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    AccountTokens(AccountTokenRepository tokens, Accounts accounts, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.clock = clock;
    }

    /**
     * Asks for a link: revokes the account's open links of this purpose and writes a new one, without a token yet.
     * Runs in the caller's transaction, with the e-mail that will carry the link.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    AccountToken request(Account account, TokenPurpose purpose, String requestedBy) {
        Instant now = clock.instant();
        long accountId = requireId(account);
        tokens.findOpen(accountId, purpose, now).forEach(open -> open.revoke(now));
        return tokens.saveAndFlush(new AccountToken(accountId, purpose, requestedBy, now));
    }

    /** Makes the token of a link asked for earlier: {@code generate(new Issue(username, tokenId))}. */
    static final class Issue extends GenerateOneTimeTokenRequest {

        private final long tokenId;

        Issue(String username, long tokenId) {
            super(username, Duration.ofMinutes(1));
            this.tokenId = tokenId;
        }

        long tokenId() {
            return tokenId;
        }
    }

    /**
     * Makes a new token for a link that was asked for and still works, and stores its hash; the token is returned
     * once, to be put in the e-mail. A link that was used, revoked or has expired, or whose account is disabled or
     * is not the one named, gets none ({@link InvalidOneTimeTokenException}).
     */
    @Override
    @Transactional
    public OneTimeToken generate(GenerateOneTimeTokenRequest request) {
        if (!(request instanceof Issue issue)) {
            throw new UnsupportedOperationException("Account links are asked for first (AccountTokens.request), then issued");
        }
        Instant now = clock.instant();
        AccountToken link = tokens.findById(issue.tokenId()).filter(t -> t.isOpen(now))
                .orElseThrow(() -> new InvalidOneTimeTokenException("The link " + issue.tokenId() + " no longer works"));
        Account account = accounts.findById(link.getAccountId()).filter(Account::isEnabled)
                .filter(a -> a.getUsername().equals(issue.getUsername()))
                .orElseThrow(() -> new InvalidOneTimeTokenException("The account of link " + issue.tokenId() + " cannot use it"));
        byte[] bits = new byte[32];
        random.nextBytes(bits);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
        link.issue(hash(token), now);
        tokens.saveAndFlush(link);
        return new DefaultOneTimeToken(token, account.getUsername(), link.getExpiresAt());
    }

    /**
     * Uses a link up, in the caller's transaction: the token's link is marked used and the account's user name
     * returned; a token that is unknown, malformed, used, revoked or expired gives {@code null} and changes nothing.
     */
    @Override
    @Transactional
    public @Nullable OneTimeToken consume(OneTimeTokenAuthenticationToken authenticationToken) {
        String token = authenticationToken.getTokenValue();
        Instant now = clock.instant();
        Optional<AccountToken> link = lockOpen(token);
        if (link.isEmpty()) {
            return null;
        }
        Optional<Account> account = accounts.findById(link.get().getAccountId());
        if (account.isEmpty()) {
            return null;
        }
        link.get().use(now);
        tokens.saveAndFlush(link.get());
        return new DefaultOneTimeToken(token, account.get().getUsername(), link.get().getExpiresAt());
    }

    /** The link of a token while it works, without using it up (to show the set-password page). */
    @Transactional(readOnly = true)
    Optional<AccountToken> findOpen(@Nullable String token) {
        if (token == null || !FORMAT.matcher(token).matches()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tokens.findByTokenHash(hash(token)).filter(t -> t.isOpen(now));
    }

    /** The link of a token while it works, locked for the rest of the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    Optional<AccountToken> lockOpen(@Nullable String token) {
        if (token == null || !FORMAT.matcher(token).matches()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tokens.lockByTokenHash(hash(token)).filter(t -> t.isOpen(now));
    }

    /** SHA-256 of the token's text, as 64 hex digits. */
    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    private static long requireId(Account account) {
        Long id = account.getId();
        if (id == null) {
            throw new IllegalStateException("The account must be saved before a link is asked for");
        }
        return id;
    }
}
