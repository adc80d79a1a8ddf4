package org.continuityacademy.training;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A passed module: the exact version, the score and until when it counts. Never changed once written. */
@Entity
@Table(name = "training_completion")
class Completion {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_completion_seq")
    @SequenceGenerator(name = "training_completion_seq", sequenceName = "training_completion_seq", allocationSize = 50)
    private @Nullable Long id;

    private long employeeId;
    private String moduleId = "";
    private long moduleVersionId;
    private String moduleVersion = "";
    private int moduleMajor;
    private int score;
    private Instant completedAt = Instant.EPOCH;
    private Instant expiresAt = Instant.EPOCH;
    private @Nullable Long assignmentId;
    private String verificationCode = "";

    protected Completion() {
    }

    Completion(long employeeId, String moduleId, long moduleVersionId, String moduleVersion, int moduleMajor, int score,
               Instant completedAt, Instant expiresAt, @Nullable Long assignmentId, String verificationCode) {
        this.employeeId = employeeId;
        this.moduleId = moduleId;
        this.moduleVersionId = moduleVersionId;
        this.moduleVersion = moduleVersion;
        this.moduleMajor = moduleMajor;
        this.score = score;
        this.completedAt = completedAt;
        this.expiresAt = expiresAt;
        this.assignmentId = assignmentId;
        this.verificationCode = verificationCode;
    }

    long getId() {
        if (id == null) {
            throw new IllegalStateException("not saved yet");
        }
        return id;
    }

    long getEmployeeId() {
        return employeeId;
    }

    String getModuleId() {
        return moduleId;
    }

    long getModuleVersionId() {
        return moduleVersionId;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }

    String getVerificationCode() {
        return verificationCode;
    }

    boolean isCurrent(Instant at) {
        return expiresAt.isAfter(at);
    }

    CompletionRow row(String moduleTitle) {
        return new CompletionRow(getId(), employeeId, moduleId, moduleTitle, moduleVersion, moduleMajor, score,
                completedAt, expiresAt, verificationCode);
    }
}
