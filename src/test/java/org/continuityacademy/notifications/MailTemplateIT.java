package org.continuityacademy.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.continuityacademy.IntegrationTest;
import org.continuityacademy.base.i18n.Languages;
import org.continuityacademy.base.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The frame of every e-mail, with its own words from the message bundles in the language asked for. */
@IntegrationTest
class MailTemplateIT {

    @Autowired
    MailTemplate template;
    @Autowired
    Messages messages;

    @Test
    void the_same_message_comes_as_text_and_as_html_with_a_link_to_the_exact_page() {
        var mail = template.render(messages.organisationLocale(), "You are now primary IT Recovery Lead",
                "Hello Ann,\n\nTo be ready for it, complete these modules:\n- The continuity plan\n- Rehearsals & vigilance",
                "https://academy.example.org/learn/the-continuity-plan");

        assertThat(mail.text()).contains("Hello Ann,", "- The continuity plan",
                "Open it in Continuity Academy: https://academy.example.org/learn/the-continuity-plan",
                "replies are not read");
        assertThat(mail.html()).contains("<h1", "You are now primary IT Recovery Lead", "<li>The continuity plan</li>",
                "<li>Rehearsals &amp; vigilance</li>", "href=\"https://academy.example.org/learn/the-continuity-plan\"",
                ">Open in Continuity Academy</a>", "Or copy this address: https://academy.example.org/learn/the-continuity-plan",
                "<html lang=\"" + messages.organisationLocale().toLanguageTag() + "\"");
    }

    @Test
    void text_from_people_cannot_become_markup() {
        var mail = template.render(Locale.UK, "<b>Hi</b>", "Module \"<script>alert(1)</script>\" is due", null);
        assertThat(mail.html()).doesNotContain("<script>", "<b>Hi</b>").contains("&lt;script&gt;", "&lt;b&gt;Hi&lt;/b&gt;");
        assertThat(mail.html()).doesNotContain("href=");
    }

    @Test
    void every_word_of_the_frame_comes_from_the_bundles() {
        // the pseudo-locale wraps each bundle text in ⟦…⟧: a word of the frame without them bypassed the bundles
        var mail = template.render(Languages.PSEUDO, "Subject", "Body", "https://academy.example.org/x");

        assertThat(mail.text()).contains("⟦Open it in Continuity Academy: https://academy.example.org/x⟧",
                "⟦You receive this because");
        assertThat(mail.html()).contains("⟦Continuity Academy⟧", "⟦Open in Continuity Academy⟧", "⟦Or copy this address: ")
                .doesNotContain(">Open in Continuity Academy<", ">Continuity Academy<");
    }
}
