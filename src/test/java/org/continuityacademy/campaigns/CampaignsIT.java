package org.continuityacademy.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;
import org.awaitility.Awaitility;
import org.continuityacademy.IntegrationTest;
import org.continuityacademy.SignedIn;
import org.continuityacademy.TestRecords;
import org.continuityacademy.base.time.AwkwardDates;
import org.continuityacademy.base.time.TestClock;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.quartz.CronTrigger;
import org.quartz.Scheduler;
import org.quartz.TriggerKey;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Campaigns on a small world of their own: people at a made-up location that no other test uses, and
 * two modules. Launches are checked for idempotency, skipping, late joiners and the run's counts. Run today and
 * on each awkward date: every date comes from the application clock. (Firings by Quartz's own clock are in
 * {@link CampaignTriggersIT}.)
 */
@IntegrationTest
@ParameterizedClass
@MethodSource("org.continuityacademy.base.time.AwkwardDates#moments")
class CampaignsIT {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** When the suite runs: null for today, else one of the awkward dates. */
    @Parameter
    @Nullable
    Instant moment;

    static final Set<String> MODULES = Set.of("itscm-for-everyone", "the-continuity-plan");

    @Autowired
    Campaigns campaigns;
    @Autowired
    CampaignLauncher launcher;
    @Autowired
    Scheduler scheduler;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock clock;

    TestRecords records;
    String location;
    long ann, ben, cal;

    @BeforeEach
    void threePeopleSomewhere() {
        AwkwardDates.pin(clock, moment);
        records = new TestRecords(jdbc, clock);
        location = "Testville " + System.nanoTime();
        LocalDate today = LocalDate.now(clock);
        ann = records.employee("Ann", "Abbott", null, location, today.minusYears(2));
        ben = records.employee("Ben", "Bishop", null, location, today.minusDays(10));
        cal = records.employee("Cal", "Cole", null, location, today.minusYears(3));
    }

    CampaignDraft draft(String name) {
        return new CampaignDraft(name, "Yearly refresher", MODULES, false, Set.of(), Set.of(), Set.of(location), null,
                ScheduleKind.YEARLY, ZonedDateTime.now(clock.withZone(LONDON)).plusDays(30).truncatedTo(ChronoUnit.MINUTES), null,
                LONDON.getId(), 30, 60, 7, true, 7, 14, 30);
    }

    ZonedDateTime nowUtc() {
        return ZonedDateTime.now(clock.withZone(ZoneOffset.UTC));
    }

    @Test
    @WithUserDetails("continuity")
    void bad_input_is_named_by_field_and_nothing_is_saved() {
        int before = campaigns.list().size();
        var bad = new CampaignDraft("", "", Set.of(), false, Set.of(), Set.of(), Set.of(), null, ScheduleKind.CRON,
                nowUtc().plusDays(1), "every tuesday", "Mars/Olympus", 30, null, 30, false, null, 10, 5);

        assertThatThrownBy(() -> campaigns.save(null, bad)).isInstanceOfSatisfying(CampaignRejected.class, e -> {
            assertThat(e.problems()).containsKeys("name", "modules", "audience", "zone", "cron", "remindDaysBefore",
                    "escalateContinuityManagerDays");
            assertThat(e.problems().get("remindDaysBefore")).contains("from 1 to 29");
        });
        var past = new CampaignDraft("Past " + System.nanoTime(), "", MODULES, true, Set.of(), Set.of(), Set.of(), null,
                ScheduleKind.ONE_OFF, nowUtc().minusDays(1), null, "UTC", 30, null, null, false, null, null, null);
        assertThatThrownBy(() -> campaigns.save(null, past)).isInstanceOfSatisfying(CampaignRejected.class,
                e -> assertThat(e.problems().get("startsAt")).contains("has passed"));
        var cron = new CampaignDraft("Cron " + System.nanoTime(), "", MODULES, true, Set.of(), Set.of(), Set.of(), null,
                ScheduleKind.CRON, nowUtc().plusDays(1), "0 0 25 * * ?", "UTC", 30, null, null, false, null, null, null);
        assertThatThrownBy(() -> campaigns.save(null, cron)).isInstanceOfSatisfying(CampaignRejected.class,
                e -> assertThat(e.problems().get("cron")).startsWith("Cron expression: not valid"));

        assertThat(campaigns.list()).hasSize(before);
    }

