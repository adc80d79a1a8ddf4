package org.continuityacademy.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.awaitility.Awaitility;
import org.continuityacademy.IntegrationTest;
import org.continuityacademy.SignedIn;
import org.continuityacademy.TestRecords;
import org.continuityacademy.continuity.AssignRole;
import org.continuityacademy.continuity.ContinuityRoles;
import org.continuityacademy.continuity.Position;
import org.continuityacademy.services.RequiredRole;
import org.continuityacademy.services.ServiceDraft;
import org.continuityacademy.services.ServiceRegister;
import org.continuityacademy.base.i18n.Formats;
import org.continuityacademy.base.i18n.Messages;
import org.continuityacademy.base.time.AwkwardDates;
import org.continuityacademy.base.time.Days;
import org.continuityacademy.base.time.TestClock;
import org.continuityacademy.continuity.ServiceState;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * An evidence pack on a small world worked out by hand, as at D = 30 days before the clock's today, period
 * P = D − 12 months to D. The suite runs once today (in the configured zone) and once at each awkward date
 * ({@link AwkwardDates}), with the organisation in Europe/Berlin there, so that the end of D is a European
 * midnight and not UTC's; every date and time of the world is computed from the clock. Times of day are noon
 * in the organisation's zone. The IT Recovery Lead role requires five modules; four are current throughout for everyone here,
 * the fifth (role-it-recovery-lead, "F") tells the story:
 * <pre>
 * Harbour Ledger (tier 1, deputy required)
 *   primary Orla Quinlan   since P−10  F 0.9.0 passed P−20, expired P+100; renewed P+130 with 0.10.0 (85%)
 *                                      -> current at D; gap P+100 … P+129 = 30 days
 *   deputy  Piotr Zieliński since P−10 F 0.9.0 (92%) expired D−20; renewed D+10 (after D, 97%)
 *                                      -> expired at D; gap D−20 … D = 21 days, still open    => service AT RISK
 * Quay Payments (tier 2, no deputy)
 *   primary Rosa Ibáñez    since D−50  F never done -> gap D−50 … D = 51 days                  => NOT READY
 *   deputy  Uma Varga      since D+5   (started after D: absent from the pack)
 * Dockside Portal: registered today, nobody held a role at D (absent)
 * </pre>
 * Harbour Ledger and Quay Payments are registered at P−30, with the clock put there. Versions in force at D:
 * F 0.10.0 (published P+120), the other four 0.9.0 (published P−60); today's 1.0.0 came after D. (Where a version
 * of the module was published between that time and D already, by the shipped content when the clock is put in
 * the future or by an earlier date's world, the world's version is published just after it, so that it is the one
 * in force at D.) A campaign ran once in the period (D−40) and once after D (absent).
 */
@IntegrationTest
@ParameterizedClass
@MethodSource("org.continuityacademy.base.time.AwkwardDates#moments")
class EvidencePackIT {

    /** When the suite runs: null for today, else one of the awkward dates. */
    @Parameter
    @Nullable
    Instant moment;

    static final String F = "role-it-recovery-lead";
    /** The recovery lead's other modules, which the world's people have passed (0.9.0) before the story starts. */
    static final List<String> OTHERS = org.continuityacademy.RoleModules.RECOVERY_LEAD.stream().filter(m -> !m.equals(F)).toList();

    @Autowired
    EvidencePacks packs;
    @Autowired
    EvidencePackGenerator generator;
    @Autowired
    EvidenceQueries queries;
    @Autowired
    ServiceRegister services;
    @Autowired
    ContinuityRoles roles;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    WebApplicationContext context;

    @Autowired
    Messages messages;

    @Autowired
    TestClock clock;

    LocalDate d;
    LocalDate p;

    @BeforeEach
    void pinTheClock() {
        AwkwardDates.pin(clock, moment);
        if (moment != null) {
            clock.setZone(AwkwardDates.EUROPE);
        }
        d = LocalDate.now(clock).minusDays(30);
        p = EvidencePeriod.defaultFrom(d);
    }

