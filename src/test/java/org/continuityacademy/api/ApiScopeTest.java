package org.continuityacademy.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.stream.Stream;
import org.continuityacademy.base.i18n.Messages;
import org.junit.jupiter.api.Test;

/** Administrators choose a token's scopes by their label and description: both are in the api bundle for every scope. */
class ApiScopeTest {

    @Test
    void every_scope_has_a_label_and_a_description() throws IOException {
        var bundle = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/i18n/api.properties"), StandardCharsets.UTF_8)) {
            bundle.load(in);
        }
        assertThat(Arrays.stream(ApiScope.values()).flatMap(s -> Stream.of(Messages.labelKey(s), Messages.labelKey(s) + ".description")))
                .allSatisfy(key -> assertThat(bundle.getProperty(key)).as(key).isNotBlank());
    }

    @Test
    void a_scope_is_found_by_the_name_stored_with_a_token() {
        assertThat(ApiScope.byId("training-records")).contains(ApiScope.TRAINING_RECORDS);
        assertThat(ApiScope.byId("everything")).isEmpty();
    }
}
