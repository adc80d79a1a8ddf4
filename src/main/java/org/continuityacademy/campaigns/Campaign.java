package org.continuityacademy.campaigns;

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
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/** A campaign's own row; its modules and audience live in child tables kept by {@link Campaigns}. */
@Entity
@Table(name = "campaign")
class Campaign {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "campaign_seq")
    @SequenceGenerator(name = "campaign_seq", sequenceName = "campaign_seq", allocationSize = 50)
    private @Nullable Long id;

    private String name = "";
    private String description = "";
    @Enumerated(EnumType.STRING)
    private CampaignState state = CampaignState.DRAFT;
    @Enumerated(EnumType.STRING)
    private ScheduleKind scheduleKind = ScheduleKind.ONE_OFF;
    // set by the constructor and apply(); the service passes the time (its clock's), the entity never asks
    private Instant startsAt = Instant.EPOCH;
    private @Nullable String cron;
    private String zone = "UTC";
    private int dueDays = 30;
    private @Nullable Integer skipValidDays;
    private boolean everyone;
    private @Nullable Integer newJoinerDays;
    private @Nullable Integer remindDaysBefore;
    private boolean remindOnDueDate;
    private @Nullable Integer overdueEveryDays;
    private @Nullable Integer escalateManagerDays;
    @jakarta.persistence.Column(name = "escalate_cm_days")
    private @Nullable Integer escalateContinuityManagerDays;
    private boolean announceAssignments = true;
    private String createdBy = "";
    private Instant createdAt = Instant.EPOCH;
    private Instant updatedAt = Instant.EPOCH;

    @Version
    private long version;

    protected Campaign() {
    }

    Campaign(String createdBy, Instant now) {
        this.createdBy = createdBy;
        this.startsAt = now;
        this.createdAt = now;
        this.updatedAt = now;
    }

    long getId() {
        if (id == null) {
            throw new IllegalStateException("not saved yet");
        }
        return id;
    }

    void apply(CampaignDraft d, Instant startsAt, Instant now) {
        this.name = d.name().strip();
        this.description = d.description() == null ? "" : d.description().strip();
        this.scheduleKind = d.scheduleKind();
        this.startsAt = startsAt;
        this.cron = d.scheduleKind() == ScheduleKind.CRON ? d.cron().strip() : null;
        this.zone = d.zone();
        this.dueDays = d.dueDays();
        this.skipValidDays = d.skipValidDays();
        this.everyone = d.everyone();
        this.newJoinerDays = d.newJoinerDays();
        this.remindDaysBefore = d.remindDaysBefore();
        this.remindOnDueDate = d.remindOnDueDate();
        this.overdueEveryDays = d.overdueEveryDays();
        this.escalateManagerDays = d.escalateManagerDays();
        this.escalateContinuityManagerDays = d.escalateContinuityManagerDays();
        this.announceAssignments = d.announceAssignments();
        this.updatedAt = now;
    }

    void moveTo(CampaignState next, Instant now) {
        this.state = next;
        this.updatedAt = now;
    }

    String getName() {
        return name;
    }

    String getDescription() {
        return description;
    }

    CampaignState getState() {
        return state;
    }

    ScheduleKind getScheduleKind() {
        return scheduleKind;
    }

    Instant getStartsAt() {
        return startsAt;
    }

    @Nullable String getCron() {
        return cron;
    }

    ZoneId zone() {
        return ZoneId.of(zone);
    }

    String getZone() {
        return zone;
    }

    int getDueDays() {
        return dueDays;
    }

    @Nullable Integer getSkipValidDays() {
        return skipValidDays;
    }

    boolean isEveryone() {
        return everyone;
    }

    @Nullable Integer getNewJoinerDays() {
        return newJoinerDays;
    }

    @Nullable Integer getRemindDaysBefore() {
        return remindDaysBefore;
    }

    boolean isRemindOnDueDate() {
        return remindOnDueDate;
    }

    @Nullable Integer getOverdueEveryDays() {
        return overdueEveryDays;
    }

    @Nullable Integer getEscalateManagerDays() {
        return escalateManagerDays;
    }

    @Nullable Integer getEscalateContinuityManagerDays() {
        return escalateContinuityManagerDays;
    }

    boolean isAnnounceAssignments() {
        return announceAssignments;
    }
}