    @Test
    @WithUserDetails("continuity")
    void the_pack_names_the_right_people_with_their_versions_scores_gaps_and_service_states() throws Exception {
        World w = world();

        long id = packs.request(d, null);
        EvidencePackRow ready = awaitFinished(id);

        assertThat(ready.status()).as("error: %s", ready.error()).isEqualTo(PackStatus.READY);
        assertThat(ready.periodFrom()).isEqualTo(p);
        assertThat(ready.requestedBy()).isEqualTo("continuity");
        byte[] pdf = packs.pdf(id).orElseThrow().content();
        Files.createDirectories(Path.of("target/screenshots"));
        Files.write(Path.of("target/screenshots/evidence-pack.pdf"), pdf);
        String text = pdfText(pdf);

        assertThat(text).contains("ISO 22301 evidence pack", "7.2 Competence", "7.3 Awareness", "8.5 Exercise programme",
                "As at the end of " + date(d) + " in " + formats().zoneName(), "Priya Raman (continuity)", "Page 1 of ");

        String versions = between(text, "2. Content versions in force", "3. Role holders");
        // the shipped 1.0.0 is not in force for these five at D (other modules' may be, when D is after it was loaded)
        assertThat(line(versions, F)).contains("0.10.0").doesNotContain(" 1.0.0 ");
        OTHERS.forEach(m -> assertThat(line(versions, m)).contains("0.9.0").doesNotContain(" 1.0.0 "));

        String holders = between(text, "3. Role holders", "4. Training of each role holder");
        assertThat(row(holders, cell(w.orla()))).contains("Orla", "Quinlan", w.ledger(), "Primary", " Ready ");
        // "Not ready" may wrap in its cell when other tests' holders widen a column: its words, in order, in the row
        assertThat(row(holders, cell(w.piotr()))).contains("Piotr", "Zieliński", w.ledger(), "Deputy").containsPattern("Not\\b.*\\bready");
        assertThat(row(holders, cell(w.rosa()))).contains("Rosa", "Ibáñez", w.quay(), "Primary", "Payments,")
                .containsPattern("Not\\b.*\\bready");

        String training = between(text, "4. Training of each role holder", "5. Coverage");
        assertThat(line(after(training, "Orla Quinlan (" + w.orla() + ")"), F)).contains("0.10.0", "85%", "Current");
        assertThat(line(after(training, "Piotr Zieliński (" + w.piotr() + ")"), F)).contains("0.9.0", "92%", "Expired")
                .doesNotContain("97%");
        assertThat(line(after(training, "Rosa Ibáñez (" + w.rosa() + ","), F)).contains("Never completed");
        assertThat(line(after(training, "Rosa Ibáñez (" + w.rosa() + ","), "the-continuity-plan")).contains("0.9.0", "90%", "Current");

        String readiness = between(text, "Critical services", "6. Gaps in validity");
        assertThat(line(readiness, w.ledger())).contains("At risk", "Orla Quinlan (ready)", "Piotr Zieliński (not ready)");
        assertThat(line(readiness, w.quay())).contains("Not ready", "Rosa Ibáñez (not ready)", "Not required");

        String gaps = between(text, "6. Gaps in validity", "7. Campaign history");
        assertThat(lines(gaps, cell(w.orla()))).singleElement().satisfies(l -> assertThat(l)
                .contains(F, date(p.plusDays(100)), date(p.plusDays(129)), " 30 ", "Expired"));
        assertThat(row(gaps, cell(w.orla()))).contains("Orla", "Quinlan");
        assertThat(lines(gaps, cell(w.piotr()))).singleElement().satisfies(l -> assertThat(l)
                .contains(F, date(d.minusDays(20)), date(d), " 21 ", "Expired"));
        assertThat(lines(gaps, cell(w.rosa()))).singleElement().satisfies(l -> assertThat(l)
                .contains(F, date(d.minusDays(50)), date(d), " 51 ", "Not yet"));

        String campaigns = after(text, "7. Campaign history");
        assertThat(lines(campaigns, w.campaign())).singleElement()
                .satisfies(l -> assertThat(l).contains(date(d.minusDays(40)), "schedule 12 7 5 0 Done"));

        assertThat(text).doesNotContain(cell(w.uma()).strip(), w.portal());
    }

