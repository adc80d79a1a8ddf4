package org.continuityacademy.catalogue;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The version a module serves now; retired when its folder disappears (never deleted). */
@Entity
@Table(name = "training_module")
class TrainingModule {

    @Id
    private String moduleId;
    private long currentVersionId;
    private boolean retired;
    private Instant updatedAt;

    protected TrainingModule() {
        this("", 0, Instant.EPOCH);
    }

    TrainingModule(String moduleId, long currentVersionId, Instant at) {
        this.moduleId = moduleId;
        this.currentVersionId = currentVersionId;
        this.updatedAt = at;
    }

    String getModuleId() {
        return moduleId;
    }

    long getCurrentVersionId() {
        return currentVersionId;
    }

    boolean isRetired() {
        return retired;
    }

    void serve(long versionId, Instant at) {
        this.currentVersionId = versionId;
        this.retired = false;
        this.updatedAt = at;
    }

    void retire(Instant at) {
        this.retired = true;
        this.updatedAt = at;
    }
}
