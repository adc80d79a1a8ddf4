package org.continuityacademy.directory;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An employee import as the history lists it. */
public record ImportRecord(long id, String fileName, String uploadedBy, Instant uploadedAt, boolean completeList,
                           String status, int rowsRead, int added, int changed, int unchanged, int deactivated,
                           int errors, @Nullable Instant appliedAt) {
}
