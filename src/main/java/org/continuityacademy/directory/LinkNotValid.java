package org.continuityacademy.directory;

/**
 * A link to the set-password page that cannot be used: expired, used already, replaced by a newer one, or not a
 * link this app made. Which of these it was is not told (nobody learns anything from trying links); nothing changed.
 */
public final class LinkNotValid extends RuntimeException {

    LinkNotValid() {
        super("The link cannot be used");
    }
}
