package org.continuityacademy.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MailTemplateTest {

    @Test
    void the_same_message_comes_as_text_and_as_html_with_a_link_to_the_exact_page() {
        var mail = MailTemplate.render("You are now primary IT Recovery Lead",
                "Hello Ann,\n\nTo be ready for it, complete these modules:\n- The continuity plan\n- Rehearsals & vigilance",
                "https://academy.example.org/learn/the-continuity-plan");

        assertThat(mail.text()).contains("Hello Ann,", "- The continuity plan",
                "Open it in Continuity Academy: https://academy.example.org/learn/the-continuity-plan");
        assertThat(mail.html()).contains("<h1", "You are now primary IT Recovery Lead", "<li>The continuity plan</li>",
                "<li>Rehearsals &amp; vigilance</li>", "href=\"https://academy.example.org/learn/the-continuity-plan\"");
    }

    @Test
    void text_from_people_cannot_become_markup() {
        var mail = MailTemplate.render("<b>Hi</b>", "Module \"<script>alert(1)</script>\" is due", null);
        assertThat(mail.html()).doesNotContain("<script>", "<b>Hi</b>").contains("&lt;script&gt;", "&lt;b&gt;Hi&lt;/b&gt;");
        assertThat(mail.html()).doesNotContain("href=");
    }
}
