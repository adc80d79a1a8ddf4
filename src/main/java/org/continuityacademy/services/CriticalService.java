package org.continuityacademy.services;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "critical_service")
class CriticalService {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "critical_service_seq")
    @SequenceGenerator(name = "critical_service_seq", sequenceName = "critical_service_seq", allocationSize = 50)
    private @Nullable Long id;

    private String name = "";
    private String description = "";
    private @Nullable Long ownerEmployeeId;
    private int tier;
    private int rtoMinutes;
    private int rpoMinutes;
    private int mtpdMinutes;
    // placeholders until JPA or from() sets them: time comes from the application's clock, never from here
    private Instant createdAt = Instant.EPOCH;
    private Instant updatedAt = Instant.EPOCH;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "critical_service_role", joinColumns = @JoinColumn(name = "service_id"))
    private Set<RequiredRole> requiredRoles = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "critical_service_dependency", joinColumns = @JoinColumn(name = "service_id"))
    @Column(name = "depends_on_id")
    private Set<Long> dependsOn = new HashSet<>();

    protected CriticalService() {
    }

    /** A new service, registered at {@code now} (the application's clock). */
    static CriticalService from(ServiceDraft draft, Instant now) {
        var service = new CriticalService();
        service.createdAt = now;
        service.apply(draft, now);
        return service;
    }

    /** Takes what a person entered, changed at {@code now} (the application's clock). */
    void apply(ServiceDraft draft, Instant now) {
        this.name = draft.name().strip();
        this.description = draft.description() == null ? "" : draft.description().strip();
        this.ownerEmployeeId = draft.ownerEmployeeId();
        this.tier = draft.tier();
        this.rtoMinutes = draft.rtoMinutes();
        this.rpoMinutes = draft.rpoMinutes();
        this.mtpdMinutes = draft.mtpdMinutes();
        this.requiredRoles.clear();
        this.requiredRoles.addAll(draft.requiredRoles());
        this.dependsOn.clear();
        this.dependsOn.addAll(draft.dependsOn());
        this.updatedAt = now;
    }

    ServiceDraft draft() {
        return new ServiceDraft(name, description, ownerEmployeeId, tier, rtoMinutes, rpoMinutes, mtpdMinutes,
                Set.copyOf(requiredRoles), Set.copyOf(dependsOn));
    }

    @Nullable Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    Set<Long> getDependsOn() {
        return dependsOn;
    }
}
