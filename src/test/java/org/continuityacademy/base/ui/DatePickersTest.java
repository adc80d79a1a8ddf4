package org.continuityacademy.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every date picker in the code is localised: one left alone shows whatever date format the browser picks. */
class DatePickersTest {

    @Test
    void every_date_picker_is_made_through_date_pickers() throws IOException {
        Pattern bare = Pattern.compile("(?<!DatePickers\\.localised\\()new DatePicker\\(");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String text = Files.readString(file);
                if (bare.matcher(text).find()) {
                    found.add(file.toString());
                }
            }
        }
        assertThat(found).as("use DatePickers.localised(new DatePicker(...))").isEmpty();
    }
}
