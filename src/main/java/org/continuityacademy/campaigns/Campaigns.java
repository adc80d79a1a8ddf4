package org.continuityacademy.campaigns;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.continuityacademy.audit.AuditTrail;
import org.continuityacademy.base.i18n.Formats;
import org.continuityacademy.base.db.ColumnSizes;
import org.continuityacademy.base.i18n.Messages;
import org.continuityacademy.catalogue.Catalogue;
import org.continuityacademy.catalogue.ModuleInfo;
import org.continuityacademy.catalogue.RoleDefinition;
import org.continuityacademy.security.Access;
import org.continuityacademy.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Refresher campaigns for the continuity manager (HR may read them). Nothing half-valid is saved: every
 * problem comes back at once, named by field. An active campaign owns a Quartz trigger; pausing or
 * archiving removes it, resuming puts it back.
 */
@Service
public class Campaigns {

    static final String AUDIT_TYPE = "campaign";

    private final CampaignRepository campaigns;
    private final CampaignScheduler scheduler;
    private final Catalogue catalogue;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final JdbcClient jdbc;
    private final ColumnSizes columnSizes;
    private final Messages messages;
    private final Clock clock;

    Campaigns(CampaignRepository campaigns, CampaignScheduler scheduler, Catalogue catalogue,
              AuditTrail audit, CurrentUser currentUser, JdbcClient jdbc, Messages messages, Clock clock, ColumnSizes columnSizes) {
        this.columnSizes = columnSizes;
        this.campaigns = campaigns;
        this.scheduler = scheduler;
        this.catalogue = catalogue;
        this.audit = audit;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.messages = messages;
        this.clock = clock;
    }

    @PreAuthorize(Access.CATALOGUE_READERS)
    @Transactional(readOnly = true)
    public List<CampaignRow> list() {
        Map<Long, RunRow> lastRuns = new LinkedHashMap<>();
        jdbc.sql(RUN_SELECT + " where r.id in (select max(id) from campaign_run group by campaign_id)")
                .query(Campaigns::run).list().forEach(r -> lastRuns.put(r.campaignId(), r));
        return campaigns.findAllByOrderByName().stream()
                .map(c -> new CampaignRow(c.getId(), c.getName(), c.getState(), c.getScheduleKind(), c.getZone(),
                        c.getState() == CampaignState.ACTIVE ? scheduler.nextFireTime(c.getId()) : null, lastRuns.get(c.getId())))
                .toList();
    }

    @PreAuthorize(Access.CATALOGUE_READERS)
    @Transactional(readOnly = true)
    public CampaignDetails details(long id) {
        Campaign c = find(id);
        var modules = new HashSet<>(jdbc.sql("select module_id from campaign_module where campaign_id = ?").param(id).query(String.class).list());
        Map<String, Set<String>> audience = new LinkedHashMap<>();
        jdbc.sql("select kind, value from campaign_audience where campaign_id = ?").param(id)
                .query((rs, n) -> audience.computeIfAbsent(rs.getString("kind"), k -> new HashSet<>()).add(rs.getString("value"))).list();
        var draft = new CampaignDraft(c.getName(), c.getDescription(), modules, c.isEveryone(),
                audience.getOrDefault("ROLE", Set.of()),
                audience.getOrDefault("DEPARTMENT", Set.of()).stream().map(Long::valueOf).collect(Collectors.toSet()),
                audience.getOrDefault("LOCATION", Set.of()), c.getNewJoinerDays(), c.getScheduleKind(),
                ZonedDateTime.ofInstant(c.getStartsAt(), c.zone()), c.getCron(), c.getZone(), c.getDueDays(), c.getSkipValidDays(),
                c.getRemindDaysBefore(), c.isRemindOnDueDate(), c.getOverdueEveryDays(), c.getEscalateManagerDays(),
                c.getEscalateContinuityManagerDays(), c.isAnnounceAssignments());
        return new CampaignDetails(id, c.getState(), draft);
    }

