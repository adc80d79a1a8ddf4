package org.continuityacademy.continuity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A service role without its holder since an assignment ended; filled when someone takes the role. */
@Entity
@Table(name = "role_vacancy")
class RoleVacancy {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "role_vacancy_seq")
    @SequenceGenerator(name = "role_vacancy_seq", sequenceName = "role_vacancy_seq", allocationSize = 50)
    private @Nullable Long id;

    private long serviceId;
    private String roleKey = "";
    @Enumerated(EnumType.STRING)
    private Position position = Position.PRIMARY;
    private long previousEmployeeId;
    private String reason = "";
    private Instant vacatedAt = Instant.EPOCH;
    private @Nullable Instant filledAt;
    private @Nullable Long filledByAssignment;

    protected RoleVacancy() {
    }

    /** @param vacatedAt when the holder's assignment ended, from the application's clock */
    RoleVacancy(long serviceId, String roleKey, Position position, long previousEmployeeId, String reason, Instant vacatedAt) {
        this.serviceId = serviceId;
        this.roleKey = roleKey;
        this.position = position;
        this.previousEmployeeId = previousEmployeeId;
        this.reason = reason.length() > 500 ? reason.substring(0, 500) : reason;
        this.vacatedAt = vacatedAt;
    }

    void fill(long assignmentId, Instant at) {
        this.filledAt = at;
        this.filledByAssignment = assignmentId;
    }

    long getServiceId() {
        return serviceId;
    }

    VacancyRow row(String serviceName, String roleName, String previousHolder) {
        return new VacancyRow(id == null ? 0 : id, serviceId, serviceName, roleKey, roleName, position, previousHolder, reason, vacatedAt);
    }

    long getPreviousEmployeeId() {
        return previousEmployeeId;
    }

    String getRoleKey() {
        return roleKey;
    }
}
