package org.continuityacademy.continuity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The bundle check covers the labels of labelled enums; the word a position is inside a sentence is checked here. */
class PositionTest {

    @Test
    void every_position_has_its_word_for_sentences_in_the_continuity_bundle() throws IOException {
        var bundle = new Properties();
        try (var in = PositionTest.class.getResourceAsStream("/i18n/continuity.properties")) {
            assertThat(in).isNotNull();
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        for (Position position : Position.values()) {
            assertThat(bundle.getProperty(position.wordKey())).as(position.wordKey()).isNotBlank();
        }
        assertThat(bundle.getProperty(Position.PRIMARY.wordKey())).isEqualTo("primary");
    }
}
