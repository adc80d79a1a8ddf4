package org.continuityacademy.directory;

/**
 * A person who entered HR's list (an import, or by hand) now has an account: user name = their e-mail, no
 * password yet. Published in the transaction that opened it; listeners invite the person (when single sign-on
 * is off) after it commits.
 */
public record AccountOpened(long accountId, long employeeId, String email, String displayName) {
}
