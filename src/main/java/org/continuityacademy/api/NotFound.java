package org.continuityacademy.api;

/**
 * Nothing to show at this address. The message says what was asked for, never whether it exists
 * out of the caller's sight.
 */
final class NotFound extends RuntimeException {

    NotFound(String message) {
        super(message);
    }
}
