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
    private Instant assignedAt = Instant.now();
    private LocalDate validFrom = LocalDate.now();
    private @Nullable LocalDate validUntil;
    private @Nullable Instant endedAt;
    private @Nullable String endedBy;
    private @Nullable String endReason;

    @Version
    private long version;

    protected RoleAssignment() {
    }

    RoleAssignment(long employeeId, String roleKey, @Nullable Long serviceId, Position position, String reason,
                   String assignedBy, LocalDate validFrom, @Nullable LocalDate validUntil) {
        this.employeeId = employeeId;
        this.roleKey = roleKey;
        this.serviceId = serviceId;
        this.position = position;
        this.reason = reason;
        this.assignedBy = assignedBy;
        this.validFrom = validFrom;
        this.validUntil = validUntil;
    }

    void end(String by, String why) {
        this.endedAt = Instant.now();
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
