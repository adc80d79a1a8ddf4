package org.continuityacademy.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A module someone has to complete by a date; completed or waived, never deleted. */
@Entity
@Table(name = "training_assignment")
class TrainingAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_assignment_seq")
    @SequenceGenerator(name = "training_assignment_seq", sequenceName = "training_assignment_seq", allocationSize = 50)
    private @Nullable Long id;

    private long employeeId;
    private String moduleId = "";
    @Enumerated(EnumType.STRING)
    private AssignmentOrigin origin = AssignmentOrigin.MANUAL;
    private @Nullable String originRef;
    private String reason = "";
    private String assignedBy = "";
    private Instant assignedAt = Instant.EPOCH;
    private LocalDate dueOn = LocalDate.EPOCH;
    @Enumerated(EnumType.STRING)
    private AssignmentStatus status = AssignmentStatus.OPEN;
    private @Nullable Instant startedAt;
    private @Nullable Instant closedAt;
    private @Nullable String closedBy;
    private @Nullable String closeReason;
    private @Nullable Long completionId;
    /**
     * Written when the assignment is made and never by Hibernate afterwards: the announcement job moves it on with
     * SQL, and an entity loaded before that must not write its old value back when it saves (say, "started").
     */
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private @Nullable Announcement announcement;

    @Version
    private long version;

    protected TrainingAssignment() {
    }

    TrainingAssignment(long employeeId, String moduleId, AssignmentOrigin origin, @Nullable String originRef,
                       String reason, String assignedBy, Instant assignedAt, LocalDate dueOn) {
        this.employeeId = employeeId;
        this.moduleId = moduleId;
        this.origin = origin;
        this.originRef = originRef;
        this.reason = reason;
        this.assignedBy = assignedBy;
        this.assignedAt = assignedAt;
        this.dueOn = dueOn;
        // the person hears of it from the announcement job, with whatever else is new for them
        this.announcement = Announcement.PENDING;
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

    AssignmentOrigin getOrigin() {
        return origin;
    }

    @Nullable String getOriginRef() {
        return originRef;
    }

    @Nullable Long getCompletionId() {
        return completionId;
    }

    LocalDate getDueOn() {
        return dueOn;
    }

    AssignmentStatus getStatus() {
        return status;
    }

    boolean isOpen() {
        return status == AssignmentStatus.OPEN;
    }

    /** A sooner deadline wins when a second reason asks for the same module. */
    void bringForward(LocalDate due) {
        if (due.isBefore(dueOn)) {
            dueOn = due;
        }
    }

    void start(Instant at) {
        if (startedAt == null) {
            startedAt = at;
        }
    }

    void complete(long completionId, Instant at) {
        close(AssignmentStatus.COMPLETED, "system", "passed", at);
        this.completionId = completionId;
    }

    void waive(String by, String why, Instant at) {
        close(AssignmentStatus.WAIVED, by, why, at);
    }

    private void close(AssignmentStatus to, String by, String why, Instant at) {
        if (status != AssignmentStatus.OPEN) {
            throw new IllegalStateException("assignment " + id + " is already " + status);
        }
        status = to;
        closedAt = at;
        closedBy = by;
        closeReason = why;
    }

    /**
     * @param today the organisation's today ({@code LocalDate.now(clock)}): due on D is overdue from midnight at
     *              the end of D in the organisation's zone, not in UTC
     */
    TrainingState state(LocalDate today) {
        return switch (status) {
            case COMPLETED -> TrainingState.COMPLETED;
            case WAIVED -> TrainingState.WAIVED;
            case OPEN -> dueOn.isBefore(today) ? TrainingState.OVERDUE
                    : startedAt != null ? TrainingState.IN_PROGRESS : TrainingState.ASSIGNED;
        };
    }

    String describe() {
        return "employee=" + employeeId + ", module=" + moduleId + ", origin=" + origin
                + (originRef == null ? "" : " (" + originRef + ")") + ", due=" + dueOn + ", status=" + status
                + (closeReason == null ? "" : ", closed: " + closeReason);
    }

    TrainingAssignmentRow row(String moduleTitle, LocalDate today) {
        return new TrainingAssignmentRow(getId(), employeeId, moduleId, moduleTitle, origin, originRef, reason, assignedBy,
                assignedAt, dueOn, state(today), startedAt, closedAt, closedBy, closeReason, completionId);
    }
}
