package org.continuityacademy.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The demo company registers exactly the critical services the shipped training speaks of: the text is held to
 * {@code content/example-register.yaml} by the content lint, and this keeps the demo equal to that file, so that
 * neither can drift from the other.
 */
class DemoRegisterTest {

    @Test
    void the_demo_register_is_the_example_register_of_the_shipped_text() throws Exception {
        Map<String, List<Map<String, Object>>> file = new Yaml().load(Files.readString(Path.of("content/example-register.yaml")));
        var example = file.get("services").stream().map(s -> new DemoContinuity.DemoService(String.valueOf(s.get("name")),
                "", (Integer) s.get("tier"), minutes(s.get("rto")), minutes(s.get("rpo")), minutes(s.get("mtpd")))).toList();

        var demo = DemoContinuity.SERVICES.stream().map(s -> new DemoContinuity.DemoService(s.name(), "", s.tier(), s.rtoMinutes(),
                s.rpoMinutes(), s.mtpdMinutes())).toList();

        assertThat(demo).isEqualTo(example);
    }

    /** "30 minutes", "1 hour", "7 days", "0": the register's durations in minutes. */
    private static int minutes(Object figure) {
        String[] parts = String.valueOf(figure).strip().split(" ");
        int n = Integer.parseInt(parts[0]);
        if (parts.length == 1) {
            assertThat(n).as("a duration without a unit is 0").isZero();
            return 0;
        }
        return switch (parts[1].replaceAll("s$", "")) {
            case "minute" -> n;
            case "hour" -> n * 60;
            case "day" -> n * 24 * 60;
            default -> throw new AssertionError("unit of " + figure);
        };
    }
}
