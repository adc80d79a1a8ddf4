package org.continuityacademy.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One recorded change. There are no setters: entries are written once and never changed. */
@Entity
@Table(name = "audit_entry")
class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
    private @Nullable Long id;

    private Instant at;
    private String actor;
    private String action;
    private String subjectType;
    private String subjectId;
    private String summary;
    private @Nullable String beforeState;
    private @Nullable String afterState;

    protected AuditEntry() {
        this(Instant.EPOCH, "", "", "", "", "", null, null);
    }

    AuditEntry(Instant at, String actor, String action, String subjectType, String subjectId, String summary,
               @Nullable String beforeState, @Nullable String afterState) {
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.summary = summary.length() > 500 ? summary.substring(0, 497) + "..." : summary;
        this.beforeState = beforeState;
        this.afterState = afterState;
    }

    AuditRow row() {
        return new AuditRow(id == null ? 0 : id, at, actor, action, subjectType, subjectId, summary, beforeState, afterState);
    }
}
