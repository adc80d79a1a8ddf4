package org.continuityacademy.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import org.continuityacademy.base.i18n.Messages;
import org.junit.jupiter.api.Test;

/** Administrators choose app roles by their label and description: both are in the security bundle for every role. */
class AppRoleTest {

    @Test
    void every_app_role_has_a_label_and_a_description() throws IOException {
        var bundle = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/i18n/security.properties"), StandardCharsets.UTF_8)) {
            bundle.load(in);
        }
        assertThat(Arrays.stream(AppRole.values()).flatMap(r -> java.util.stream.Stream.of(Messages.labelKey(r),
                Messages.labelKey(r) + ".description"))).allSatisfy(key -> assertThat(bundle.getProperty(key)).as(key).isNotBlank());
    }

    @Test
    void the_authority_is_what_spring_security_checks() {
        assertThat(AppRole.CONTINUITY_MANAGER.authority()).isEqualTo("ROLE_CONTINUITY_MANAGER");
    }
}
