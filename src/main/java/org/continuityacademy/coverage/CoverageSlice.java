package org.continuityacademy.coverage;

/** Coverage of one department, continuity role or module: {@code key} is its id, {@code label} its name. */
public record CoverageSlice(String key, String label, CoverageCount count) {
}