    @Test
    @WithUserDetails("continuity")
    void the_csv_appendix_parses_back_to_the_packs_rows() throws Exception {
        World w = world();
        LocalDate from = d.minusMonths(6);
        long id = packs.request(d, from);
        assertThat(awaitFinished(id).status()).isEqualTo(PackStatus.READY);
        byte[] csv = packs.csv(id).orElseThrow().content();

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(csv, StandardCharsets.UTF_8).substring(1))).getRecords();
        var content = queries.collect("", d, from, "continuity", clock.instant(), List.of(), (n, s) -> {
        });
        assertThat(rows.stream().filter(r -> r.get("Section").equals("training")).count())
                .isEqualTo(content.holders().stream().mapToLong(h -> h.training().size()).sum());
        assertThat(rows.stream().filter(r -> r.get("Section").equals("gap")).count()).isEqualTo(content.gaps().size());

        CSVRecord piotr = row(rows, "training", w.piotr(), F);
        assertThat(piotr.get("Person")).isEqualTo("Piotr Zieliński");
        assertThat(piotr.get("Version")).isEqualTo("0.9.0");
        assertThat(piotr.get("Score")).isEqualTo("92");
        assertThat(piotr.get("Status at date")).isEqualTo("Expired");
        assertThat(piotr.get("Service")).isEqualTo(w.ledger());
        assertThat(piotr.get("Position")).isEqualTo("Deputy");
        // a time with the organisation's offset (2027-09-10T12:00:00+02:00)
        assertThat(java.time.OffsetDateTime.parse(piotr.get("Expires")).toInstant()).isEqualTo(noon(d.minusDays(20)));
        CSVRecord rosa = row(rows, "training", w.rosa(), F);
        assertThat(rosa.get("Person")).isEqualTo("Rosa Ibáñez");
        assertThat(rosa.get("Department")).isEqualTo(w.department());
        assertThat(rosa.get("Version")).isEmpty();
        assertThat(rosa.get("Status at date")).isEqualTo("Never completed");
        assertThat(row(rows, "training", w.orla(), F).get("Score")).isEqualTo("85");
        assertThat(row(rows, "training", w.orla(), F).get("Version")).isEqualTo("0.10.0");

        // the period starts at D − 6 months: Orla's lapse is before it, Piotr's and Rosa's within
        assertThat(rows).noneMatch(r -> r.get("Section").equals("gap") && r.get("Employee number").equals(w.orla()));
        CSVRecord piotrGap = row(rows, "gap", w.piotr(), F);
        assertThat(piotrGap.get("Gap from")).isEqualTo(d.minusDays(20).toString());
        assertThat(piotrGap.get("Gap to")).isEqualTo(d.toString());
        assertThat(piotrGap.get("Gap days")).isEqualTo("21");
        assertThat(piotrGap.get("Gap why")).isEqualTo("Expired, still open at the date");
        assertThat(row(rows, "gap", w.rosa(), F).get("Gap days")).isEqualTo("51");
        assertThat(rows).noneMatch(r -> r.get("Employee number").equals(w.uma()));
    }

    @Test
    @WithUserDetails("continuity")
    void a_bad_date_is_refused_with_the_field_and_nothing_is_saved() {
        long before = packs.count();
        LocalDate today = LocalDate.now(clock);

        assertThatThrownBy(() -> packs.request(today.plusDays(1), null)).isInstanceOfSatisfying(EvidencePackRejected.class,
                e -> assertThat(e.problems()).containsOnlyKeys("asOf").hasValueSatisfying(
                        new org.assertj.core.api.Condition<>(m -> m.startsWith("As at: the date cannot be in the future"), "future")));
        assertThatThrownBy(() -> packs.request(d, d)).isInstanceOfSatisfying(EvidencePackRejected.class,
                e -> assertThat(e.problems()).containsOnly(Map.entry("periodFrom", "Period from: the period must start before the as-at date.")));
        assertThatThrownBy(() -> packs.request(d, d.minusYears(3).minusDays(1))).isInstanceOfSatisfying(EvidencePackRejected.class,
                e -> assertThat(e.problems().get("periodFrom")).startsWith("Period from: a pack covers at most 3 years"));
        assertThatThrownBy(() -> packs.request(null, null)).isInstanceOfSatisfying(EvidencePackRejected.class,
                e -> assertThat(e.problems()).containsOnlyKeys("asOf"));

        assertThat(packs.count()).isEqualTo(before);
        assertThat(packs.request(d, d.minusYears(3))).isPositive();
    }

    @Test
    @WithUserDetails("learner")
    void a_learner_can_neither_ask_for_nor_read_nor_download_packs() throws Exception {
        long id = readyPack();
        assertThatThrownBy(() -> packs.request(d, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> packs.page(PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> packs.pdf(id)).isInstanceOf(AccessDeniedException.class);
        mvc().perform(get("/evidence-packs/" + id + "/pdf").with(signedIn("learner"))).andExpect(status().isForbidden());
        mvc().perform(get("/evidence-packs/" + id + "/csv").with(signedIn("learner"))).andExpect(status().isForbidden());
        mvc().perform(get("/evidence-packs/" + id + "/pdf")).andExpect(status().is3xxRedirection()); // nobody signed in: to the login
    }

    @Test
    @WithUserDetails("manager")
    void a_manager_can_neither_ask_for_nor_download_packs() throws Exception {
        long id = readyPack();
        assertThatThrownBy(() -> packs.request(d, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> packs.csv(id)).isInstanceOf(AccessDeniedException.class);
        mvc().perform(get("/evidence-packs/" + id + "/pdf").with(signedIn("manager"))).andExpect(status().isForbidden());
    }

    @Test
    @WithUserDetails("hr")
    void hr_downloads_a_ready_pack_and_an_unknown_one_is_not_found() throws Exception {
        long id = readyPack();
        int audited = downloadsAudited(id);

        var pdf = mvc().perform(get("/evidence-packs/" + id + "/pdf").with(signedIn("hr"))).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"evidence-pack-" + LocalDate.now(clock)
                        + "-" + id + ".pdf\"")).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        mvc().perform(get("/evidence-packs/" + id + "/csv").with(signedIn("hr"))).andExpect(status().isOk());
        mvc().perform(get("/evidence-packs/987654321/pdf").with(signedIn("hr"))).andExpect(status().isNotFound());

        assertThat(downloadsAudited(id)).isEqualTo(audited + 2);
    }

    @Test
    @WithUserDetails("continuity")
    void a_pack_that_cannot_be_generated_fails_with_a_plain_message_and_offers_nothing() {
        long id = jdbc.sql("select nextval(evidence_pack_seq)").query(Long.class).single();
        jdbc.sql("""
                insert into evidence_pack (id, as_of, period_from, requested_by, requested_at, status)
                values (?, ?, ?, 'someone-gone', ?, 'QUEUED')
                """).params(id, d, p, TestRecords.utc(clock.instant())).update();

        generator.generate(id);

        var failed = packs.find(id).orElseThrow();
        assertThat(failed.status()).isEqualTo(PackStatus.FAILED);
        assertThat(failed.error()).isEqualTo("The pack was not generated: someone-gone, who asked for it, no longer has an account.");
        assertThat(packs.pdf(id)).isEmpty();
        assertThat(packs.csv(id)).isEmpty();
        assertThat(jdbc.sql("select count(*) from evidence_pack where id = ? and pdf is null and csv is null").param(id)
                .query(Integer.class).single()).isEqualTo(1);

        generator.generate(id); // a repeated firing leaves a finished pack alone
        assertThat(packs.find(id).orElseThrow().status()).isEqualTo(PackStatus.FAILED);
    }

    /**
     * Every branch of the PDF and the CSV, drawn from made-up content: with the bundles strict in the tests, a text
     * the layout asks for and the bundles lack fails here, even where the hand-counted world does not reach.
     */
    @Test
    void every_branch_of_the_pack_takes_its_texts_from_the_bundles() throws Exception {
        var locale = messages.organisationLocale();
        Instant at = noon(d);
        var line = new EvidenceContent.TrainingLine(F, null, null, null, null, EvidenceContent.Standing.NEVER);
        var holder = new EvidenceContent.Holder(1, "it-recovery-lead", "IT Recovery Lead", null, null, Position.DEPUTY, 1, "Ada Lovelace",
                "X1", null, d.minusDays(3), List.of(line));
        var full = new EvidenceContent("Harbour Holdings", d, p, "Priya Raman (continuity)", at,
                List.of(new EvidenceContent.RoleCompetence("gone-role", "gone-role", null, true, true, List.of(F)),
                        new EvidenceContent.RoleCompetence("it-recovery-lead", "IT Recovery Lead", "Leads recovery.", false, false, List.of())),
                List.of(new EvidenceContent.VersionInForce(F, "Role module", "0.9.0", at, true, List.of("IT Recovery Lead"))),
                List.of(holder), 7,
                new EvidenceContent.Coverage(new EvidenceContent.Slice("", 3, 1), List.of(), List.of()),
                List.of(new EvidenceContent.ServiceAtDate(1, "Empty service", 1, ServiceState.NO_ROLES, List.of()),
                        new EvidenceContent.ServiceAtDate(2, "Vacant service", 2, ServiceState.NOT_READY,
                                List.of(new EvidenceContent.Slot("IT Recovery Lead", false, List.of(), List.of(holder))))),
                List.of(new EvidenceContent.GapRow("IT Recovery Lead", null, Position.DEPUTY, "Ada Lovelace", "X1", null, F, d.minusDays(3), d,
                        4, false, true)),
                List.of(new EvidenceContent.CampaignRun("Refresher", at, "schedule", 1, 1, 0, 0, "RUNNING"),
                        new EvidenceContent.CampaignRun("Refresher", at, "schedule", 1, 0, 0, 0, "FAILED"),
                        new EvidenceContent.CampaignRun("Refresher", at, "schedule", 1, 0, 0, 0, "SOMETHING_NEW")));
        String text = pdfText(new EvidencePdf(messages, locale).render(full));
        assertThat(text).contains("Harbour Holdings", "Not in today's role catalogue.", "(retired since)", "No roles required",
                "Vacant", "Ada Lovelace (not ready)", "(still open)", "Running", "Failed", "SOMETHING_NEW", "1 gap,",
                "ISO 22301 evidence pack as at " + date(d) + " · Harbour Holdings", formats().dateTime(at));
        String csv = new String(new EvidenceCsv(messages, locale).write(full), StandardCharsets.UTF_8);
        assertThat(csv).contains("training,IT Recovery Lead,,Deputy,Ada Lovelace,X1,,", "Never completed",
                "gap,IT Recovery Lead,,Deputy,Ada Lovelace,X1,,", "Not yet completed, still open at the date");

        var empty = new EvidenceContent("", d, p, "Priya Raman (continuity)", at, List.of(), List.of(), List.of(), 0,
                new EvidenceContent.Coverage(new EvidenceContent.Slice("", 0, 0), List.of(), List.of()), List.of(), List.of(), List.of());
        assertThat(pdfText(new EvidencePdf(messages, locale).render(empty))).contains("No module had been published by this date.",
                "Nobody held a continuity role at this date.", "No training was required.", "No module is required of all staff.",
                "No critical service was registered at this date.", "No gaps:", "No campaign ran in this period.");
    }

    // --- the world -------------------------------------------------------------------------------------------

    /**
     * The people by employee number (unique even when a server database keeps earlier runs' fixtures), the
     * services, department and campaign by names with a short random suffix.
     */
    record World(String orla, String piotr, String rosa, String uma, String ledger, String quay, String portal,
                 String department, String campaign) {
    }

    /**
     * Built once per date (and zone) for the tests that read it: the pack is about the whole organisation, so two
     * worlds of the same date would show twice. The worlds of other dates are in the database too; the assertions
     * find this one's rows by its people's numbers and its names' suffix.
     */
    private static final Map<String, World> worlds = new ConcurrentHashMap<>();
    private static final Set<String> SUFFIXES = ConcurrentHashMap.newKeySet();

    private World world() {
        return worlds.computeIfAbsent(d + " " + clock.getZone(), k -> newWorld());
    }

    private World newWorld() {
        var records = new TestRecords(jdbc, clock);
        // random, so a kept database does not clash with an earlier run; never twice in one run (the names are unique)
        String suffix;
        do {
            suffix = Integer.toString(36 * 36 + new java.util.Random().nextInt(35 * 36 * 36), 36);
        } while (!SUFFIXES.add(suffix));
        Map<String, Long> v09 = new HashMap<>();
        for (String m : OTHERS) {
            v09.put(m, publish(records, m, "0.9.0", noon(p.minusDays(60))));
        }
        v09.put(F, publish(records, F, "0.9.0", noon(p.minusDays(60))));
        long f010 = publish(records, F, "0.10.0", noon(p.plusDays(120)));
        long fNow = jdbc.sql("select current_version_id from training_module where module_id = ?").param(F).query(Long.class).single();

        long orla = records.employee("Orla", "Quinlan", null);
        long piotr = records.employee("Piotr", "Zieliński", null);
        long rosa = records.employee("Rosa", "Ibáñez", null);
        long uma = records.employee("Uma", "Varga", null);
        long department = jdbc.sql("select nextval(department_seq)").query(Long.class).single();
        String departmentName = "Payments, Ops & \"Core\" " + suffix;
        jdbc.sql("insert into department (id, name) values (?, ?)").params(department, departmentName).update();
        jdbc.sql("update employee set department_id = ? where id = ?").params(department, rosa).update();

        for (String m : OTHERS) {
            records.completion(orla, v09.get(m), 88, noon(p.minusDays(20)), noon(d.plusDays(200)));
            records.completion(piotr, v09.get(m), 80, noon(p.minusDays(20)), noon(d.plusDays(200)));
            records.completion(rosa, v09.get(m), 90, noon(d.minusDays(60)), noon(d.plusDays(300)));
            records.completion(uma, v09.get(m), 99, noon(d.minusDays(60)), noon(d.plusDays(300)));
        }
        records.completion(orla, v09.get(F), 91, noon(p.minusDays(20)), noon(p.plusDays(100)));
        records.completion(orla, f010, 85, noon(p.plusDays(130)), noon(p.plusDays(495)));
        records.completion(piotr, v09.get(F), 92, noon(d.minusDays(385)), noon(d.minusDays(20)));
        records.completion(piotr, fNow, 97, noon(d.plusDays(10)), noon(d.plusDays(375)));
        records.completion(uma, v09.get(F), 99, noon(d.minusDays(60)), noon(d.plusDays(300)));

        String ledgerName = "Ledger " + suffix;
        String quayName = "Payments " + suffix;
        String portalName = "Portal " + suffix;
        SignedIn.as(users, "continuity", () -> {
            // registered at P−30: the register takes the time from the clock, put there for the moment
            Instant now = clock.instant();
            clock.set(noon(p.minusDays(30)));
            long ledger = service(ledgerName, 1, true);
            long quay = service(quayName, 2, false);
            clock.set(now);
            service(portalName, 3, true);
            assign(orla, ledger, Position.PRIMARY, p.minusDays(10));
            assign(piotr, ledger, Position.DEPUTY, p.minusDays(10));
            assign(rosa, quay, Position.PRIMARY, d.minusDays(50));
            assign(uma, quay, Position.DEPUTY, d.plusDays(5));
            return null;
        });

        String campaign = "Evidence refresher " + suffix;
        long campaignId = jdbc.sql("select nextval(campaign_seq)").query(Long.class).single();
        jdbc.sql("""
                insert into campaign (id, name, description, state, schedule_kind, starts_at, zone, due_days, everyone,
                                      remind_on_due_date, created_by, created_at, updated_at)
                values (?, ?, 'Fixture', 'ARCHIVED', 'ONE_OFF', ?, ?, 30, true, false, 'continuity', ?, ?)
                """).params(campaignId, campaign, TestRecords.utc(noon(d.minusDays(40))), clock.getZone().getId(),
                TestRecords.utc(noon(d.minusDays(50))), TestRecords.utc(noon(d.minusDays(50)))).update();
        run(campaignId, noon(d.minusDays(40)));
        run(campaignId, noon(d.plusDays(3)));
        return new World(number(orla), number(piotr), number(rosa), number(uma), ledgerName, quayName, portalName,
                departmentName, campaign);
    }

    /**
     * A version of a module published at {@code story}, or just after the module's latest version published
     * before the end of D if that is later (see the class comment), so that it is in force at D.
     */
    private long publish(TestRecords records, String module, String version, Instant story) {
        Instant latest = jdbc.sql("select max(loaded_at) as latest from training_module_version where module_id = ? and loaded_at < ?")
                .params(module, TestRecords.utc(Days.endOf(d, clock)))
                .query((rs, n) -> {
                    var t = rs.getTimestamp("latest", Calendar.getInstance(TimeZone.getTimeZone("UTC")));
                    return t == null ? Instant.EPOCH : t.toInstant();
                }).single();
        Instant at = story.isAfter(latest) ? story : latest.plus(Duration.ofMinutes(1));
        assertThat(at).as("%s %s is published before the end of D", module, version).isBefore(Days.endOf(d, clock));
        return records.moduleVersion(module, version, at);
    }

    private long service(String name, int tier, boolean deputy) {
        return services.create(new ServiceDraft(name, "Evidence pack fixture", null, tier, 60 * tier, 15, 48 * 60,
                Set.of(new RequiredRole("it-recovery-lead", deputy)), Set.of())).id();
    }

    private void assign(long who, long service, Position position, LocalDate from) {
        roles.assign(new AssignRole(who, "it-recovery-lead", service, position, "evidence pack fixture", from, null, false));
    }

    private void run(long campaignId, Instant fireTime) {
        long id = jdbc.sql("select nextval(campaign_run_seq)").query(Long.class).single();
        jdbc.sql("""
                insert into campaign_run (id, campaign_id, fire_time, triggered_by, status, started_at, finished_at,
                                          audience_size, processed, assigned, skipped_current, already_open)
                values (?, ?, ?, 'schedule', 'DONE', ?, ?, 12, 12, 7, 5, 0)
                """).params(id, campaignId, TestRecords.utc(fireTime), TestRecords.utc(fireTime), TestRecords.utc(fireTime)).update();
    }

    private String number(long employeeId) {
        return jdbc.sql("select employee_number from employee where id = ?").param(employeeId).query(String.class).single();
    }

    private long readyPack() {
        long id = SignedIn.as(users, "continuity", () -> packs.request(LocalDate.now(clock), null));
        Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                .until(() -> statusOf(id) == PackStatus.READY || statusOf(id) == PackStatus.FAILED);
        assertThat(statusOf(id)).isEqualTo(PackStatus.READY);
        return id;
    }

    private PackStatus statusOf(long id) {
        return PackStatus.valueOf(jdbc.sql("select status from evidence_pack where id = ?").param(id).query(String.class).single());
    }

    private EvidencePackRow awaitFinished(long id) {
        Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).pollInSameThread()
                .until(() -> !packs.find(id).orElseThrow().status().inProgress());
        return packs.find(id).orElseThrow();
    }

    private int downloadsAudited(long id) {
        return jdbc.sql("select count(*) from audit_entry where subject_type = 'evidence-pack' and subject_id = ? and action = ?")
                .params(String.valueOf(id), "evidence pack downloaded").query(Integer.class).single();
    }

    /** Each request signs in afresh: the filter chain clears the test's security context after a request. */
    private RequestPostProcessor signedIn(String username) {
        return SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername(username));
    }

    private MockMvc mvc() {
        return MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    // --- reading the PDF --------------------------------------------------------------------------------------

    private static String pdfText(byte[] pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf)) {
            var stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document).replace('\u00A0', ' ');
        }
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        assertThat(from).as("'%s' in the pack", start).isNotNegative();
        int to = text.indexOf(end, from);
        assertThat(to).as("'%s' after '%s' in the pack", end, start).isGreaterThan(from);
        return text.substring(from, to);
    }

    private static String after(String text, String start) {
        int from = text.indexOf(start);
        assertThat(from).as("'%s' in the pack", start).isNotNegative();
        return text.substring(from + start.length());
    }

    /** The first line holding {@code needle}, with runs of spaces made single and padded, so " 30 " finds a cell. */
    private static String line(String text, String needle) {
        return lines(text, needle).stream().findFirst()
                .orElseThrow(() -> new AssertionError("no line with '" + needle + "' in:\n" + text));
    }

    /**
     * The table row whose first line holds {@code needle}, with the line after it: a cell whose text wraps (a name
     * in a narrow column) continues there. Normalised like {@link #lines}.
     */
    private static String row(String text, String needle) {
        List<String> all = text.lines().toList();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).contains(needle)) {
                String next = i + 1 < all.size() ? all.get(i + 1) : "";
                return " " + (all.get(i) + " " + next).replaceAll("\\s+", " ").strip() + " ";
            }
        }
        throw new AssertionError("no line with '" + needle + "' in:\n" + text);
    }

    private static List<String> lines(String text, String needle) {
        return text.lines().filter(l -> l.contains(needle)).map(l -> " " + l.replaceAll("\\s+", " ").strip() + " ").toList();
    }

    private static CSVRecord row(List<CSVRecord> rows, String section, String employeeNumber, String module) {
        return rows.stream().filter(r -> r.get("Section").equals(section) && r.get("Employee number").equals(employeeNumber)
                        && r.get("Module").equals(module))
                .findFirst().orElseThrow(() -> new AssertionError("no " + section + " row for " + employeeNumber + " and " + module));
    }

    /** A table cell as {@link #lines} pads it: " X123 " finds X123 and not X1234. */
    private static String cell(String text) {
        return " " + text + " ";
    }

    /** Dates as the pack writes them: in the organisation's language, in the organisation's zone. */
    private Formats formats() {
        return messages.formats(messages.organisationLocale());
    }

    private String date(LocalDate date) {
        return formats().date(date);
    }

    /** Noon of a day in the organisation's zone. */
    private Instant noon(LocalDate day) {
        return Days.startOf(day, clock).plus(Duration.ofHours(12));
    }
}