    @Test
    @WithUserDetails("continuity")
    void the_preview_counts_the_audience_and_lists_the_next_five_fire_times() {
        var preview = campaigns.preview(draft("Preview"));
        assertThat(preview.audienceSize()).isEqualTo(3);
        assertThat(preview.nextFireTimes()).hasSize(5);
        assertThat(Duration.between(preview.nextFireTimes().get(0), preview.nextFireTimes().get(1)).toDays()).isBetween(365L, 366L);

        var newJoiners = new CampaignDraft("Joiners", "", MODULES, false, Set.of(), Set.of(), Set.of(location), 30,
                ScheduleKind.MONTHLY, nowUtc().plusDays(1).withDayOfMonth(1).plusMonths(1), null, "UTC", 14, null, null, false,
                null, null, null);
        assertThat(campaigns.preview(newJoiners).audienceSize()).as("only Ben joined in the last 30 days").isEqualTo(1);
    }

    @Test
    @WithUserDetails("continuity")
    void a_yearly_campaign_first_run_on_29_february_fires_every_year_on_the_last_day_of_february() {
        // the next 29 February from the clock's today, at 09:00 in London
        int year = LocalDate.now(clock).getYear();
        while (!Year.isLeap(year) || !LocalDate.of(year, 2, 29).atTime(9, 0).atZone(LONDON).toInstant().isAfter(clock.instant())) {
            year++;
        }
        var leapDay = ZonedDateTime.of(year, 2, 29, 9, 0, 0, 0, LONDON);
        var yearly = new CampaignDraft("Leap " + System.nanoTime(), "", MODULES, false, Set.of(), Set.of(), Set.of(location), null,
                ScheduleKind.YEARLY, leapDay, null, LONDON.getId(), 30, null, null, false, null, null, null);

        var times = campaigns.preview(yearly).nextFireTimes();

        assertThat(times).hasSize(5);
        for (int i = 0; i < times.size(); i++) {
            var fire = times.get(i).atZone(LONDON);
            LocalDate lastOfFebruary = LocalDate.of(year + i, Month.FEBRUARY, 1).with(TemporalAdjusters.lastDayOfMonth());
            assertThat(fire.toLocalDate()).as("fire %d", i).isEqualTo(lastOfFebruary);
            assertThat(fire.toLocalTime()).isEqualTo(java.time.LocalTime.of(9, 0));
        }
        assertThat(times.get(1).atZone(LONDON).getDayOfMonth()).as("a common year has 28 February").isEqualTo(28);

        // saved and started, its trigger fires the same way
        long id = campaigns.save(null, yearly);
        campaigns.activate(id);
        assertThat(campaigns.list()).filteredOn(c -> c.id() == id).singleElement()
                .satisfies(c -> assertThat(c.nextFireTime()).isEqualTo(times.getFirst()));
        campaigns.archive(id);
    }

