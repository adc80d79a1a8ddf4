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
        this("", 0);
    }

    TrainingModule(String moduleId, long currentVersionId) {
        this.moduleId = moduleId;
        this.currentVersionId = currentVersionId;
        this.updatedAt = Instant.now();
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

    void serve(long versionId) {
        this.currentVersionId = versionId;
        this.retired = false;
        this.updatedAt = Instant.now();
    }

    void retire() {
        this.retired = true;
        this.updatedAt = Instant.now();
    }
}
