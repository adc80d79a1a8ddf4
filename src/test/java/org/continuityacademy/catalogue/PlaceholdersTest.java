package org.continuityacademy.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Today's values go into a module's HTML as text (never markup) and into questions as plain text. */
class PlaceholdersTest {

    static final Map<String, String> VALUES = Map.of("fallback-phone", "0808 157 0192", "organisation-name", "Harbourline",
            "status-page", "https://status.harbourline.example", "evil", "<script>alert(1)</script> & <b onclick=x>bold</b>",
            "service-desk", "the IT Service Desk, at https://servicedesk.harbourline.example. Or ring 0113 496 0750");

    final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void plain_text_gets_the_values_and_an_unknown_placeholder_stays_as_written() {
        assertThat(Placeholders.fill("Ring {{fallback-phone}} or {{ fallback-phone }}; {{nobody}}.", VALUES))
                .isEqualTo("Ring 0808 157 0192 or 0808 157 0192; {{nobody}}.");
        assertThat(Placeholders.fill("No placeholder $1 \\ here", VALUES)).isEqualTo("No placeholder $1 \\ here");
        assertThat(Placeholders.fill("{{evil}}", VALUES)).isEqualTo(VALUES.get("evil"));
    }

    @Test
    void a_value_in_html_is_text_and_can_never_add_markup() {
        String html = html("At {{organisation-name}}: {{evil}}");

        assertThat(Placeholders.fillHtml(html, VALUES).strip())
                .isEqualTo("<p>At Harbourline: &lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b onclick=x&gt;bold&lt;/b&gt;</p>");
    }

    @Test
    void web_addresses_in_a_value_become_links_that_open_apart_but_not_inside_a_link() {
        assertThat(Placeholders.fillHtml(html("Read {{status-page}}."), VALUES).strip()).isEqualTo(
                "<p>Read <a href=\"https://status.harbourline.example\" target=\"_blank\" rel=\"noopener noreferrer\">"
                        + "https://status.harbourline.example</a>.</p>");
        assertThat(Placeholders.fillHtml(html("Report it to {{service-desk}}."), VALUES).strip()).isEqualTo(
                "<p>Report it to the IT Service Desk, at <a href=\"https://servicedesk.harbourline.example\" target=\"_blank\""
                        + " rel=\"noopener noreferrer\">https://servicedesk.harbourline.example</a>. Or ring 0113 496 0750.</p>");
        assertThat(Placeholders.fillHtml(html("[the page of {{status-page}}](https://example.org)"), VALUES))
                .contains(">the page of https://status.harbourline.example</a>").doesNotContain("<a href=\"https://status");
    }

    @Test
    void placeholders_are_filled_in_emphasis_lists_and_an_images_text() {
        String html = html("""
                - **Ring {{fallback-phone}}**
                - _{{organisation-name}}_

                ![The {{organisation-name}} card](card.svg)
                """);

        assertThat(Placeholders.fillHtml(html, VALUES)).contains("<strong>Ring 0808 157 0192</strong>")
                .contains("<em>Harbourline</em>").contains("alt=\"The Harbourline card\"").doesNotContain("{{");
    }

    @Test
    void html_without_placeholders_is_returned_as_it_was() {
        String html = html("Nothing to fill: a & b < c");
        assertThat(Placeholders.fillHtml(html, VALUES)).isSameAs(html);
    }

    @Test
    void a_question_is_filled_in_its_scenario_text_options_and_explanation() {
        var question = new Question("q", QuestionKind.SCENARIO, "At {{organisation-name}}, mail is down.", false,
                "Which number do you ring?", List.of(new Question.Option("a", "{{fallback-phone}}", true),
                new Question.Option("b", "Extension 4000", false)), "{{fallback-phone}} works without our systems.");

        var filled = Placeholders.fill(question, VALUES);

        assertThat(filled.scenario()).isEqualTo("At Harbourline, mail is down.");
        assertThat(filled.options()).extracting(Question.Option::text).containsExactly("0808 157 0192", "Extension 4000");
        assertThat(filled.correctOptionIds()).containsExactly("a");
        assertThat(filled.explanation()).isEqualTo("0808 157 0192 works without our systems.");
    }

    private String html(String markdown) {
        return renderer.sections(markdown, name -> "/content-assets/1/" + name).getFirst().html();
    }
}
