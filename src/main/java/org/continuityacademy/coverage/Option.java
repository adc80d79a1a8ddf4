package org.continuityacademy.coverage;

/** A choice for a filter: an id and what people read. */
public record Option(String key, String label) {
}
