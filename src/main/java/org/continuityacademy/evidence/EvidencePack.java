package org.continuityacademy.evidence;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One requested evidence pack and its progress. The PDF and CSV columns are deliberately not mapped:
 * lists and progress polls must not load megabytes, and the files are written by
 * {@link EvidencePackGenerator} in the same transaction that marks the pack ready. {@code progress} holds the
 * bundle key of the step under way ({@code evidence.progress.*}), which the view shows in the reader's language.
 */
@Entity
@Table(name = "evidence_pack")
class EvidencePack {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evidence_pack_seq")
    @SequenceGenerator(name = "evidence_pack_seq", sequenceName = "evidence_pack_seq", allocationSize = 50)
    private @Nullable Long id;

    private LocalDate asOf = LocalDate.EPOCH;
    private LocalDate periodFrom = LocalDate.EPOCH;
    private String requestedBy = "";
    private Instant requestedAt = Instant.EPOCH;
    @Enumerated(EnumType.STRING)
    private PackStatus status = PackStatus.QUEUED;
    private int progressPercent;
    private @Nullable String progress;
    private @Nullable Instant startedAt;
    private @Nullable Instant finishedAt;
    private @Nullable String error;
    private @Nullable Long pdfSize;
    private @Nullable Long csvSize;

    protected EvidencePack() {
    }

    EvidencePack(LocalDate asOf, LocalDate periodFrom, String requestedBy, Instant requestedAt) {
        this.asOf = asOf;
        this.periodFrom = periodFrom;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
        this.progress = "evidence.progress.waiting";
    }

    long getId() {
        if (id == null) {
            throw new IllegalStateException("not saved yet");
        }
        return id;
    }

    LocalDate getAsOf() {
        return asOf;
    }

    LocalDate getPeriodFrom() {
        return periodFrom;
    }

    String getRequestedBy() {
        return requestedBy;
    }

    Instant getRequestedAt() {
        return requestedAt;
    }

    PackStatus getStatus() {
        return status;
    }

    /** Starts (or, after a node died mid-way, restarts) generation from scratch. */
    void start(Instant now) {
        status = PackStatus.RUNNING;
        startedAt = now;
        progressPercent = 0;
        progress = "evidence.progress.starting";
        error = null;
    }

    /** @param step the bundle key of the step under way */
    void progress(int percent, String step) {
        progressPercent = Math.max(0, Math.min(100, percent));
        progress = step;
    }

    void ready(long pdfSize, long csvSize, Instant now) {
        status = PackStatus.READY;
        progressPercent = 100;
        progress = "evidence.progress.ready";
        finishedAt = now;
        this.pdfSize = pdfSize;
        this.csvSize = csvSize;
    }

    void fail(String message, Instant now) {
        status = PackStatus.FAILED;
        progress = "evidence.progress.stopped";
        finishedAt = now;
        error = message.length() > 1000 ? message.substring(0, 997) + "…" : message;
    }

    EvidencePackRow row() {
        return new EvidencePackRow(getId(), asOf, periodFrom, requestedBy, requestedAt, status, progressPercent, progress,
                finishedAt, error, pdfSize, csvSize);
    }
}
