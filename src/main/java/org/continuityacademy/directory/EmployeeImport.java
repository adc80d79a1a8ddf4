package org.continuityacademy.directory;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One uploaded employee file: previewed, then applied (or not); the record is the import history. The file itself
 * waits in {@link ImportFiles} until applied.
 */
@Entity
@Table(name = "employee_import")
class EmployeeImport {

    enum Status { PREVIEWED, REJECTED, APPLIED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "employee_import_seq")
    @SequenceGenerator(name = "employee_import_seq", sequenceName = "employee_import_seq", allocationSize = 50)
    private @Nullable Long id;

    private String fileName = "";
    private String uploadedBy = "";
    private Instant uploadedAt = Instant.EPOCH;
    private boolean completeList;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Status status = Status.PREVIEWED;
    private int rowsRead;
    private int newCount;
    private int changedCount;
    private int unchanged;
    private int deactivated;
    private int errorCount;
    private @Nullable Instant appliedAt;

    protected EmployeeImport() {
    }

    EmployeeImport(String fileName, String uploadedBy, Instant uploadedAt, boolean completeList, ImportPlan plan) {
        this.fileName = fileName.length() > 255 ? fileName.substring(0, 255) : fileName;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
        this.completeList = completeList;
        this.status = plan.problems().isEmpty() ? Status.PREVIEWED : Status.REJECTED;
        record(plan);
    }

    private void record(ImportPlan plan) {
        this.rowsRead = plan.rowsRead();
        this.newCount = plan.added();
        this.changedCount = plan.changed();
        this.unchanged = plan.unchanged();
        this.deactivated = plan.deactivated();
        this.errorCount = plan.problems().size();
    }

    void applied(ImportPlan plan, Instant at) {
        record(plan);
        this.status = Status.APPLIED;
        this.appliedAt = at;
    }

    @Nullable Long getId() {
        return id;
    }

    String fileName() {
        return fileName;
    }

    Status getStatus() {
        return status;
    }

    boolean isCompleteList() {
        return completeList;
    }

    int deactivated() {
        return deactivated;
    }

    ImportRecord record() {
        return new ImportRecord(id == null ? 0 : id, fileName, uploadedBy, uploadedAt, completeList, status.name(), rowsRead,
                newCount, changedCount, unchanged, deactivated, errorCount, appliedAt);
    }
}
