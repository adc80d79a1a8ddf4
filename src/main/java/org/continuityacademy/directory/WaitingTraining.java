package org.continuityacademy.directory;

import java.util.List;
import java.util.Locale;

/**
 * The training already waiting for a person, for their invitation e-mail to list: a newcomer learns in one e-mail how
 * to sign in and what to do once in. The training records provide it (the directory knows nothing of training); without
 * a provider the invitation simply lists nothing.
 */
public interface WaitingTraining {

    /**
     * One line per open assignment of the person ({@code "- Title, due 4 January 2027 (why)"}), most urgent first, in
     * the given language; and what it lists counts as announced, so the day's "new training" e-mail does not repeat it.
     * Runs in the caller's transaction.
     */
    List<String> listForInvitation(long employeeId, Locale locale);
}
