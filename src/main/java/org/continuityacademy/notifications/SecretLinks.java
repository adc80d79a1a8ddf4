package org.continuityacademy.notifications;

import java.util.Optional;

/**
 * Makes the link of an e-mail whose link holds a secret (a single-use token), at the moment the e-mail is sent,
 * so that the secret is never stored: the outbox row keeps only a reference ({@code "account-token:42"}) and the
 * dispatcher asks the module that owns it for the link, puts it in the message and forgets it. A module that sends
 * such e-mails ({@link Notifications#notifyWithSecretLink}) provides a bean of this type for its kind of reference.
 */
public interface SecretLinks {

    /** The kind of reference this makes links for: the part before the first colon ("account-token"). */
    String kind();

    /**
     * Makes a new secret for the reference and returns its link, or nothing when there is nothing to link to any
     * more (the link was used, revoked or expired meanwhile): then the e-mail is withdrawn, not sent. Called outside
     * any transaction; an implementation stores what it must (the secret's hash) in a transaction of its own. Called
     * again when a send is retried: each call may make a new secret, and the earlier one, never delivered, dies.
     */
    Optional<SecretLink> issue(String reference);

    /**
     * A link made for one e-mail.
     *
     * @param path   the app path with the secret ("set-password?token=…"), shown after the base URL
     * @param button what the e-mail's button says, in the organisation's language
     */
    record SecretLink(String path, String button) {
    }
}
