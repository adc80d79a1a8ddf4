package org.continuityacademy.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Whatever the content says, no script survives rendering. */
class MarkdownRendererTest {

    final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void script_tags_are_removed() {
        String html = renderer.html("Hello <script>alert('x')</script> world\n\n<script>steal()</script>", n -> n);
        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContain("steal()").contains("Hello");
    }

    @Test
    void event_handler_attributes_are_removed() {
        String html = renderer.html("<img src=\"x.png\" onerror=\"alert(1)\"> <b onmouseover=\"alert(2)\">bold</b>", n -> "/a/" + n);
        assertThat(html).doesNotContainIgnoringCase("onerror").doesNotContainIgnoringCase("onmouseover").contains("bold");
    }

    @Test
    void javascript_links_are_removed() {
        String html = renderer.html("[click](javascript:alert(1)) and <a href=\"JaVaScRiPt:alert(2)\">this</a>", n -> n);
        assertThat(html).doesNotContainIgnoringCase("javascript:").contains("click").contains("this");
    }

    @Test
    void iframes_and_other_embeds_are_removed() {
        String html = renderer.html("<iframe src=\"https://evil.example\"></iframe><object data=\"x\"></object><style>body{}</style>ok", n -> n);
        assertThat(html).doesNotContainIgnoringCase("<iframe").doesNotContainIgnoringCase("<object")
                .doesNotContainIgnoringCase("<style").contains("ok");
    }

    @Test
    void ordinary_markdown_and_module_images_survive() {
        String html = renderer.html("Some **bold** text, a [site](https://example.org) and ![chart](chart.svg)", n -> "/content-assets/7/" + n);
        assertThat(html).contains("<strong>bold</strong>")
                .contains("href=\"https://example.org\"").contains("rel=\"noopener noreferrer\"")
                .contains("src=\"/content-assets/7/chart.svg\"").contains("alt=\"chart\"");
    }

    @Test
    void images_from_other_sites_are_dropped() {
        String html = renderer.html("![tracker](https://evil.example/pixel.png)", n -> n);
        assertThat(html).doesNotContain("evil.example");
    }

    @Test
    void a_module_is_split_into_sections_at_its_level_two_headings() {
        var sections = renderer.sections("Intro text\n\n## First part\n\nOne\n\n## Second part\n\nTwo", n -> n);
        assertThat(sections).extracting(MarkdownRenderer.RenderedSection::title)
                .containsExactly("Introduction", "First part", "Second part");
        assertThat(sections.get(2).html()).contains("Two").doesNotContain("One");
    }
}
