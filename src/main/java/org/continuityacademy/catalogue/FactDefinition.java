package org.continuityacademy.catalogue;

/**
 * A fact of the organisation as {@code content/organisation.yaml} defines it: the key a placeholder names
 * ({@code {{fallback-phone}}}), what the continuity manager reads about it, and the value shipped with the content.
 */
record FactDefinition(String key, String label, String description, String defaultValue) {
}