    @Test
    @WithUserDetails("continuity")
    void a_launch_assigns_each_module_once_skips_current_completions_and_a_repeat_creates_nothing() {
        // Cal passed the plan module recently: valid for a year, more than the 60 days the campaign asks for
        records.completion(cal, "the-continuity-plan", clock.instant(), clock.instant().plus(Duration.ofDays(300)));
        long id = campaigns.save(null, draft("Launch " + System.nanoTime()));
        Instant fire = clock.instant().truncatedTo(ChronoUnit.SECONDS);

        launcher.launch(id, fire, "test");
        launcher.launch(id, fire, "test");

        assertThat(count("select count(*) from campaign_enrolment where campaign_id = ?", id)).isEqualTo(6);
        assertThat(count("select count(*) from training_assignment where origin = 'CAMPAIGN' and origin_ref = ?", "campaign:" + id))
                .isEqualTo(5);
        var run = campaigns.runs(id).getFirst();
        assertThat(run.status()).isEqualTo("DONE");
        assertThat(run.audienceSize()).isEqualTo(3);
        assertThat(run.processed()).isEqualTo(3);
        assertThat(run.assigned()).isEqualTo(5);
        assertThat(run.skippedCurrent()).isEqualTo(1);
        assertThat(campaigns.runs(id)).hasSize(1);
        LocalDate due = jdbc.sql("select max(due_on) from training_assignment where origin_ref = ?").param("campaign:" + id)
                .query(java.sql.Date.class).single().toLocalDate();
        assertThat(due).as("30 days from today in the campaign's zone").isEqualTo(LocalDate.now(clock.withZone(LONDON)).plusDays(30));
        assertThat(jdbc.sql("select reason from training_assignment where origin_ref = ? limit 1").param("campaign:" + id)
                .query(String.class).single()).startsWith("Refresher campaign: Launch ");

        // a second campaign for the same modules finds the assignments open and adds none
        long second = campaigns.save(null, draft("Second " + System.nanoTime()));
        launcher.launch(second, fire, "test");
        assertThat(campaigns.runs(second).getFirst().alreadyOpen()).isEqualTo(5);
        assertThat(campaigns.runs(second).getFirst().assigned()).isZero();
    }

    @Test
    @WithUserDetails("continuity")
    void a_launch_cut_short_carries_on_and_an_enrolment_left_without_its_assignment_gets_one_or_the_open_one() {
        long id = campaigns.save(null, draft("Cut short " + System.nanoTime()));
        Instant fire = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        launcher.launch(id, fire, "test");
        String ref = "campaign:" + id;
        // as a run stopped half-way might leave it: Ann's plan enrolment without its assignment; Ben's too, while an
        // open assignment for that pair came from elsewhere in the meantime
        for (long person : new long[] {ann, ben}) {
            long assignment = jdbc.sql("select assignment_id from campaign_enrolment where campaign_id = ? and employee_id = ? and module_id = ?")
                    .params(id, person, "the-continuity-plan").query(Long.class).single();
            jdbc.sql("update campaign_enrolment set assignment_id = null where assignment_id = ?").param(assignment).update();
            jdbc.sql("delete from training_assignment where id = ?").param(assignment).update();
        }
        long bensOpen = records.assignment(ben, "the-continuity-plan", clock.instant(), LocalDate.now(clock).plusDays(5));
        jdbc.sql("update campaign_run set status = 'RUNNING' where campaign_id = ?").param(id).update();

        launcher.launch(id, fire, "test");
        launcher.launch(id, fire, "test");

        assertThat(count("select count(*) from training_assignment where origin_ref = ?", ref)).as("Ann's again, not Ben's").isEqualTo(5);
        assertThat(count("select count(*) from campaign_enrolment where campaign_id = ?", id)).isEqualTo(6);
        assertThat(count("""
                select count(*) from campaign_enrolment en join training_assignment ta on ta.id = en.assignment_id
                where en.campaign_id = ? and ta.status = 'OPEN' and ta.employee_id = en.employee_id and ta.module_id = en.module_id
                """, id)).as("every enrolment points at the open assignment of its pair").isEqualTo(6);
        assertThat(jdbc.sql("select assignment_id from campaign_enrolment where campaign_id = ? and employee_id = ? and module_id = ?")
                .params(id, ben, "the-continuity-plan").query(Long.class).single()).isEqualTo(bensOpen);
        var run = campaigns.runs(id).getFirst();
        assertThat(run.status()).isEqualTo("DONE");
        assertThat(run.processed()).isEqualTo(3);
        assertThat(run.assigned()).isEqualTo(6);
    }

