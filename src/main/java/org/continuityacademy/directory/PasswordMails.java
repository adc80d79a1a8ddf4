package org.continuityacademy.directory;

import java.util.Locale;
import java.util.Optional;
import org.continuityacademy.base.i18n.Formats;
import org.continuityacademy.base.i18n.Messages;
import org.continuityacademy.notifications.NotificationKind;
import org.continuityacademy.notifications.Notifications;
import org.continuityacademy.notifications.SecretLinks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

/**
 * The e-mails with a link to the set-password page: the invitation of a new account (listing the training already
 * waiting, when the training records say so: {@link WaitingTraining}) and the password reset. They go
 * through the outbox like every e-mail, but the outbox row holds only a reference to the link's
 * {@link AccountToken} row ({@code "account-token:42"}): the token is made by {@link #issue} when the dispatcher
 * sends the e-mail, goes into that message and nowhere else. A link revoked, used or expired before its e-mail goes
 * out is not sent at all.
 */
@Component
class PasswordMails implements SecretLinks {

    static final String KIND = "account-token";
    /** The set-password page, as linked from the e-mails. */
    static final String PAGE = "set-password";

    private static final Logger log = LoggerFactory.getLogger(PasswordMails.class);

    private final Notifications notifications;
    private final AccountTokens tokens;
    private final AccountTokenRepository links;
    private final Accounts accounts;
    private final Messages messages;
    private final ObjectProvider<WaitingTraining> waitingTraining;

    PasswordMails(Notifications notifications, AccountTokens tokens, AccountTokenRepository links, Accounts accounts, Messages messages,
                  ObjectProvider<WaitingTraining> waitingTraining) {
        this.notifications = notifications;
        this.tokens = tokens;
        this.links = links;
        this.accounts = accounts;
        this.messages = messages;
        this.waitingTraining = waitingTraining;
    }

    /** The kinds of e-mail with a link. */
    enum Mail {
        INVITATION("password.mail.invitation"),
        RESET("password.mail.reset"),
        FORCED_RESET("password.mail.forced-reset");

        private final String key;

        Mail(String key) {
            this.key = key;
        }
    }

    /** Writes the e-mail into the outbox in the caller's transaction, with the link that was just asked for. */
    void send(Account account, AccountToken link, Mail mail) {
        Long employeeId = account.getEmployeeId();
        String email = account.getEmail();
        if (employeeId == null || email == null || link.getId() == null) {
            throw new IllegalStateException("Account " + account.getUsername() + " has no employee and e-mail to write to");
        }
        Locale locale = messages.organisationLocale();
        Formats formats = messages.formats(locale);
        String subject = messages.get(locale, mail.key + ".subject");
        String body = messages.get(locale, mail.key + ".body", account.getDisplayName(), account.getUsername(),
                formats.dateTime(link.getExpiresAt()), formats.zoneName());
        if (mail == Mail.INVITATION) {
            // a newcomer learns in the one e-mail how to sign in and what is waiting once in
            var training = waitingTraining.stream().flatMap(w -> w.listForInvitation(employeeId, locale).stream()).toList();
            if (!training.isEmpty()) {
                body += "\n\n" + messages.get(locale, "password.mail.invitation.training", training.size(),
                        String.join("\n", training));
            }
        }
        String reference = KIND + ":" + link.getId();
        notifications.notifyWithSecretLink(employeeId, email, NotificationKind.ACCOUNT, reference, subject, body, reference);
    }

    @Override
    public String kind() {
        return KIND;
    }

    /** The link of an e-mail being sent: a new token for the link row the reference names, while that link works. */
    @Override
    public Optional<SecretLink> issue(String reference) {
        long id;
        try {
            id = Long.parseLong(reference.substring(KIND.length() + 1));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Not an account link reference: " + reference, e);
        }
        var link = links.findById(id);
        var account = link.flatMap(l -> accounts.findById(l.getAccountId()));
        if (link.isEmpty() || account.isEmpty()) {
            return Optional.empty();
        }
        try {
            String token = tokens.generate(new AccountTokens.Issue(account.get().getUsername(), id)).getTokenValue();
            Locale locale = messages.organisationLocale();
            String button = messages.get(locale, link.get().getPurpose() == TokenPurpose.INVITATION
                    ? "password.mail.invitation.button" : "password.mail.reset.button");
            return Optional.of(new SecretLink(PAGE + "?token=" + token, button));
        } catch (AuthenticationException noLonger) {
            log.info("The e-mail with account link {} is not sent: {}", id, noLonger.getMessage());
            return Optional.empty();
        }
    }
}
