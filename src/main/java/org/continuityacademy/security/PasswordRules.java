package org.continuityacademy.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What a password must be, after NIST SP 800-63B (a password that is the only factor): at least
 * {@value #MIN_LENGTH} and at most {@value #MAX_LENGTH} characters (Unicode code points, spaces count); no composition
 * rules (no "one digit and one capital"); not one of the {@code security/common-passwords.txt} list (any case), nor
 * such a password or a few characters repeated; not containing the person's user name, e-mail address (or its part
 * before the @) or name. Every place that sets a password asks here first, and shows every problem found, in the
 * person's language: a {@link Problem} is a message key of the security bundle with its arguments.
 */
@Component
public class PasswordRules {

    public static final int MIN_LENGTH = 15;
    public static final int MAX_LENGTH = 128;
    /** Shorter parts of a name or user name are not looked for ("Al" may be in a good password). */
    static final int MIN_PART = 3;
    /** A piece this short repeated ("abab…", "1231231…") is refused whatever it is. */
    static final int SHORT_PIECE = 4;
    static final String LIST = "/security/common-passwords.txt";

    private final Set<String> common;

    /** The rules with the bundled list of common passwords. */
    public PasswordRules() {
        this(bundledList());
    }

    PasswordRules(Set<String> common) {
        this.common = Set.copyOf(common);
    }

    /** Whose password it is: what it must not contain. */
    public record Owner(String username, @Nullable String email, List<String> names) {

        public Owner {
            names = names.stream().filter(Objects::nonNull).toList();
        }
    }

    /** What is wrong with a password: a message key (security bundle) and its arguments. */
    public record Problem(String key, List<Object> arguments) {

        static Problem of(String key, Object... arguments) {
            return new Problem(key, List.of(arguments));
        }

        public Object[] args() {
            return arguments.toArray();
        }
    }

    /** How many passwords the common list holds. */
    public int commonPasswords() {
        return common.size();
    }

    /** Every problem of the password; empty when it may be used. */
    public List<Problem> check(String password, Owner owner) {
        var problems = new ArrayList<Problem>();
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            problems.add(Problem.of("password.rule.too-short", MIN_LENGTH, length));
        }
        if (length > MAX_LENGTH) {
            problems.add(Problem.of("password.rule.too-long", MAX_LENGTH, length));
        }
        if (length == 0) {
            return problems;
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower) || common.contains(lower.strip())) {
            problems.add(Problem.of("password.rule.common"));
        } else if (repeated(lower)) {
            problems.add(Problem.of("password.rule.repeated"));
        }
        if (containsAny(lower, userNameParts(owner))) {
            problems.add(Problem.of("password.rule.user-name"));
        }
        if (containsAny(lower, nameParts(owner.names()))) {
            problems.add(Problem.of("password.rule.name"));
        }
        return problems;
    }

    /**
     * One character repeated ("aaaa…"), a piece of up to {@value #SHORT_PIECE} characters repeated ("abcabc…"), or a
     * common password repeated ("passwordpassword").
     */
    boolean repeated(String lower) {
        int[] points = lower.codePoints().toArray();
        int n = points.length;
        for (int size = 1; size <= n / 2; size++) {
            if (n % size != 0) {
                continue;
            }
            boolean same = true;
            for (int i = size; i < n && same; i++) {
                same = points[i] == points[i - size];
            }
            if (same) {
                String piece = new String(points, 0, size);
                if (size <= SHORT_PIECE || common.contains(piece)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Set<String> userNameParts(Owner owner) {
        var parts = new HashSet<String>();
        for (String name : new String[] {owner.username(), owner.email()}) {
            if (name == null || name.isBlank()) {
                continue;
            }
            String lower = name.strip().toLowerCase(Locale.ROOT);
            parts.add(lower);
            int at = lower.indexOf('@');
            if (at > 0) {
                parts.add(lower.substring(0, at));
            }
        }
        return parts;
    }

    private static Set<String> nameParts(Collection<String> names) {
        var parts = new HashSet<String>();
        for (String name : names) {
            String lower = name.strip().toLowerCase(Locale.ROOT);
            parts.add(lower);
            // "Mary-Jane O'Neill": each word of the name on its own, and the name without its spaces
            parts.add(lower.replaceAll("[\\s]+", ""));
            for (String word : lower.split("[\\s\\-'’.]+")) {
                parts.add(word);
            }
        }
        return parts;
    }

    private static boolean containsAny(String lower, Set<String> parts) {
        return parts.stream().anyMatch(part -> part.codePointCount(0, part.length()) >= MIN_PART && lower.contains(part));
    }

    private static Set<String> bundledList() {
        InputStream in = PasswordRules.class.getResourceAsStream(LIST);
        if (in == null) {
            throw new IllegalStateException("The list of common passwords is missing: " + LIST);
        }
        var passwords = new HashSet<String>();
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .forEach(line -> passwords.add(line.strip().toLowerCase(Locale.ROOT)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return passwords;
    }
}
