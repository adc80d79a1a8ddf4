package org.continuityacademy.directory;

import java.util.List;

/**
 * What an employee file would do: counts, and every problem with its line. Only a plan without
 * problems can be applied.
 */
public record ImportPlan(int rowsRead, int added, int changed, int unchanged, int deactivated, List<String> problems) {
}
