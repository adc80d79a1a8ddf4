package org.continuityacademy.notifications;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.continuityacademy.security.Access;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * An e-mail sent at once, while the person waits for it, and kept nowhere: for one-time sign-in codes, which are
 * useless after ten minutes and must not sit in the outbox or the sent-mail log. When the mail server cannot take
 * it, the caller is told and the person can ask again; there is no retry queue.
 */
@Service
public class ImmediateMail {

    private final JavaMailSender mailSender;
    private final MailTemplate template;
    private final String from;

    ImmediateMail(JavaMailSender mailSender, MailTemplate template, @Value("${academy.mail.from}") String from) {
        this.mailSender = mailSender;
        this.template = template;
        this.from = from;
    }

    /**
     * Sends one e-mail now; false when the mail server could not take it. Only for someone in the middle of a two-step
     * sign-in, to whom the sign-in code service sends their code: anyone else signed in might otherwise send any text to
     * any address under the app's name.
     */
    @PreAuthorize(Access.SIGNING_IN)
    public boolean send(String to, Locale locale, String subject, String body) {
        try {
            MimeMessage message = mailSender.createMimeMessage();
            var helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(to);
            helper.setSubject(subject);
            var mail = template.render(locale, subject, body, null);
            helper.setText(mail.text(), mail.html());
            message.setHeader("Auto-Submitted", "auto-generated");
            mailSender.send(message);
            return true;
        } catch (MessagingException | MailException e) {
            return false;
        }
    }
}
