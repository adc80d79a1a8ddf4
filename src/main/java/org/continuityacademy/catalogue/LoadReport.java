package org.continuityacademy.catalogue;

import java.time.Instant;
import java.util.List;

/**
 * What a load of the content folder did.
 *
 * @param source   the folder read, or {@link #builtIn()} the content built into the app
 * @param problems each as "file:line: what is wrong", in the words of the person who asked
 */
public record LoadReport(Instant loadedAt, String loadedBy, String source, int added, int minorChanges,
                         int majorChanges, int removed, List<String> problems) {

    /** Whether the content built into the app was read (loads recorded before said so in English). */
    public boolean builtIn() {
        return ContentSource.BUILT_IN.equals(source) || "the content built into the app".equals(source);
    }

    /** For the log: the counts in English. People read them through the bundles ({@code catalogue.load.summary}). */
    public String summary() {
        return added + " added, " + (minorChanges + majorChanges) + " changed (" + majorChanges + " major), "
                + removed + " removed, " + problems.size() + (problems.size() == 1 ? " problem" : " problems");
    }
}
