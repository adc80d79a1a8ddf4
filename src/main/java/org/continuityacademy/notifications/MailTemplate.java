package org.continuityacademy.notifications;

import java.util.Locale;
import org.continuityacademy.base.i18n.Messages;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The one place where every e-mail gets its shape: the same message as plain text and as simple HTML
 * (inline styles only, as mail programs want), with a link to the exact page in the app and a footer
 * saying why it came. Notification texts are plain text; blank lines separate paragraphs and lines
 * starting with "- " become a list. The template's own words come from the message bundles, in the language
 * asked for (the subject and body arrive already written in it).
 */
@Component
class MailTemplate {

    private final Messages messages;

    MailTemplate(Messages messages) {
        this.messages = messages;
    }

    record Mail(String text, String html) {
    }

    Mail render(Locale locale, String subject, String body, @Nullable String url) {
        return render(locale, subject, body, url, null);
    }

    /** As {@link #render(Locale, String, String, String)}, with the button's words when the link does something else than open a page. */
    Mail render(Locale locale, String subject, String body, @Nullable String url, @Nullable String button) {
        String footer = messages.get(locale, "mail.footer");
        String linkLine = url == null ? "" : "\n\n" + (button == null ? messages.get(locale, "mail.open-link", url)
                : messages.get(locale, "mail.button-link", button, url));
        String text = body.strip() + linkLine + "\n\n-- \n" + footer + "\n";
        var html = new StringBuilder();
        html.append("<!DOCTYPE html><html lang=\"").append(escape(locale.toLanguageTag())).append("\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(subject)).append("</title></head>")
                .append("<body style=\"margin:0;padding:24px;background:#f4f6f8;font-family:Segoe UI,Helvetica,Arial,sans-serif;")
                .append("color:#1f2a37;line-height:1.5\"><div style=\"max-width:560px;margin:0 auto;background:#ffffff;")
                .append("border:1px solid #dde3ea;border-radius:8px;padding:24px\">")
                .append("<p style=\"margin:0 0 16px;color:#1b6f7a;font-weight:600\">").append(escape(messages.get(locale, "app.name")))
                .append("</p>")
                .append("<h1 style=\"font-size:20px;margin:0 0 16px\">").append(escape(subject)).append("</h1>");
        for (String paragraph : body.strip().split("\\n\\s*\\n")) {
            // lines of text become a paragraph; runs of "- " lines become a list
            var lines = new java.util.ArrayList<String>();
            var items = new java.util.ArrayList<String>();
            for (String line : paragraph.split("\\n")) {
                if (line.startsWith("- ")) {
                    flushText(html, lines);
                    items.add(line.substring(2));
                } else {
                    flushList(html, items);
                    lines.add(line);
                }
            }
            flushText(html, lines);
            flushList(html, items);
        }
        if (url != null) {
            html.append("<p style=\"margin:24px 0\"><a href=\"").append(escape(url)).append("\" style=\"background:#1b6f7a;color:#ffffff;")
                    .append("text-decoration:none;padding:10px 18px;border-radius:6px;display:inline-block\">")
                    .append(escape(button == null ? messages.get(locale, "mail.open-button") : button)).append("</a></p>")
                    .append("<p style=\"margin:0 0 16px;font-size:13px;color:#5b6775\">")
                    .append(escape(messages.get(locale, "mail.copy-address", url))).append("</p>");
        }
        html.append("<p style=\"margin:24px 0 0;font-size:12px;color:#5b6775\">").append(escape(footer)).append("</p></div></body></html>");
        return new Mail(text, html.toString());
    }

    private static void flushText(StringBuilder html, java.util.List<String> lines) {
        if (!lines.isEmpty()) {
            html.append("<p style=\"margin:0 0 16px\">")
                    .append(String.join("<br>", lines.stream().map(MailTemplate::escape).toList())).append("</p>");
            lines.clear();
        }
    }

    private static void flushList(StringBuilder html, java.util.List<String> items) {
        if (!items.isEmpty()) {
            html.append("<ul style=\"margin:0 0 16px;padding-left:20px\">");
            items.forEach(item -> html.append("<li>").append(escape(item)).append("</li>"));
            html.append("</ul>");
            items.clear();
        }
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
