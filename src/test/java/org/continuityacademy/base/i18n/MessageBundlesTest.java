package org.continuityacademy.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.util.TreeScanner;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;

/**
 * The message bundles in {@code src/main/resources/i18n}: every text is a valid MessageFormat pattern, every
 * language has every key English has, and every key the code names exists.
 * <p>
 * Keys the code names are found in the syntax trees of the main sources: the first string literal given to
 * {@code getTranslation(…)} or {@code Messages.get(…)} ({@code messages.get(locale, "key", …)}),
 * and the values of {@code @PageTitle} and {@code @Menu(title = …)}. Keys put together at run time (an enum's
 * {@code Position.PRIMARY}) are checked through {@link Labelled}: every constant of a labelled enum needs its key.
 */
class MessageBundlesTest {

    static final Path BUNDLES = Path.of("src/main/resources/i18n");
    static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");
    static final Set<String> TRANSLATING_METHODS = Set.of("getTranslation");

    @Test
    void every_text_is_a_message_format_pattern_with_apostrophes_doubled() throws IOException {
        var problems = new ArrayList<String>();
        for (Path file : files()) {
            load(file).forEach((key, text) -> {
                try {
                    new MessageFormat(text);
                } catch (IllegalArgumentException e) {
                    problems.add(file.getFileName() + ": " + key + " is not a MessageFormat pattern: " + e.getMessage());
                }
                if (LONE_APOSTROPHE.matcher(text.replace("''", "")).find()) {
                    problems.add(file.getFileName() + ": " + key + " has a single apostrophe; write it '' (" + text + ")");
                }
            });
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void every_language_has_every_key_that_english_has_and_no_other() throws IOException {
        var problems = new ArrayList<String>();
        for (Path file : files()) {
            String name = file.getFileName().toString();
            if (!name.contains("_")) {
                continue;
            }
            Path english = file.resolveSibling(name.substring(0, name.indexOf('_')) + ".properties");
            assertThat(english).as("the English bundle beside %s", name).exists();
            var base = load(english).keySet();
            var translated = load(file).keySet();
            base.stream().filter(k -> !translated.contains(k)).forEach(k -> problems.add(name + " lacks " + k));
            translated.stream().filter(k -> !base.contains(k)).forEach(k -> problems.add(name + " has " + k + ", which English lacks"));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void no_key_is_in_two_bundles() throws IOException {
        var owner = new TreeMap<String, String>();
        var problems = new ArrayList<String>();
        for (Path file : english()) {
            for (String key : load(file).keySet()) {
                String before = owner.put(key, file.getFileName().toString());
                if (before != null) {
                    problems.add(key + " is in " + before + " and " + file.getFileName());
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void every_key_the_code_names_is_in_the_bundles() throws IOException {
        Set<String> keys = allEnglishKeys();
        var missing = new ArrayList<String>();
        for (var unit : SourceTrees.parse()) {
            new TreeScanner<Void, Void>() {
                @Override
                public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
                    String name = name(call.getMethodSelect());
                    boolean translating = TRANSLATING_METHODS.contains(name)
                            || (name.equals("get") || name.equals("label")) && receiver(call.getMethodSelect()).endsWith("messages");
                    if (translating) {
                        call.getArguments().stream().filter(a -> a instanceof LiteralTree l && l.getValue() instanceof String)
                                .findFirst().map(a -> (String) ((LiteralTree) a).getValue())
                                .filter(key -> !keys.contains(key))
                                .ifPresent(key -> missing.add(unit.relative() + ":" + unit.line(call) + " " + key));
                    }
                    return super.visitMethodInvocation(call, unused);
                }

                @Override
                public Void visitAnnotation(AnnotationTree annotation, Void unused) {
                    String type = annotation.getAnnotationType().toString();
                    for (ExpressionTree argument : annotation.getArguments()) {
                        String attribute = "value";
                        ExpressionTree value = argument;
                        if (argument instanceof AssignmentTree assignment) {
                            attribute = assignment.getVariable().toString();
                            value = assignment.getExpression();
                        }
                        boolean titleKey = type.endsWith("PageTitle") && attribute.equals("value")
                                || type.endsWith("Menu") && attribute.equals("title");
                        if (titleKey && value instanceof LiteralTree literal && !keys.contains((String) literal.getValue())) {
                            missing.add(unit.relative() + ":" + unit.line(annotation) + " " + literal.getValue());
                        }
                    }
                    return super.visitAnnotation(annotation, unused);
                }
            }.scan(unit.tree(), null);
        }
        assertThat(missing).as("keys named in the code but missing from src/main/resources/i18n/*.properties").isEmpty();
    }

    @Test
    void every_constant_of_a_labelled_enum_has_its_label() throws Exception {
        Set<String> keys = allEnglishKeys();
        var scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
                return true;
            }
        };
        scanner.addIncludeFilter(new AssignableTypeFilter(Labelled.class));
        var missing = new ArrayList<String>();
        for (var definition : scanner.findCandidateComponents("org.continuityacademy")) {
            Class<?> type = Class.forName(definition.getBeanClassName());
            if (!type.isEnum()) {
                continue;
            }
            for (Object constant : type.getEnumConstants()) {
                String key = Messages.labelKey((Enum<?>) constant);
                if (!keys.contains(key)) {
                    missing.add(key);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    static Set<String> allEnglishKeys() throws IOException {
        var keys = new LinkedHashSet<String>();
        for (Path file : english()) {
            keys.addAll(load(file).keySet());
        }
        return keys;
    }

    static String name(ExpressionTree select) {
        if (select instanceof MemberSelectTree member) {
            return member.getIdentifier().toString();
        }
        return select instanceof IdentifierTree id ? id.getName().toString() : "";
    }

    static String receiver(ExpressionTree select) {
        return select instanceof MemberSelectTree member ? member.getExpression().toString() : "";
    }

    static List<Path> files() throws IOException {
        try (Stream<Path> list = Files.list(BUNDLES)) {
            return list.filter(p -> p.toString().endsWith(".properties")).sorted().toList();
        }
    }

    static List<Path> english() throws IOException {
        return files().stream().filter(p -> !p.getFileName().toString().contains("_")).toList();
    }

    static Map<String, String> load(Path file) throws IOException {
        var properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        var map = new TreeMap<String, String>();
        properties.forEach((k, v) -> map.put((String) k, (String) v));
        return map;
    }
}
