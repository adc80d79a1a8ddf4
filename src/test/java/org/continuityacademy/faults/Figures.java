package org.continuityacademy.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/** The figures a fault test reports (rows after each kill, e-mails sent, duplicates): printed, and kept in target/faults/figures.txt. */
final class Figures {

    private Figures() {
    }

    static void print(String test, String format, Object... args) {
        String line = "[faults] " + test + ": " + String.format(Locale.ROOT, format, args);
        System.out.println(line);
        try {
            Files.createDirectories(AppNode.OUTPUT);
            Files.writeString(AppNode.OUTPUT.resolve("figures.txt"), line + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