    /** Saves a new campaign (as a draft) or changes one; an active campaign's trigger follows the change. */
    @PreAuthorize(Access.CONTINUITY_MANAGER)
    @Transactional
    public long save(@Nullable Long id, CampaignDraft draft) {
        Instant startsAt = check(id, draft, id == null || find(id).getState() != CampaignState.ACTIVE ? false : true);
        Campaign campaign = id == null ? new Campaign(currentUser.require().getUsername(), clock.instant()) : find(id);
        if (campaign.getState() == CampaignState.ARCHIVED) {
            throw new CampaignRejected(Map.of("state", messages.get("campaigns.error.archived-cannot-change")));
        }
        String before = id == null ? null : details(id).draft().toString();
        campaign.apply(draft, startsAt, clock.instant());
        campaign = campaigns.saveAndFlush(campaign);
        long campaignId = campaign.getId();
        jdbc.sql("delete from campaign_module where campaign_id = ?").param(campaignId).update();
        draft.moduleIds().forEach(m -> jdbc.sql("insert into campaign_module (campaign_id, module_id) values (?, ?)")
                .params(campaignId, m).update());
        jdbc.sql("delete from campaign_audience where campaign_id = ?").param(campaignId).update();
        draft.roleKeys().forEach(r -> audience(campaignId, "ROLE", r));
        draft.departmentIds().forEach(d -> audience(campaignId, "DEPARTMENT", String.valueOf(d)));
        draft.locations().forEach(l -> audience(campaignId, "LOCATION", l));
        if (campaign.getState() == CampaignState.ACTIVE) {
            scheduler.schedule(campaignId, campaign.getScheduleKind(), campaign.getStartsAt(), cronOf(campaign), campaign.getZone());
        }
        audit.record(id == null ? "campaign created" : "campaign changed", AUDIT_TYPE, String.valueOf(campaignId),
                "Campaign '" + campaign.getName() + "' " + (id == null ? "created" : "changed"), before, draft.toString());
        return campaignId;
    }

    /** The audience size today and the next five fire times, for the editor's preview. */
    @PreAuthorize(Access.CONTINUITY_MANAGER)
    @Transactional(readOnly = true)
    public CampaignPreview preview(CampaignDraft draft) {
        ZoneId zone = zone(draft.zone());
        Instant start = draft.startsAt() == null ? clock.instant() : draft.startsAt().withZoneSameLocal(zone).toInstant();
        String cron = draft.startsAt() == null ? null : Schedules.cron(draft.scheduleKind(), draft.startsAt().withZoneSameLocal(zone), draft.cron());
        var times = cron == null && draft.scheduleKind() != ScheduleKind.ONE_OFF ? List.<Instant>of()
                : Schedules.next(draft.scheduleKind(), start, cron, zone, clock.instant(), 5);
        return new CampaignPreview(audienceSize(draft), times);
    }

    @PreAuthorize(Access.CONTINUITY_MANAGER)
    @Transactional
    public void activate(long id) {
        Campaign c = find(id);
        if (c.getState() != CampaignState.DRAFT && c.getState() != CampaignState.PAUSED) {
            throw new CampaignRejected(Map.of("state", messages.get("campaigns.error.only-draft-or-paused-starts")));
        }
        CampaignDraft draft = details(id).draft();
        check(id, draft, true);
        c.moveTo(CampaignState.ACTIVE, clock.instant());
        scheduler.schedule(id, c.getScheduleKind(), c.getStartsAt(), cronOf(c), c.getZone());
        audit.record("campaign activated", AUDIT_TYPE, String.valueOf(id), "Campaign '" + c.getName() + "' is active", null, null);
    }

