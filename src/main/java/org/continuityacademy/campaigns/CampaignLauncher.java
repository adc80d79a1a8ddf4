package org.continuityacademy.campaigns;

import java.sql.Date;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.continuityacademy.audit.AuditTrail;
import org.continuityacademy.base.db.DatabaseTrouble;
import org.continuityacademy.base.i18n.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.retry.RetryListener;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryState;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.core.retry.Retryable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Launches a campaign for one scheduled fire time, idempotently: the key (campaign, fire time,
 * employee, module) makes a repeated launch create nothing new, and a launch cut short (a node stopped)
 * carries on where it was when it runs again. The audience is worked through in batches of
 * {@value #BATCH} people, each in its own short transaction, with set-based SQL, so that learners
 * keep working and the run's progress is visible while it goes.
 * <p>
 * While the database cannot be reached (restarting, a network failure), each step waits and tries again (after 1, 2,
 * 4 … seconds, at most 30 apart, for up to {@value #PATIENCE_MINUTES} minutes), so a launch carries on by itself once
 * the database is back. A node that stops in the middle leaves the run to Quartz's recovery ({@link CampaignJobs}).
 * <p>
 * This is the bulk path of training assignments: it writes {@code training_assignment} rows directly
 * (origin CAMPAIGN), with ids from the same sequence Hibernate uses, marked for the training module's announcement
 * job (PENDING: the person gets one e-mail listing what is new) or, when the campaign keeps quiet, SILENT.
 */
@Component
class CampaignLauncher {

    static final int BATCH = 1000;
    /** Who made the assignments of late joiners ({@code assigned_by}). */
    static final String LATE_ENROLMENT = "late enrolment";
    /** Who started a scheduled run ({@code triggered_by}); see {@link RunRow#scheduled()}. */
    static final String SCHEDULE = RunRow.SCHEDULE;
    /** How long a launch waits for a database that cannot be reached before it gives up (and the run is FAILED). */
    static final int PATIENCE_MINUTES = 15;
    private static final Logger log = LoggerFactory.getLogger(CampaignLauncher.class);

    /** The people a campaign is for; {@code :c} the campaign, {@code :everyone} its flag. */
    static final String AUDIENCE = """
            e.active = true
              and (:joinedSince is null or e.hire_date >= :joinedSince)
              and (:everyone = true or exists (
                    select 1 from campaign_audience a where a.campaign_id = :c and (
                         (a.kind = 'DEPARTMENT' and e.department_id = cast(a.value as signed))
                      or (a.kind = 'LOCATION' and a.value = e.location)
                      or (a.kind = 'ROLE' and (a.value = 'all-staff' or exists (
                            select 1 from role_assignment ra
                            where ra.employee_id = e.id and ra.ended_at is null and ra.role_key = a.value))))))
            """;

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final AuditTrail audit;
    private final Messages messages;
    private final Clock clock;

    private final RetryTemplate untilTheDatabaseIsBack;

    CampaignLauncher(JdbcClient jdbc, TransactionTemplate transaction, AuditTrail audit, Messages messages, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
        this.untilTheDatabaseIsBack = new RetryTemplate(RetryPolicy.builder().predicate(DatabaseTrouble::isUnavailable)
                .maxRetries(10_000).delay(Duration.ofSeconds(1)).multiplier(2).maxDelay(Duration.ofSeconds(30))
                .timeout(Duration.ofMinutes(PATIENCE_MINUTES)).build());
        untilTheDatabaseIsBack.setRetryListener(new RetryListener() {
            @Override
            public void beforeRetry(RetryPolicy policy, Retryable<?> step, RetryState state) {
                log.warn("Campaign launch: the database cannot be reached ({}); trying again, attempt {}", step.getName(),
                        state.getRetryCount() + 1);
            }
        });
    }

    /** Runs one step of a launch; while the database cannot be reached it waits and runs it again. */
    private <T> T step(String name, Supplier<T> work) {
        try {
            return untilTheDatabaseIsBack.execute(new Retryable<T>() {
                @Override
                public T execute() {
                    return work.get();
                }

                @Override
                public String getName() {
                    return name;
                }
            });
        } catch (org.springframework.core.retry.RetryException e) {
            Throwable last = e.getLastException();
            throw last instanceof RuntimeException runtime ? runtime : new IllegalStateException(last);
        }
    }

    /** How many people the campaign reaches today. */
    int audienceSize(long campaignId, boolean everyone, @org.jspecify.annotations.Nullable Integer newJoinerDays) {
        return jdbc.sql("select count(*) from employee e where " + AUDIENCE).params(audienceParams(campaignId, everyone, newJoinerDays))
                .query(Integer.class).single();
    }

    /** Launches (or completes) the run of a fire time. Safe to call any number of times. */
    void launch(long campaignId, Instant fireTime, String triggeredBy) {
        Instant fire = fireTime.truncatedTo(ChronoUnit.MICROS);
        var campaign = step("read the campaign", () -> campaign(campaignId));
        if (campaign == null) {
            log.warn("Campaign {} no longer exists; its launch for {} is skipped", campaignId, fire);
            return;
        }
        String status = step("start the run", () -> {
            transaction.executeWithoutResult(s -> jdbc.sql("""
                    insert ignore into campaign_run (id, campaign_id, fire_time, triggered_by, status, started_at)
                    values (nextval(campaign_run_seq), ?, ?, ?, 'RUNNING', ?)
                    """).params(campaignId, Utc.text(fire), triggeredBy, Utc.text(clock.instant())).update());
            return jdbc.sql("select status from campaign_run where campaign_id = ? and fire_time = ?")
                    .params(campaignId, Utc.text(fire)).query(String.class).single();
        });
        if (status.equals("DONE")) {
            log.info("Campaign {} was already launched for {}; nothing to do", campaignId, fire);
            return;
        }
        int size = step("count the audience", () -> {
            int audience = audienceSize(campaignId, campaign.everyone(), campaign.newJoinerDays());
            transaction.executeWithoutResult(s -> jdbc.sql("""
                    update campaign_run set status = 'RUNNING', audience_size = ?, processed = 0, assigned = 0, skipped_current = 0,
                                            already_open = 0, failed = 0, error = null
                    where campaign_id = ? and fire_time = ?
                    """).params(audience, campaignId, Utc.text(fire)).update());
            return audience;
        });
        try {
            Counts total = enrol(campaign, fire, triggeredBy, true);
            step("finish the run", () -> {
                transaction.executeWithoutResult(s -> {
                    jdbc.sql("update campaign_run set status = 'DONE', finished_at = ? where campaign_id = ? and fire_time = ?")
                            .params(Utc.text(clock.instant()), campaignId, Utc.text(fire)).update();
                    audit.record("campaign launched", "campaign", String.valueOf(campaignId), "Campaign '" + campaign.name()
                            + "' launched for " + fire + ": " + total.assigned() + " assigned, " + total.skipped()
                            + " skipped as current, " + total.open() + " already open", null, null);
                });
                return null;
            });
            log.info("Campaign '{}' launched for {}: {} people, {} assignments", campaign.name(), fire, size, total.assigned());
        } catch (RuntimeException e) {
            log.error("Campaign {} launch for {} failed; it carries on when launched again", campaignId, fire, e);
            try {
                transaction.executeWithoutResult(s -> jdbc.sql("update campaign_run set status = 'FAILED', error = ? where campaign_id = ? and fire_time = ?")
                        .params(String.valueOf(e.getMessage()).substring(0, Math.min(1000, String.valueOf(e.getMessage()).length())),
                                campaignId, Utc.text(fire)).update());
            } catch (RuntimeException alsoFailed) {
                e.addSuppressed(alsoFailed);
            }
            throw e;
        }
    }

    /**
     * Enrols people who joined an active campaign's audience after its latest run (new joiners, new
     * roles, department moves), with due dates from today. Returns how many assignments were made.
     */
    int enrolLateJoiners(long campaignId) {
        var campaign = campaign(campaignId);
        var latest = jdbc.sql("select max(fire_time) as latest from campaign_run where campaign_id = ? and status = 'DONE'")
                .param(campaignId).query((rs, n) -> java.util.Optional.ofNullable(Utc.read(rs, "latest"))).single();
        if (campaign == null || latest.isEmpty()) {
            return 0;
        }
        return enrol(campaign, latest.get(), LATE_ENROLMENT, false).assigned();
    }

    record Counts(int assigned, int skipped, int open) {
    }

    private record CampaignFacts(long id, String name, boolean everyone, Integer newJoinerDays, int dueDays, Integer skipValidDays,
                                 java.time.ZoneId zone, boolean announce) {
    }

    private Counts enrol(CampaignFacts campaign, Instant fire, String by, boolean countAll) {
        long campaignId = campaign.id();
        long after = 0;
        int assigned = 0, skipped = 0, open = 0;
        while (true) {
            long from = after;
            List<Long> batch = step("read the next people", () ->
                    jdbc.sql("select e.id from employee e where " + AUDIENCE + " and e.id > :after order by e.id limit :size")
                            .params(audienceParams(campaignId, campaign.everyone(), campaign.newJoinerDays()))
                            .param("after", from).param("size", BATCH).query(Long.class).list());
            if (batch.isEmpty()) {
                break;
            }
            after = batch.getLast();
            // one transaction per batch: a failed one is rolled back whole and made again
            Counts counts = step("enrol a batch", () -> transaction.execute(s -> batch(campaignId, campaign, fire, by, batch, countAll)));
            assigned += counts.assigned();
            skipped += counts.skipped();
            open += counts.open();
        }
        return new Counts(assigned, skipped, open);
    }

    private Counts batch(long campaignId, CampaignFacts campaign, Instant fire, String by, List<Long> people, boolean countAll) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String fireTs = Utc.text(fire);
        Integer skipDays = campaign.skipValidDays();
        Instant skipUntil = now.plus(Duration.ofDays(skipDays == null ? 0 : skipDays));
        // The enrolment takes its assignment's id as it is written (nextval only for ASSIGNED rows, in a
        // materialised derived table so each row draws once), so that the assignments are inserted from the
        // enrolments and no enrolment is written twice. "Already open" is a lookup of the unique open key.
        jdbc.sql("""
                insert ignore into campaign_enrolment (campaign_id, fire_time, employee_id, module_id, outcome, enrolled_at, assignment_id)
                select :c, :fire, x.employee_id, x.module_id,
                       case x.v when -1 then 'SKIPPED_CURRENT' when -2 then 'ALREADY_OPEN' else 'ASSIGNED' end, :now,
                       case when x.v > 0 then x.v end
                from (select e.id as employee_id, cm.module_id,
                             case when :skip = true and exists (select 1 from training_completion tc
                                                                where tc.employee_id = e.id and tc.module_id = cm.module_id
                                                                  and tc.expires_at >= :skipUntil) then -1
                                  when exists (select 1 from training_assignment ta
                                               where ta.open_key = concat(e.id, ':', cm.module_id)) then -2
                                  else nextval(training_assignment_seq) end as v
                      from employee e join campaign_module cm on cm.campaign_id = :c
                      where e.id in (:people)
                      limit 1000000000) x
                """).param("c", campaignId).param("fire", fireTs).param("skip", skipDays != null)
                .param("skipUntil", Utc.text(skipUntil)).param("now", Utc.text(now)).param("people", people).update();
        // "today" in the campaign's zone, by the application clock
        LocalDate due = LocalDate.now(clock.withZone(campaign.zone())).plusDays(campaign.dueDays());
        // the reason people read in their training list: stored as text, so in the organisation's language
        String reason = messages.get(messages.organisationLocale(), "campaigns.assignment.reason", campaign.name());
        var assignment = new java.util.HashMap<String, Object>(Map.of("ref", "campaign:" + campaignId, "reason",
                reason, "by", by, "now", Utc.text(now), "due", Date.valueOf(due), "c", campaignId,
                "fire", fireTs, "people", people));
        // the training module's announcement job tells people (one e-mail each), unless the campaign keeps quiet
        assignment.put("announcement", campaign.announce() ? "PENDING" : "SILENT");
        int inserted = jdbc.sql("""
                insert ignore into training_assignment (id, employee_id, module_id, origin, origin_ref, reason, assigned_by,
                                                        assigned_at, due_on, status, version, announcement)
                select en.assignment_id, en.employee_id, en.module_id, 'CAMPAIGN', :ref, :reason, :by, :now, :due, 'OPEN', 0, :announcement
                from campaign_enrolment en
                where en.campaign_id = :c and en.fire_time = :fire and en.employee_id in (:people)
                  and en.outcome = 'ASSIGNED' and en.enrolled_at = :now and en.assignment_id is not null
                """).params(assignment).update();
        Map<String, Integer> byOutcome = new java.util.HashMap<>();
        int[] assignedNow = {0}, unlinked = {0};
        jdbc.sql("""
                select outcome, count(*) as n, sum(enrolled_at = :now) as fresh, sum(assignment_id is null) as unlinked
                from campaign_enrolment where campaign_id = :c and fire_time = :fire and employee_id in (:people)
                group by outcome
                """).param("c", campaignId).param("fire", fireTs).param("people", people).param("now", Utc.text(now))
                .query((rs, n) -> {
                    String outcome = rs.getString("outcome");
                    byOutcome.put(outcome, countAll ? rs.getInt("n") : rs.getInt("fresh"));
                    if (outcome.equals("ASSIGNED")) {
                        assignedNow[0] = rs.getInt("fresh");
                        unlinked[0] = rs.getInt("unlinked");
                    }
                    return outcome;
                }).list();
        if (inserted < assignedNow[0] || unlinked[0] > 0) {
            // Rare: an open assignment for the pair appeared after the check (the unique open key refused ours),
            // or an earlier run left an enrolment without its assignment. Drop ids whose assignment is not there,
            // then as before: a new assignment where possible, else the enrolment points at the open one.
            jdbc.sql("""
                    update campaign_enrolment en left join training_assignment mine on mine.id = en.assignment_id
                    set en.assignment_id = null
                    where en.campaign_id = :c and en.fire_time = :fire and en.employee_id in (:people)
                      and en.outcome = 'ASSIGNED' and en.enrolled_at = :now and mine.id is null
                    """).params(assignment).update();
            jdbc.sql("""
                    insert ignore into training_assignment (id, employee_id, module_id, origin, origin_ref, reason, assigned_by,
                                                            assigned_at, due_on, status, version, announcement)
                    select nextval(training_assignment_seq), en.employee_id, en.module_id, 'CAMPAIGN', :ref, :reason, :by, :now, :due,
                           'OPEN', 0, :announcement
                    from campaign_enrolment en
                    where en.campaign_id = :c and en.fire_time = :fire and en.employee_id in (:people)
                      and en.outcome = 'ASSIGNED' and en.assignment_id is null
                    """).params(assignment).update();
            jdbc.sql("""
                    update campaign_enrolment en
                    join training_assignment ta on ta.open_key = concat(en.employee_id, ':', en.module_id)
                    set en.assignment_id = ta.id
                    where en.campaign_id = :c and en.fire_time = :fire and en.employee_id in (:people)
                      and en.outcome = 'ASSIGNED' and en.assignment_id is null
                    """).params(assignment).update();
        }
        var counts = new Counts(byOutcome.getOrDefault("ASSIGNED", 0), byOutcome.getOrDefault("SKIPPED_CURRENT", 0),
                byOutcome.getOrDefault("ALREADY_OPEN", 0));
        jdbc.sql("""
                update campaign_run set processed = processed + :processed, assigned = assigned + :assigned,
                       skipped_current = skipped_current + :skipped, already_open = already_open + :open
                where campaign_id = :c and fire_time = :fire
                """).param("processed", countAll ? people.size() : 0).param("assigned", counts.assigned())
                .param("skipped", counts.skipped()).param("open", counts.open()).param("c", campaignId).param("fire", fireTs).update();
        return counts;
    }

    private @org.jspecify.annotations.Nullable CampaignFacts campaign(long campaignId) {
        var facts = jdbc.sql("""
                        select name, everyone, new_joiner_days, due_days, skip_valid_days, zone, announce_assignments
                        from campaign where id = ?
                        """)
                .param(campaignId).query((rs, n) -> new CampaignFacts(campaignId, rs.getString("name"), rs.getBoolean("everyone"),
                        (Integer) rs.getObject("new_joiner_days"), rs.getInt("due_days"), (Integer) rs.getObject("skip_valid_days"),
                        java.time.ZoneId.of(rs.getString("zone")), rs.getBoolean("announce_assignments"))).optional().orElse(null);
        return facts;
    }

    private Map<String, Object> audienceParams(long campaignId, boolean everyone,
                                               @org.jspecify.annotations.Nullable Integer newJoinerDays) {
        var params = new java.util.HashMap<String, Object>();
        params.put("c", campaignId);
        params.put("everyone", everyone);
        // the organisation's today, as Campaigns.preview counts it
        params.put("joinedSince", newJoinerDays == null ? null : Date.valueOf(LocalDate.now(clock).minusDays(newJoinerDays)));
        return params;
    }
}
