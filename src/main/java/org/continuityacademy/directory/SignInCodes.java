package org.continuityacademy.directory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;
import org.continuityacademy.audit.AuditTrail;
import org.continuityacademy.base.i18n.Messages;
import org.continuityacademy.notifications.ImmediateMail;
import org.continuityacademy.security.Access;
import org.continuityacademy.security.AppUserPrincipal;
import org.continuityacademy.security.CurrentUser;
import org.continuityacademy.security.SecondFactor;
import org.continuityacademy.security.SignInCodeSender;
import org.continuityacademy.security.ScopedToCaller;
import org.continuityacademy.security.NotPersonal;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.ott.DefaultOneTimeToken;
import org.springframework.security.authentication.ott.GenerateOneTimeTokenRequest;
import org.springframework.security.authentication.ott.OneTimeToken;
import org.springframework.security.authentication.ott.OneTimeTokenAuthenticationToken;
import org.springframework.security.authentication.ott.OneTimeTokenService;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The e-mailed second factor, on Spring Security's one-time-token login: a code of eight letters and digits (no
 * look-alikes such as 0/O, 1/I), valid for ten minutes and once, of which only the SHA-256 is stored. A code is only
 * ever issued to, and only accepted from, the person already signed in with their password on this session: it is a
 * second factor, never a way in on its own. Sending a new code ends the earlier ones.
 */
@Service
public class SignInCodes implements OneTimeTokenService, SignInCodeSender {

    static final Duration VALID_FOR = Duration.ofMinutes(10);
    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS").withZone(ZoneOffset.UTC);

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final ImmediateMail mail;
    private final Messages messages;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    SignInCodes(JdbcClient jdbc, Accounts accounts, ImmediateMail mail, Messages messages, CurrentUser currentUser, AuditTrail audit,
                Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.mail = mail;
        this.messages = messages;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * E-mails a new code to the signed-in person (who has shown a password and now needs a second factor).
     * Returns the address it went to, masked ("s…@harbourline.example"), or null when the mail server refused.
     */
    @PreAuthorize("hasAuthority('" + SecondFactor.NEEDED + "')")
    @Transactional
    @Override
    public @Nullable String sendToMe() {
        AppUserPrincipal me = currentUser.require();
        Account account = accounts.findById(me.accountId()).orElseThrow();
        String email = account.getEmail();
        if (email == null || email.isBlank()) {
            throw new IllegalStateException(messages.get("second-factor.code.no-email"));
        }
        String code = newCode();
        Instant now = clock.instant();
        jdbc.sql("update sign_in_code set used_at = ? where account_id = ? and used_at is null")
                .params(UTC.format(now), account.getId()).update();
        jdbc.sql("""
                insert into sign_in_code (id, account_id, username, code_hash, created_at, expires_at)
                values (nextval(sign_in_code_seq), ?, ?, ?, ?, ?)
                """).params(account.getId(), account.getUsername(), hash(code), UTC.format(now), UTC.format(now.plus(VALID_FOR))).update();
        audit.record("sign-in code sent", "account", String.valueOf(account.getId()), account.getUsername() + ": a sign-in code by e-mail",
                null, null);
        Locale locale = messages.currentLocale();
        boolean sent = mail.send(email, locale, messages.get(locale, "second-factor.mail.subject"),
                messages.get(locale, "second-factor.mail.body", code, VALID_FOR.toMinutes()));
        return sent ? mask(email) : null;
    }

    /** Spring's code request endpoint: codes are only sent from the second-factor page, so this issues nothing usable. */
    @Override
    @PreAuthorize("permitAll()")
    @NotPersonal("Spring's code request issues a throw-away token that no sign-in accepts, and touches nothing")
    public OneTimeToken generate(GenerateOneTimeTokenRequest request) {
        return new DefaultOneTimeToken(HexFormat.of().formatHex(random.generateSeed(16)), request.getUsername(), clock.instant());
    }

    /** Accepts a code once, within its ten minutes, from the session of the person it was sent to; anything else: null. */
    @Override
    @PreAuthorize("permitAll()")
    @ScopedToCaller("a code is accepted only from the session of the person it was sent to")
    @Transactional
    public @Nullable OneTimeToken consume(OneTimeTokenAuthenticationToken authenticationToken) {
        String typed = authenticationToken.getTokenValue() == null ? "" : authenticationToken.getTokenValue();
        String code = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        var current = SecurityContextHolder.getContext().getAuthentication();
        if (code.isEmpty() || current == null || !(current.getPrincipal() instanceof AppUserPrincipal me)) {
            return null;
        }
        Instant now = clock.instant();
        int taken = jdbc.sql("""
                update sign_in_code set used_at = ?
                where code_hash = ? and username = ? and used_at is null and expires_at > ?
                """).params(UTC.format(now), hash(code), me.getUsername(), UTC.format(now)).update();
        if (taken != 1) {
            return null;
        }
        return new DefaultOneTimeToken(code, me.getUsername(), now);
    }

    private String newCode() {
        var code = new StringBuilder(8);
        for (int i = 0; i < 8; i++) {
            code.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }

    static String hash(String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String mask(String email) {
        int at = email.indexOf('@');
        return at <= 1 ? email : email.charAt(0) + "…" + email.substring(at);
    }
}