    @PreAuthorize(Access.CONTINUITY_MANAGER)
    @Transactional
    public void pause(long id) {
        Campaign c = find(id);
        if (c.getState() != CampaignState.ACTIVE) {
            throw new CampaignRejected(Map.of("state", messages.get("campaigns.error.only-active-pauses")));
        }
        c.moveTo(CampaignState.PAUSED, clock.instant());
        scheduler.unschedule(id);
        audit.record("campaign paused", AUDIT_TYPE, String.valueOf(id), "Campaign '" + c.getName() + "' paused", null, null);
    }

    @PreAuthorize(Access.CONTINUITY_MANAGER)
    @Transactional
    public void archive(long id) {
        Campaign c = find(id);
        c.moveTo(CampaignState.ARCHIVED, clock.instant());
        scheduler.unschedule(id);
        audit.record("campaign archived", AUDIT_TYPE, String.valueOf(id), "Campaign '" + c.getName() + "' archived", null, null);
    }

    /** Launches the campaign now, in the background; returns at once. The run appears in its history. */
    @PreAuthorize(Access.CONTINUITY_MANAGER)
    @Transactional
    public Instant runNow(long id) {
        Campaign c = find(id);
        if (c.getState() == CampaignState.ARCHIVED) {
            throw new CampaignRejected(Map.of("state", messages.get("campaigns.error.archived-cannot-run")));
        }
        if (jdbc.sql("select count(*) from campaign_module where campaign_id = ?").param(id).query(Integer.class).single() == 0) {
            throw new CampaignRejected(Map.of("modules", messages.get("campaigns.error.run-without-modules")));
        }
        String by = currentUser.require().getUsername();
        audit.record("campaign run started", AUDIT_TYPE, String.valueOf(id), "Campaign '" + c.getName() + "' started by hand", null, null);
        return scheduler.runNow(id, by);
    }

    /** The campaign's runs, newest first. */
    @PreAuthorize(Access.CATALOGUE_READERS)
    @Transactional(readOnly = true)
    public List<RunRow> runs(long id) {
        return jdbc.sql(RUN_SELECT + " where r.campaign_id = ? order by r.fire_time desc limit 200").param(id).query(Campaigns::run).list();
    }

    private static final String RUN_SELECT = """
            select r.id, r.campaign_id, r.fire_time, r.triggered_by, r.status, r.started_at, r.finished_at, r.audience_size,
                   r.processed, r.assigned, r.skipped_current, r.already_open, r.failed, r.error
            from campaign_run r""";

    private static RunRow run(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Instant finished = Utc.read(rs, "finished_at");
        return new RunRow(rs.getLong("id"), rs.getLong("campaign_id"), Utc.require(rs, "fire_time"),
                rs.getString("triggered_by"), rs.getString("status"), Utc.require(rs, "started_at"),
                finished, rs.getInt("audience_size"), rs.getInt("processed"),
                rs.getInt("assigned"), rs.getInt("skipped_current"), rs.getInt("already_open"), rs.getInt("failed"),
                rs.getString("error"));
    }

    private void audience(long campaignId, String kind, String value) {
        jdbc.sql("insert into campaign_audience (campaign_id, kind, value) values (?, ?, ?)").params(campaignId, kind, value).update();
    }

