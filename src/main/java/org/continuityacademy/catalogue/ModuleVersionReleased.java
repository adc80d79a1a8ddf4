package org.continuityacademy.catalogue;

import org.jspecify.annotations.Nullable;

/**
 * A module now serves a new version. With {@code majorChange}, holders of older completions must
 * re-train (campaigns listen for it).
 *
 * @param previousVersion null for a module new to the catalogue
 */
public record ModuleVersionReleased(String moduleId, long versionId, String version, @Nullable String previousVersion,
                                    boolean majorChange) {
}
