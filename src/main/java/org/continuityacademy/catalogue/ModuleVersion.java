package org.continuityacademy.catalogue;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A valid version of a module as loaded once, kept for good: completions name it. */
@Entity
@Table(name = "training_module_version")
class ModuleVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_module_version_seq")
    @SequenceGenerator(name = "training_module_version_seq", sequenceName = "training_module_version_seq", allocationSize = 50)
    private @Nullable Long id;

    private String moduleId;
    private String version;
    private int major;
    private String contentHash;
    private String title;
    private String moduleText;
    private String questionsText;
    private Instant loadedAt;

    protected ModuleVersion() {
        this(null, Instant.EPOCH);
    }

    ModuleVersion(@Nullable ModuleDefinition module, Instant loadedAt) {
        this.moduleId = module == null ? "" : module.id();
        this.version = module == null ? "" : module.version().toString();
        this.major = module == null ? 0 : module.version().major();
        this.contentHash = module == null ? "" : module.contentHash();
        this.title = module == null ? "" : module.title();
        this.moduleText = module == null ? "" : module.moduleText();
        this.questionsText = module == null ? "" : module.questionsText();
        this.loadedAt = loadedAt;
    }

    @Nullable Long getId() {
        return id;
    }

    String getModuleId() {
        return moduleId;
    }

    String getVersion() {
        return version;
    }

    int getMajor() {
        return major;
    }

    String getContentHash() {
        return contentHash;
    }

    String getModuleText() {
        return moduleText;
    }

    String getQuestionsText() {
        return questionsText;
    }
}
