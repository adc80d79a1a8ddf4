package org.continuityacademy.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Markdown to HTML that is safe to show whatever the content says: after rendering, only an
 * allow-list of elements and attributes survives, so scripts, event handlers, {@code javascript:}
 * URLs and iframes are gone. Images point at the app's asset address for the module version.
 */
final class MarkdownRenderer {

    private static final String BASE = "https://academy.invalid/";
    private static final Safelist SAFELIST = Safelist.relaxed()
            .removeTags("iframe")
            .addAttributes("img", "loading")
            .removeProtocols("img", "src", "http", "https")
            .preserveRelativeLinks(true);

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().build();

    /** A module's text split at its level-2 headings, each part rendered and cleaned. */
    List<RenderedSection> sections(String markdown, UnaryOperator<String> assetUrl) {
        var sections = new ArrayList<RenderedSection>();
        Node document = parser.parse(markdown);
        String title = "Introduction";
        var html = new StringBuilder();
        Node node = document.getFirstChild();
        while (node != null) {
            Node next = node.getNext();
            if (node instanceof Heading heading && heading.getLevel() == 2) {
                if (!html.isEmpty()) {
                    sections.add(new RenderedSection(title, clean(html.toString(), assetUrl)));
                    html.setLength(0);
                }
                title = plainText(heading);
            } else {
                html.append(renderer.render(node));
            }
            node = next;
        }
        if (!html.isEmpty() || sections.isEmpty()) {
            sections.add(new RenderedSection(title, clean(html.toString(), assetUrl)));
        }
        return sections;
    }

    /** Renders and cleans a whole Markdown text. */
    String html(String markdown, UnaryOperator<String> assetUrl) {
        return clean(renderer.render(parser.parse(markdown)), assetUrl);
    }

    private static String clean(String html, UnaryOperator<String> assetUrl) {
        Document dirty = Jsoup.parseBodyFragment(html, BASE);
        dirty.select("img[src]").forEach(img -> {
            String src = img.attr("src").strip();
            if (!src.matches("(?i)^[a-z][a-z0-9+.-]*:.*") && !src.startsWith("/")) {
                img.attr("src", assetUrl.apply(src.startsWith("./") ? src.substring(2) : src));
            } else {
                img.removeAttr("src");
            }
            img.attr("loading", "lazy");
        });
        Document clean = new Cleaner(SAFELIST).clean(dirty);
        clean.select("a[href]").forEach(a -> {
            String href = a.attr("href");
            if (href.startsWith("http:") || href.startsWith("https:")) {
                a.attr("target", "_blank").attr("rel", "noopener noreferrer");
            }
        });
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }

    private static String plainText(Node node) {
        var text = new StringBuilder();
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            text.append(child instanceof Text t ? t.getLiteral() : plainText(child));
        }
        return text.toString();
    }

    /** One part of a module, as the reader shows it. */
    record RenderedSection(String title, String html) {
    }
}
