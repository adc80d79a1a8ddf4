package org.continuityacademy.base.i18n;

/**
 * An enum whose constants people read: each has its text in the bundles under {@code <EnumName>.<CONSTANT>}
 * (see {@link Messages#label(Enum)}); a build check fails when one is missing.
 */
public interface Labelled {
}
