package org.continuityacademy.catalogue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.continuityacademy.catalogue.ContentProblem.Phrase;
import org.jspecify.annotations.Nullable;

/**
 * The critical services of the firm the shipped text speaks of, from {@code example-register.yaml}: the figures
 * ({@link ExampleFigures}) module text and questions must keep to. Durations are written as the text says them
 * ("30 minutes", "1 hour", "7 days", "0") and compared in minutes.
 */
record ExampleRegister(List<Service> services) {

    static final String FILE = "example-register.yaml";

    /** One service and its figures; the texts as the file writes them, for the lint's message. */
    record Service(String name, int tier, Figure rto, Figure rpo, Figure mtpd) {

        @Nullable Figure figure(String metric) {
            return switch (metric) {
                case "RTO" -> rto;
                case "RPO" -> rpo;
                case "MTPD" -> mtpd;
                default -> null;
            };
        }
    }

    /** A duration as written and in minutes. */
    record Figure(String text, long minutes) {
    }

    private static final Set<String> FIELDS = Set.of("name", "tier", "rto", "rpo", "mtpd");
    private static final Phrase REGISTER = new Phrase("content.what.example-register");
    private static final Phrase A_SERVICE = new Phrase("content.what.a-service");

    /** A number, in digits or words, as the text writes it. */
    static final String NUMBER = "\\d+|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty-four"
            + "|twenty|thirty|forty-eight|forty-five|forty|sixty|seventy-two|ninety";
    static final String UNIT = "minutes?|mins?|hours?|hrs?|days?|weeks?";
    private static final Pattern DURATION = Pattern.compile("(?i)(" + NUMBER + ")(?:[ -](" + UNIT + "))?");
    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("zero", 0), Map.entry("one", 1),
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("fifteen", 15), Map.entry("twenty", 20), Map.entry("twenty-four", 24),
            Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("forty-five", 45), Map.entry("forty-eight", 48),
            Map.entry("sixty", 60), Map.entry("seventy-two", 72), Map.entry("ninety", 90));

    @Nullable Service service(String name) {
        return services.stream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
    }

    /** A number in digits or words, or -1. */
    static int number(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.chars().allMatch(Character::isDigit) && !lower.isEmpty()) {
            return lower.length() > 6 ? -1 : Integer.parseInt(lower);
        }
        return WORDS.getOrDefault(lower, -1);
    }

    /** Minutes for a number and a unit ("4", "hours"), or -1; without a unit only zero is a duration. */
    static long minutes(String number, @Nullable String unit) {
        int n = number(number);
        if (n < 0) {
            return -1;
        }
        if (unit == null) {
            return n == 0 ? 0 : -1;
        }
        String u = unit.toLowerCase(Locale.ROOT);
        if (u.startsWith("min")) {
            return n;
        }
        if (u.startsWith("h")) {
            return n * 60L;
        }
        if (u.startsWith("d")) {
            return n * 24 * 60L;
        }
        return n * 7 * 24 * 60L;
    }

    /** The minutes of a whole duration text ("1 hour", "0"), or -1. */
    static long minutes(String text) {
        var m = DURATION.matcher(text.strip());
        return m.matches() ? minutes(m.group(1), m.group(2)) : -1;
    }

    /** Reads the file: every problem with its line, a service with a problem left out. */
    static ExampleRegister parse(String text, List<ContentProblem> problems) {
        var yaml = new YamlReader(FILE, 0, problems);
        var root = yaml.parse(text);
        if (root == null) {
            return new ExampleRegister(List.of());
        }
        var top = yaml.mapping(root, REGISTER);
        if (top == null) {
            return new ExampleRegister(List.of());
        }
        yaml.onlyKnownFields(root, top, Set.of("services"), REGISTER);
        var items = yaml.sequence(root, top, "services", REGISTER, true);
        var services = new ArrayList<Service>();
        var names = new HashSet<String>();
        for (var item : items == null ? List.<org.yaml.snakeyaml.nodes.Node>of() : items) {
            int before = problems.size();
            var fields = yaml.mapping(item, A_SERVICE);
            if (fields == null) {
                continue;
            }
            String name = yaml.text(item, fields, "name", A_SERVICE, true);
            Phrase what = name == null ? A_SERVICE : new Phrase("content.what.service", name);
            yaml.onlyKnownFields(item, fields, FIELDS, what);
            if (name != null && !names.add(name)) {
                yaml.problem(fields.get("name"), "content.problem.duplicate-service", name);
            }
            Integer tier = yaml.number(item, fields, "tier", what, true, 1, 9);
            Figure rto = figure(yaml, item, fields, "rto", what);
            Figure rpo = figure(yaml, item, fields, "rpo", what);
            Figure mtpd = figure(yaml, item, fields, "mtpd", what);
            if (problems.size() == before && name != null && tier != null && rto != null && rpo != null && mtpd != null) {
                services.add(new Service(name, tier, rto, rpo, mtpd));
            }
        }
        return new ExampleRegister(List.copyOf(services));
    }

    private static @Nullable Figure figure(YamlReader yaml, org.yaml.snakeyaml.nodes.Node item,
                                           Map<String, org.yaml.snakeyaml.nodes.Node> fields, String key, Phrase what) {
        String text = yaml.text(item, fields, key, what, true);
        if (text == null) {
            return null;
        }
        long minutes = minutes(text);
        if (minutes < 0) {
            yaml.problem(fields.get(key), "content.problem.register-duration", key, what, text);
            return null;
        }
        return new Figure(text, minutes);
    }
}
