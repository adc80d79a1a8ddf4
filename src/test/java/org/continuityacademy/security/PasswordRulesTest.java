package org.continuityacademy.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.continuityacademy.security.PasswordRules.Owner;
import org.continuityacademy.security.PasswordRules.Problem;
import org.junit.jupiter.api.Test;

/** The password rules after NIST SP 800-63B, with the bundled list of common passwords. */
class PasswordRulesTest {

    static final PasswordRules rules = new PasswordRules();
    static final Owner LENA = new Owner("lena.novak@harbourline.example", "lena.novak@harbourline.example",
            List.of("Lena Novak", "Lena", "Novak"));

    private static List<String> problems(String password) {
        return rules.check(password, LENA).stream().map(Problem::key).toList();
    }

    @Test
    void the_bundled_list_holds_at_least_ten_thousand_common_passwords() {
        assertThat(rules.commonPasswords()).isGreaterThanOrEqualTo(10_000);
    }

    @Test
    void a_long_passphrase_without_composition_rules_passes() {
        assertThat(problems("correct horse battery staple")).isEmpty();
        assertThat(problems("all lower case and no digits")).isEmpty();
        // exactly 15 characters is enough
        assertThat(problems("tulip-harbour-9")).isEmpty();
    }

    @Test
    void fourteen_characters_are_too_few_and_the_message_says_how_many_are_needed() {
        var found = rules.check("tulip-harbour9", LENA);
        assertThat(found).extracting(Problem::key).containsExactly("password.rule.too-short");
        assertThat(found.getFirst().arguments()).containsExactly(15, 14);
        assertThat(problems("")).containsExactly("password.rule.too-short");
    }

    @Test
    void more_than_128_characters_are_too_many() {
        assertThat(problems("a quiet harbour ".repeat(8))).isEmpty();
        assertThat(problems("a quiet harbour ".repeat(8) + "x")).containsExactly("password.rule.too-long");
    }

    @Test
    void characters_are_counted_as_code_points_so_emoji_and_accents_count_once() {
        // 15 code points, 16 UTF-16 units (one emoji): enough
        assertThat(problems("pölsa och 🐟 sju")).isEmpty();
        // 14 code points though 15 UTF-16 units: too short
        assertThat(rules.check("pölsa och 🐟 sj", LENA).getFirst().arguments()).containsExactly(15, 14);
    }

    @Test
    void passwords_in_the_common_list_are_refused_whatever_their_case() {
        assertThat(rules.check("password", LENA)).extracting(Problem::key).contains("password.rule.common");
        assertThat(rules.check("QWERTY", LENA)).extracting(Problem::key).contains("password.rule.common");
        // the list's one entry of 15 characters or more: long enough, refused all the same
        assertThat(problems("films+pic+galeries")).containsExactly("password.rule.common");
    }

    @Test
    void one_character_or_a_short_piece_or_a_common_password_repeated_is_refused() {
        assertThat(problems("aaaaaaaaaaaaaaaaaaaa")).containsExactly("password.rule.repeated");
        assertThat(problems("abcabcabcabcabcabc")).containsExactly("password.rule.repeated");
        assertThat(problems("passwordpassword")).containsExactly("password.rule.repeated");
        assertThat(problems("qwertyqwertyqwerty")).containsExactly("password.rule.repeated");
        // a longer uncommon piece twice is a passphrase, not a pattern
        assertThat(problems("harbour tulip harbour tulip ")).isEmpty();
    }

    @Test
    void the_user_name_the_address_or_its_local_part_inside_is_refused() {
        assertThat(problems("my lena.novak@harbourline.example pw")).contains("password.rule.user-name");
        assertThat(problems("xx lena.novak is the best")).contains("password.rule.user-name");
        var admin = new Owner("admin", null, List.of("Administrator"));
        assertThat(rules.check("admin is who I am today", admin)).extracting(Problem::key).containsExactly("password.rule.user-name");
    }

    @Test
    void the_persons_name_or_part_of_it_inside_is_refused_in_any_case() {
        assertThat(problems("i am NOVAK and proud of it")).containsExactly("password.rule.name");
        assertThat(problems("lenalenalenalena1")).contains("password.rule.name");
        // parts shorter than three letters are not looked for
        var al = new Owner("al@example.org", "al@example.org", List.of("Al Xu", "Al", "Xu"));
        assertThat(rules.check("totally albatross wings", al)).isEmpty();
    }

    @Test
    void every_problem_is_reported_at_once() {
        assertThat(problems("novak")).containsExactlyInAnyOrder("password.rule.too-short", "password.rule.name");
    }
}
