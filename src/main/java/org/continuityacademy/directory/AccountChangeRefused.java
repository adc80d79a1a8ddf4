package org.continuityacademy.directory;

/** An account change that breaks a rule; the message says which, in words for the person who tried. */
public final class AccountChangeRefused extends RuntimeException {

    AccountChangeRefused(String message) {
        super(message);
    }
}