    @Test
    @WithUserDetails("continuity")
    void someone_who_joins_the_audience_later_is_enrolled_once_with_a_due_date_from_their_enrolment() {
        long id = campaigns.save(null, draft("Late " + System.nanoTime()));
        launcher.launch(id, clock.instant().minus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS), "test");
        long dee = records.employee("Dee", "Dunn", null, location, LocalDate.now(clock));

        assertThat(launcher.enrolLateJoiners(id)).isEqualTo(2);
        assertThat(launcher.enrolLateJoiners(id)).isZero();
        assertThat(count("select count(*) from training_assignment where employee_id = ? and origin_ref = ? and due_on = ?", dee,
                "campaign:" + id, java.sql.Date.valueOf(LocalDate.now(clock.withZone(LONDON)).plusDays(30)))).isEqualTo(2);
    }

    @Test
    @WithUserDetails("continuity")
    void an_active_campaign_owns_a_trigger_that_runs_a_missed_firing_once_and_pausing_removes_it() throws Exception {
        long id = campaigns.save(null, draft("Trigger " + System.nanoTime()));
        campaigns.activate(id);

        var trigger = (CronTrigger) scheduler.getTrigger(TriggerKey.triggerKey("campaign-" + id, "campaigns"));
        assertThat(trigger.getMisfireInstruction()).isEqualTo(CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW);
        assertThat(trigger.getTimeZone().getID()).isEqualTo(LONDON.getId());
        assertThat(campaigns.list()).filteredOn(c -> c.id() == id).singleElement()
                .satisfies(c -> assertThat(c.nextFireTime()).isNotNull());

        campaigns.pause(id);
        assertThat(scheduler.getTrigger(TriggerKey.triggerKey("campaign-" + id, "campaigns"))).isNull();
        campaigns.activate(id);
        campaigns.archive(id);
        assertThat(scheduler.getTrigger(TriggerKey.triggerKey("campaign-" + id, "campaigns"))).isNull();
        assertThatThrownBy(() -> campaigns.save(id, draft("Trigger again " + System.nanoTime()))).isInstanceOf(CampaignRejected.class);
    }

    @Test
    @WithUserDetails("continuity")
    void run_now_returns_at_once_and_the_run_finishes_in_the_background() {
        long id = campaigns.save(null, draft("Now " + System.nanoTime()));
        Instant fired = campaigns.runNow(id);

        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).pollInSameThread()
                .until(() -> campaigns.runs(id).stream().anyMatch(r -> r.status().equals("DONE")));
        var run = campaigns.runs(id).getFirst();
        assertThat(run.fireTime()).as("the run is for the application clock's now").isEqualTo(fired);
        assertThat(Duration.between(clock.instant(), fired).abs()).isLessThan(Duration.ofMinutes(2));
        assertThat(run.triggeredBy()).isEqualTo("continuity");
        assertThat(run.assigned()).isEqualTo(6);
    }

    @Test
    void hr_reads_campaigns_but_does_not_change_them_and_a_learner_sees_none() {
        long id = SignedIn.as(users, "continuity", () -> campaigns.save(null, draft("Access " + System.nanoTime())));
        SignedIn.as(users, "hr", () -> {
            assertThat(campaigns.list()).extracting(CampaignRow::id).contains(id);
            assertThat(campaigns.runs(id)).isEmpty();
            assertThatThrownBy(() -> campaigns.save(id, draft("HR " + System.nanoTime()))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> campaigns.runNow(id)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> campaigns.activate(id)).isInstanceOf(AccessDeniedException.class);
            return null;
        });
        SignedIn.as(users, "learner", () -> {
            assertThatThrownBy(() -> campaigns.list()).isInstanceOf(AccessDeniedException.class);
            return null;
        });
    }

    private int count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Integer.class).single();
    }
}
