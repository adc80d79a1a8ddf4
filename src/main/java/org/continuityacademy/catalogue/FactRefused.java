package org.continuityacademy.catalogue;

/** A value for a fact of the organisation that breaks a rule; nothing was saved. The message names the fact. */
public final class FactRefused extends RuntimeException {

    FactRefused(String message) {
        super(message);
    }
}
