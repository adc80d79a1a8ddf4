package org.continuityacademy.catalogue;

import org.jspecify.annotations.Nullable;

/**
 * A module now serves a new version. With {@code majorChange}, holders of completions of an older major version must
 * re-train; with {@code retrain} (a correction of wrong teaching, said by {@code retrain: true} in its front matter),
 * holders of completions of any older version must (training listens for it).
 *
 * @param previousVersion null for a module new to the catalogue
 * @param retrain         not a major change, but the version says holders must re-train
 * @param note            the change log's note for this version, null when the log does not name it
 */
public record ModuleVersionReleased(String moduleId, long versionId, String version, @Nullable String previousVersion,
                                    boolean majorChange, boolean retrain, @Nullable String note) {

    public ModuleVersionReleased(String moduleId, long versionId, String version, @Nullable String previousVersion,
                                 boolean majorChange) {
        this(moduleId, versionId, version, previousVersion, majorChange, false, null);
    }
}
