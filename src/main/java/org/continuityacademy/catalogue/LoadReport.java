package org.continuityacademy.catalogue;

import java.time.Instant;
import java.util.List;

/**
 * What a load of the content folder did.
 *
 * @param problems each as "file:line: what is wrong"
 */
public record LoadReport(Instant loadedAt, String loadedBy, String source, int added, int minorChanges,
                         int majorChanges, int removed, List<String> problems) {

    public String summary() {
        return added + " added, " + (minorChanges + majorChanges) + " changed (" + majorChanges + " major), "
                + removed + " removed, " + problems.size() + (problems.size() == 1 ? " problem" : " problems");
    }
}
