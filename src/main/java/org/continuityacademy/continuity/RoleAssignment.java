package org.continuityacademy.continuity;

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

/** A person holding a continuity role; ended, never deleted. */
@Entity
@Table(name = "role_assignment")
class RoleAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "role_assignment_seq")
    @SequenceGenerator(name = "role_assignment_seq", sequenceName = "role_assignment_seq", allocationSize = 50)
    private @Nullable Long id;

    private long employeeId;
    private String roleKey = "";
    private @Nullable Long serviceId;
    @Enumerated(EnumType.STRING)
    private Position position = Position.PRIMARY;
    private String reason = "";
    private String assignedBy = "";
    // placeholders until JPA or the constructor sets them: time comes from the application's clock, never from here
    private Instant assignedAt = Instant.EPOCH;
    private LocalDate validFrom = LocalDate.EPOCH;
    private @Nullable LocalDate validUntil;
    private @Nullable Instant endedAt;
    private @Nullable String endedBy;
    private @Nullable String endReason;

    @Version
    private long version;

    protected RoleAssignment() {
    }

    /**
     * @param assignedAt when it was given, from the application's clock
     * @param validFrom  the day it starts: from the start of that day in the organisation's time zone
     */
    RoleAssignment(long employeeId, String roleKey, @Nullable Long serviceId, Position position, String reason,
                   String assignedBy, Instant assignedAt, LocalDate validFrom, @Nullable LocalDate validUntil) {
        this.employeeId = employeeId;
        this.roleKey = roleKey;
        this.serviceId = serviceId;
        this.position = position;
        this.reason = reason;
        this.assignedBy = assignedBy;
        this.assignedAt = assignedAt;
        this.validFrom = validFrom;
        this.validUntil = validUntil;
    }

    /** Ends it at {@code at} (the application's clock); it stays in the history. */
    void end(String by, String why, Instant at) {
        this.endedAt = at;
        this.endedBy = by;
        this.endReason = why;
    }

    @Nullable Long getId() {
        return id;
    }

    long getEmployeeId() {
        return employeeId;
    }

    String getRoleKey() {
        return roleKey;
    }

    @Nullable Long getServiceId() {
        return serviceId;
    }

    Position getPosition() {
        return position;
    }

    boolean isCurrent() {
        return endedAt == null;
    }

    AssignmentRow row(String employeeName, @Nullable String serviceName, String roleName) {
        return new AssignmentRow(id == null ? 0 : id, employeeId, employeeName, roleKey, roleName, serviceId, serviceName,
                position, reason, assignedBy, assignedAt, validFrom, validUntil, endedAt, endedBy, endReason);
    }

    String describe() {
        return "employee id: " + employeeId + "\nrole: " + roleKey + "\nservice id: " + (serviceId == null ? "none" : serviceId)
                + "\nposition: " + position + "\nfrom: " + validFrom + "\nuntil: " + (validUntil == null ? "open" : validUntil)
                + "\nreason: " + reason + (endedAt == null ? "" : "\nended: " + endedAt + " by " + endedBy + " (" + endReason + ")");
    }
}
