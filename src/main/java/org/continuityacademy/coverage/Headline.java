package org.continuityacademy.coverage;

import java.util.Map;
import org.continuityacademy.continuity.ServiceState;

/** The dashboard's headline figures. */
public record Headline(CoverageCount coverage, long overdue, Map<ServiceState, Integer> services) {
}
