package org.continuityacademy.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The organisation's facts in a module's text and questions: {@code {{fallback-phone}}} stands for the organisation's
 * current value of the fact {@code fallback-phone}. A load refuses a placeholder that names no fact (with its file and
 * line); showing a module or a question puts today's values in. The placeholders, not the values, are part of a
 * module version, so a changed value is no new version.
 */
final class Placeholders {

    /** {@code {{key}}} on one line; spaces inside the braces are allowed and ignored. */
    static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([^{}\\r\\n]*)}}");
    /** Web addresses in a value, which the reader shows as links; a full stop or bracket after one is not part of it. */
    private static final Pattern ADDRESS = Pattern.compile("https?://[^\\s<>\"]*[^\\s<>\".,;:!?)]");
    /** Attributes whose words people read (an image's text, a tooltip); never an address (refused by the load). */
    private static final List<String> TEXT_ATTRIBUTES = List.of("alt", "title");

    private Placeholders() {
    }

    /**
     * Adds a problem for each placeholder in {@code text} that names no fact in {@code known}.
     *
     * @param firstLine the line of {@code file} on which {@code text} begins
     */
    static void check(String file, String text, int firstLine, Set<String> known, List<ContentProblem> problems) {
        forEach(text, firstLine, (placeholder, key, line) -> {
            if (!known.contains(key)) {
                problems.add(new ContentProblem(file, line, "content.problem.unknown-placeholder", placeholder, key,
                        known.isEmpty() ? "–" : String.join(", ", known.stream().sorted().toList())));
            }
        });
    }

    /** Adds a problem for each placeholder in a part of a file where none is filled in (a module's front matter). */
    static void refuse(String file, String text, int firstLine, ContentProblem.Phrase where, List<ContentProblem> problems) {
        forEach(text, firstLine, (placeholder, key, line) ->
                problems.add(new ContentProblem(file, line, "content.problem.placeholder-not-here", placeholder, where)));
    }

    /** Whether a text names the placeholder {@code key}. */
    static boolean names(String text, String key) {
        return PLACEHOLDER.matcher(text).results().anyMatch(m -> m.group(1).strip().equals(key));
    }

    /** Whether a text (a link's address) holds a placeholder. */
    static boolean in(String text) {
        return PLACEHOLDER.matcher(text).find();
    }

    /** Plain text with each known placeholder replaced by its value; an unknown one stays as written. */
    static String fill(String text, Map<String, String> values) {
        if (!text.contains("{{")) {
            return text;
        }
        return PLACEHOLDER.matcher(text).replaceAll(m -> Matcher.quoteReplacement(
                values.getOrDefault(m.group(1).strip(), m.group())));
    }

    /** A question with its scenario, text, options and explanation filled in, its personal wording too. */
    static Question fill(Question q, Map<String, String> values) {
        Question.Personal personal = q.personal();
        if (personal != null) {
            var options = new java.util.LinkedHashMap<String, String>();
            personal.options().forEach((id, text) -> options.put(id, fill(text, values)));
            personal = new Question.Personal(fill(personal.text(), values),
                    personal.scenario() == null ? null : fill(personal.scenario(), values), options,
                    personal.explanation() == null ? null : fill(personal.explanation(), values));
        }
        return new Question(q.id(), q.kind(), q.scenario() == null ? null : fill(q.scenario(), values), q.multipleAnswer(),
                fill(q.text(), values),
                q.options().stream().map(o -> new Question.Option(o.id(), fill(o.text(), values), o.correct())).toList(),
                fill(q.explanation(), values), q.topic() == null ? null : fill(q.topic(), values), personal);
    }

    /**
     * Rendered, sanitised HTML with each known placeholder in its text replaced by the value as text (escaped when
     * written out, so a value can never add markup); web addresses in a value become links. Placeholders in
     * attributes other than alt and title (addresses) are not filled: the load refuses them.
     */
    static String fillHtml(String html, Map<String, String> values) {
        if (!html.contains("{{")) {
            return html;
        }
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        var texts = new ArrayList<TextNode>();
        NodeTraversor.traverse((NodeVisitor) (node, depth) -> {
            if (node instanceof TextNode text && text.getWholeText().contains("{{")) {
                texts.add(text);
            } else if (node instanceof Element element) {
                for (String attribute : TEXT_ATTRIBUTES) {
                    if (element.hasAttr(attribute)) {
                        element.attr(attribute, fill(element.attr(attribute), values));
                    }
                }
            }
        }, document.body());
        for (TextNode text : texts) {
            replace(text, values);
        }
        return document.body().html();
    }

    private static void replace(TextNode node, Map<String, String> values) {
        String text = node.getWholeText();
        boolean inLink = false;
        for (org.jsoup.nodes.Node parent = node.parent(); parent != null; parent = parent.parent()) {
            inLink |= parent instanceof Element element && element.nameIs("a");
        }
        Matcher matcher = PLACEHOLDER.matcher(text);
        var parts = new ArrayList<org.jsoup.nodes.Node>();
        var plain = new StringBuilder();
        int at = 0;
        while (matcher.find()) {
            plain.append(text, at, matcher.start());
            at = matcher.end();
            String value = values.get(matcher.group(1).strip());
            if (value == null) {
                plain.append(matcher.group());
            } else if (inLink || !ADDRESS.matcher(value).find()) {
                plain.append(value);
            } else {
                Matcher address = ADDRESS.matcher(value);
                int from = 0;
                while (address.find()) {
                    plain.append(value, from, address.start());
                    parts.add(new TextNode(plain.toString()));
                    plain.setLength(0);
                    parts.add(new Element("a").attr("href", address.group()).attr("target", "_blank")
                            .attr("rel", "noopener noreferrer").text(address.group()));
                    from = address.end();
                }
                plain.append(value, from, value.length());
            }
        }
        plain.append(text, at, text.length());
        parts.add(new TextNode(plain.toString()));
        for (var part : parts) {
            node.before(part);
        }
        node.remove();
    }

    private interface Found {
        void at(String placeholder, String key, int line);
    }

    private static void forEach(String text, int firstLine, Found found) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        int line = firstLine;
        int counted = 0;
        while (matcher.find()) {
            for (int i = counted; i < matcher.start(); i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                }
            }
            counted = matcher.start();
            found.at(matcher.group(), matcher.group(1).strip(), line);
        }
    }
}
