package org.continuityacademy.evidence;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An evidence pack as the list shows it: what it covers, who asked, how far it is, and the file sizes
 * once ready. The files themselves are fetched separately ({@link EvidencePacks#pdf(long)}).
 */
public record EvidencePackRow(long id, LocalDate asOf, LocalDate periodFrom, String requestedBy, Instant requestedAt,
                              PackStatus status, int progressPercent, @Nullable String progress,
                              @Nullable Instant finishedAt, @Nullable String error, @Nullable Long pdfSize,
                              @Nullable Long csvSize) {
}