    /**
     * Every problem of a draft, named by field; nothing is saved while there is one.
     *
     * @param forActivation also refuses a one-off time in the past (a draft may be saved with one)
     * @return when the schedule starts
     */
    private Instant check(@Nullable Long id, CampaignDraft d, boolean forActivation) {
        var problems = new LinkedHashMap<String, String>();
        if (d.name() == null || d.name().isBlank()) {
            problems.put("name", messages.get("campaigns.error.name-missing"));
        } else if (ColumnSizes.length(d.name().strip()) > columnSizes.max("campaign", "name")) {
            problems.put("name", messages.get("campaigns.error.name-too-long", columnSizes.max("campaign", "name")));
        } else {
            campaigns.findByNameIgnoreCase(d.name().strip()).filter(c -> id == null || c.getId() != id)
                    .ifPresent(c -> problems.put("name", messages.get("campaigns.error.name-taken", c.getName())));
        }
        if (d.description() != null && ColumnSizes.length(d.description()) > columnSizes.max("campaign", "description")) {
            problems.put("description", messages.get("campaigns.error.description-too-long", columnSizes.max("campaign", "description")));
        }
        if (d.cron() != null && ColumnSizes.length(d.cron().strip()) > columnSizes.max("campaign", "cron")) {
            problems.put("cron", messages.get("campaigns.error.cron-too-long", columnSizes.max("campaign", "cron")));
        }
        if (d.moduleIds().isEmpty()) {
            problems.put("modules", messages.get("campaigns.error.modules-missing"));
        } else {
            Map<String, ModuleInfo> known = catalogue.moduleInfo(d.moduleIds());
            d.moduleIds().stream().filter(m -> !known.containsKey(m) || known.get(m).retired()).findFirst()
                    .ifPresent(m -> problems.put("modules", messages.get("campaigns.error.module-unknown", m)));
        }
        Set<String> roles = catalogue.roles().stream().map(RoleDefinition::key).collect(Collectors.toSet());
        d.roleKeys().stream().filter(r -> !roles.contains(r)).findFirst()
                .ifPresent(r -> problems.put("audience", messages.get("campaigns.error.role-unknown", r)));
        if (!d.everyone() && d.roleKeys().isEmpty() && d.departmentIds().isEmpty() && d.locations().isEmpty()) {
            problems.put("audience", messages.get("campaigns.error.audience-missing"));
        }
        if (d.newJoinerDays() != null && (d.newJoinerDays() < 1 || d.newJoinerDays() > 3650)) {
            problems.put("newJoinerDays", messages.get("campaigns.error.new-joiner-days", 1, 3650));
        }
        ZoneId zone = null;
        try {
            zone = ZoneId.of(d.zone());
        } catch (DateTimeException | NullPointerException e) {
            problems.put("zone", messages.get("campaigns.error.zone", String.valueOf(d.zone())));
        }
        Instant startsAt = clock.instant();
        if (d.startsAt() == null) {
            problems.put("startsAt", messages.get(d.scheduleKind() == ScheduleKind.ONE_OFF ? "campaigns.error.starts-at-missing"
                    : "campaigns.error.first-run-missing"));
        } else if (zone != null) {
            startsAt = d.startsAt().withZoneSameLocal(zone).toInstant();
            if (d.scheduleKind() == ScheduleKind.ONE_OFF && startsAt.isBefore(clock.instant())
                    && (forActivation || id == null)) {
                // the date and time as the person chose them, in the campaign's zone
                var formats = new Formats(messages.formats().locale(), zone);
                problems.put("startsAt", messages.get("campaigns.error.starts-at-passed", formats.dateTime(startsAt)));
            }
            if ((d.scheduleKind() == ScheduleKind.MONTHLY || d.scheduleKind() == ScheduleKind.QUARTERLY) && d.startsAt().getDayOfMonth() > 28) {
                problems.put("startsAt", messages.get("campaigns.error.first-run-day", 1, 28));
            }
        }
        if (d.scheduleKind() == ScheduleKind.CRON) {
            if (d.cron() == null || d.cron().isBlank()) {
                problems.put("cron", messages.get("campaigns.error.cron-missing"));
            } else if (!problems.containsKey("cron")) { // one too long to keep is not parsed: that is its problem
                String problem = Schedules.cronProblem(d.cron().strip());
                if (problem != null) {
                    problems.put("cron", messages.get("campaigns.error.cron-invalid", problem));
                } else if (zone != null && Schedules.next(ScheduleKind.CRON, startsAt, d.cron().strip(), zone, clock.instant(), 1).isEmpty()) {
                    problems.put("cron", messages.get("campaigns.error.cron-never-fires"));
                }
            }
        }
        if (d.dueDays() < 1 || d.dueDays() > 365) {
            problems.put("dueDays", messages.get("campaigns.error.due-days", 1, 365));
        }
        if (d.skipValidDays() != null && (d.skipValidDays() < 0 || d.skipValidDays() > 3650)) {
            problems.put("skipValidDays", messages.get("campaigns.error.skip-valid-days", 0, 3650));
        }
        if (d.remindDaysBefore() != null && (d.remindDaysBefore() < 1 || d.remindDaysBefore() >= d.dueDays())) {
            problems.put("remindDaysBefore", messages.get("campaigns.error.remind-days-before", 1, d.dueDays() - 1, d.dueDays()));
        }
        if (d.overdueEveryDays() != null && (d.overdueEveryDays() < 1 || d.overdueEveryDays() > 90)) {
            problems.put("overdueEveryDays", messages.get("campaigns.error.overdue-every-days", 1, 90));
        }
        if (d.escalateManagerDays() != null && (d.escalateManagerDays() < 1 || d.escalateManagerDays() > 365)) {
            problems.put("escalateManagerDays", messages.get("campaigns.error.escalate-manager-days", 1, 365));
        }
        if (d.escalateContinuityManagerDays() != null) {
            if (d.escalateContinuityManagerDays() < 1 || d.escalateContinuityManagerDays() > 365) {
                problems.put("escalateContinuityManagerDays", messages.get("campaigns.error.escalate-cm-days", 1, 365));
            } else if (d.escalateManagerDays() != null && d.escalateContinuityManagerDays() <= d.escalateManagerDays()) {
                problems.put("escalateContinuityManagerDays", messages.get("campaigns.error.escalate-cm-after-manager",
                        d.escalateManagerDays()));
            }
        }
        if (!problems.isEmpty()) {
            throw new CampaignRejected(problems);
        }
        return startsAt;
    }

