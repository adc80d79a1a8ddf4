package org.continuityacademy.directory;

import java.util.List;

/**
 * What an employee file would do: counts, every problem with its line, and warnings (a column the import does not
 * know). Only a plan without problems can be applied. A file that would deactivate more than the set share of the
 * active people ({@code IMPORT_CONFIRM_SHARE}) is applied only with that number typed to confirm it.
 *
 * @param activeBefore         how many people are active before the file is applied
 * @param confirmDeactivations the number HR must type to apply the file; 0 when no confirmation is needed
 */
public record ImportPlan(int rowsRead, int added, int changed, int unchanged, int deactivated, List<String> problems,
                         List<String> warnings, int activeBefore, int confirmDeactivations) {

    public boolean needsConfirmation() {
        return confirmDeactivations > 0;
    }
}