    private int audienceSize(CampaignDraft d) {
        // the draft is not saved: count with the same rules, written out for the draft's values
        var sql = new StringBuilder("select count(*) from employee e where e.active = true");
        var params = new java.util.HashMap<String, Object>();
        if (d.newJoinerDays() != null) {
            sql.append(" and e.hire_date >= :joinedSince");
            params.put("joinedSince", java.sql.Date.valueOf(LocalDate.now(clock).minusDays(d.newJoinerDays())));
        }
        if (!d.everyone() && !d.roleKeys().contains(RoleDefinition.ALL_STAFF)) {
            var any = new java.util.ArrayList<String>();
            if (!d.departmentIds().isEmpty()) {
                any.add("e.department_id in (:departments)");
                params.put("departments", d.departmentIds());
            }
            if (!d.locations().isEmpty()) {
                any.add("e.location in (:locations)");
                params.put("locations", d.locations());
            }
            if (!d.roleKeys().isEmpty()) {
                any.add("exists (select 1 from role_assignment ra where ra.employee_id = e.id and ra.ended_at is null and ra.role_key in (:roles))");
                params.put("roles", d.roleKeys());
            }
            if (any.isEmpty()) {
                return 0;
            }
            sql.append(" and (").append(String.join(" or ", any)).append(")");
        }
        return jdbc.sql(sql.toString()).params(params).query(Integer.class).single();
    }

    private static @Nullable String cronOf(Campaign c) {
        return Schedules.cron(c.getScheduleKind(), c.getStartsAt().atZone(c.zone()), c.getCron());
    }

    private ZoneId zone(String zone) {
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException | NullPointerException e) {
            throw new CampaignRejected(Map.of("zone", messages.get("campaigns.error.zone", zone)));
        }
    }

    private Campaign find(long id) {
        return campaigns.findById(id).orElseThrow(() -> new CampaignRejected(Map.of("id", messages.get("campaigns.error.gone"))));
    }
}
