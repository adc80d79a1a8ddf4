package org.continuityacademy.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import org.awaitility.Awaitility;
import org.continuityacademy.IntegrationTest;
import org.continuityacademy.base.time.TestClock;
import org.continuityacademy.SignedIn;
import org.continuityacademy.continuity.AssignRole;
import org.continuityacademy.continuity.AssignmentRow;
import org.continuityacademy.continuity.ContinuityRoles;
import org.continuityacademy.continuity.Position;
import org.continuityacademy.security.AppRole;
import org.continuityacademy.services.RequiredRole;
import org.continuityacademy.services.ServiceDraft;
import org.continuityacademy.services.ServiceRegister;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
class EmployeeImportsIT {

    static final String HEADER = "Employee number,First name,Last name,E-mail,Department,Manager number,Location,Hire date,Active\n";

    @Autowired
    EmployeeImports imports;
    @Autowired
    EmployeeDirectory directory;
    @Autowired
    UserDetailsService users;
    @Autowired
    ContinuityRoles roles;
    @Autowired
    ServiceRegister services;
    @Autowired
    TestClock clock;

    static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static String unique() {
        return "T" + (System.nanoTime() % 100_000_000);
    }

    @Test
    @WithUserDetails("hr")
    void every_kind_of_row_error_is_reported_with_its_line_and_nothing_is_applied() {
        long before = directory.count(new EmployeeFilter(null, null, null));
        String a = unique();
        var preview = imports.preview("bad.csv", csv(HEADER
                + a + "1,Ada,,ada@harbourline.example,Finance,,London,2020-01-01,yes\n"          // line 2: missing last name
                + a + "2,Bob,Brown,not-an-email,Finance,,London,2020-01-01,yes\n"              // line 3: e-mail
                + a + "3,Cy,Cole,cy@harbourline.example,Finance,,London,31/01/2020,yes\n"      // line 4: date
                + a + "4,Di,Dee,di@harbourline.example,Finance,,London,2020-01-01,yes\n"
                + a + "4,Ed,Eve,ed@harbourline.example,Finance,,London,2020-01-01,yes\n"       // line 6: duplicate
                + a + "7,Fay,Fox,fay@harbourline.example,Finance,NOBODY,London,2020-01-01,yes\n" // line 7: unknown manager
                + a + "8,Gus,Gray,gus@harbourline.example,Finance," + a + "9,London,2020-01-01,yes\n"
                + a + "9,Hal,Hill,hal@harbourline.example,Finance," + a + "8,London,2020-01-01,yes\n"), false); // circle

        assertThat(preview.canApply()).isFalse();
        assertThat(preview.plan().problems()).anySatisfy(p -> assertThat(p).isEqualTo("Line 2, column C (Last name): the last name is missing"))
                .anySatisfy(p -> assertThat(p).isEqualTo("Line 3, column D (E-mail): 'not-an-email' is not an e-mail address"))
                .anySatisfy(p -> assertThat(p).isEqualTo("Line 4, column H (Hire date): the hire date '31/01/2020' is not a date like 2024-03-31"))
                .anySatisfy(p -> assertThat(p).isEqualTo("Line 6, column A (Employee number): employee number " + a + "4 is already used on line 5"))
                .anySatisfy(p -> assertThat(p).isEqualTo("Line 7, column F (Manager number): the manager NOBODY is not in this file or the employee list"))
                .anySatisfy(p -> assertThat(p).startsWith("Line 8, column F (Manager number): managers form a circle"));
        assertThatThrownBy(() -> imports.apply(preview.importId())).isInstanceOf(ImportRefused.class);
        assertThat(directory.count(new EmployeeFilter(null, null, null))).isEqualTo(before);
    }

    @Test
    @WithUserDetails("hr")
    void a_refused_row_gives_its_own_problem_only_not_one_for_each_person_it_manages() {
        String a = unique();
        String lead = a + "0";
        var file = new StringBuilder(HEADER + lead + ",Lee,Lead,,Claims,,Leeds,2020-01-01,yes\n"); // line 2: no e-mail
        for (int i = 1; i <= 4; i++) {
            file.append(a).append(i).append(",Rae,Report").append(i).append(",rae").append(i).append('.').append(a)
                    .append("@harbourline.example,Claims,").append(lead).append(",Leeds,2021-01-01,yes\n");
        }

        // as a partial list (the lead is not in the directory yet) and as the complete list, where everyone else would leave
        for (boolean completeList : new boolean[] {false, true}) {
            var preview = imports.preview("one-missing-email.csv", csv(file.toString()), completeList);

            assertThat(preview.plan().problems()).as("complete list: " + completeList)
                    .containsExactly("Line 2, column D (E-mail): the e-mail is missing");
        }
    }

    @Test
    @WithUserDetails("hr")
    void a_file_with_a_byte_order_mark_semicolons_and_quotes_is_read_and_applied_as_a_whole() {
        String a = unique();
        String text = "\uFEFF" + HEADER.replace(',', ';')
                + a + "1;\"Ada\";\"Lovelace; Countess\";ada." + a + "@harbourline.example;Finance;;London;2020-01-01;yes\n"
                + a + "2;Bob;Brown;bob." + a + "@harbourline.example;Finance;" + a + "1;London;2021-05-01;yes\n";
        var preview = imports.preview("people.csv", csv(text), false);
        assertThat(preview.plan().problems()).isEmpty();
        assertThat(preview.plan().added()).isEqualTo(2);
        assertThat(directory.count(new EmployeeFilter(a, null, null))).isZero();

        var applied = imports.apply(preview.importId());

        assertThat(applied.added()).isEqualTo(2);
        assertThat(directory.search(new EmployeeFilter(a + "2", null, true), PageRequest.of(0, 1)).getFirst().managerName())
                .isEqualTo("Ada Lovelace; Countess");
        assertThatThrownBy(() -> imports.apply(preview.importId())).isInstanceOf(ImportRefused.class).hasMessageContaining("already applied");
        assertThat(imports.history(PageRequest.of(0, 5))).anySatisfy(r -> {
            assertThat(r.id()).isEqualTo(preview.importId());
            assertThat(r.status()).isEqualTo("APPLIED");
        });
    }

    @Test
    @WithUserDetails("hr")
    void a_leaver_is_deactivated_not_deleted_and_their_continuity_roles_end() {
        String a = unique();
        imports.apply(imports.preview("joiner.csv", csv(HEADER
                + a + "1,Lee,Leaver,lee." + a + "@harbourline.example,Claims,,Cardiff,2019-02-01,yes\n"), false).importId());
        long lee = directory.search(new EmployeeFilter(a + "1", null, true), PageRequest.of(0, 1)).getFirst().id();
        AssignmentRow role = SignedIn.as(users, "continuity", () -> {
            long service = services.create(new ServiceDraft("Claims Portal " + a, "", null, 2, 240, 60, 2880,
                    Set.of(new RequiredRole("it-recovery-lead", true)), Set.of())).id();
            return roles.assign(new AssignRole(lee, "it-recovery-lead", service, Position.PRIMARY, "knows it", LocalDate.now(clock), null, false));
        });

        var leaving = imports.preview("leaver.csv", csv(HEADER
                + a + "1,Lee,Leaver,lee." + a + "@harbourline.example,Claims,,Cardiff,2019-02-01,no\n"), false);
        assertThat(leaving.plan().deactivated()).isEqualTo(1);
        imports.apply(leaving.importId());

        var row = directory.search(new EmployeeFilter(a + "1", null, null), PageRequest.of(0, 1)).getFirst();
        assertThat(row.active()).isFalse();
        // the role ends when the directory's event is handled, after the import's transaction
        AssignmentRow ended = Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> SignedIn.as(users, "continuity", () -> roles.history(lee)).getFirst(), history -> !history.current());
        assertThat(ended.id()).isEqualTo(role.id());
        assertThat(ended.current()).isFalse();
        assertThat(ended.endReason()).isEqualTo("Lee Leaver left the organisation");

        // and a leaver cannot be given a role again
        assertThatThrownBy(() -> SignedIn.as(users, "continuity", () -> roles.assign(new AssignRole(lee, "incident-commander",
                null, Position.DEPUTY, "cover", LocalDate.now(clock), null, false))))
                .hasMessage("Lee Leaver has left the organisation and cannot take on a role.");
    }

    @Test
    @WithUserDetails("hr")
    void the_history_and_a_leaving_date_come_from_the_applications_clock_in_the_organisations_zone() {
        // 23:30 UTC on New Year's Eve is already New Year's Day in Auckland
        clock.setZone(ZoneId.of("Pacific/Auckland"));
        Instant moment = Instant.parse("2026-12-31T23:30:00Z");
        clock.set(moment);
        String a = unique();
        var preview = imports.preview("new-year.csv", csv(HEADER.replace("Active\n", "Active,Leaving date\n")
                + a + "1,Nia,New,nia." + a + "@harbourline.example,Claims,,Cardiff,2019-02-01,yes,2027-01-01\n"
                + a + "2,Olly,Old,olly." + a + "@harbourline.example,Claims,,Cardiff,2019-02-01,yes,2027-01-02\n"), false);

        // leaving on the organisation's today means already gone; leaving tomorrow, still here
        assertThat(preview.plan().problems()).isEmpty();
        imports.apply(preview.importId());
        assertThat(directory.search(new EmployeeFilter(a + "1", null, null), PageRequest.of(0, 1)).getFirst().active()).isFalse();
        assertThat(directory.search(new EmployeeFilter(a + "2", null, null), PageRequest.of(0, 1)).getFirst().active()).isTrue();
        assertThat(imports.history(PageRequest.of(0, 50))).filteredOn(r -> r.id() == preview.importId()).singleElement()
                .satisfies(r -> {
                    assertThat(r.uploadedAt()).isBetween(moment, moment.plus(Duration.ofMinutes(1)));
                    assertThat(r.appliedAt()).isBetween(moment, moment.plus(Duration.ofMinutes(1)));
                });
    }

    @Test
    @WithUserDetails("hr")
    void a_complete_list_deactivates_whoever_is_missing_from_it() {
        String a = unique();
        imports.apply(imports.preview("two.csv", csv(HEADER
                + a + "1,Kim,Keep,kim." + a + "@harbourline.example,Legal and Compliance,,London,2018-01-01,yes\n"
                + a + "2,Mo,Missing,mo." + a + "@harbourline.example,Legal and Compliance,,London,2018-01-01,yes\n"), false).importId());

        // the complete list: everyone active today except Mo
        var everyone = new StringBuilder(HEADER);
        int page = 0;
        java.util.List<EmployeeRow> rows;
        do {
            rows = directory.search(new EmployeeFilter(null, null, true), PageRequest.of(page++, 500));
            for (EmployeeRow e : rows) {
                if (!e.employeeNumber().equals(a + "2")) {
                    everyone.append(e.employeeNumber()).append(',').append(quote(e.firstName())).append(',').append(quote(e.lastName()))
                            .append(',').append(e.email()).append(',').append(e.department()).append(',')
                            .append(',').append(e.location() == null ? "" : e.location())
                            .append(',').append(',').append("yes\n");
                }
            }
        } while (rows.size() == 500);
        var preview = imports.preview("everyone.csv", csv(everyone.toString()), true);
        assertThat(preview.plan().problems()).isEmpty();
        assertThat(preview.plan().deactivated()).as("only Mo is missing").isEqualTo(1);
        // a preview changes nobody
        assertThat(directory.search(new EmployeeFilter(a + "2", null, null), PageRequest.of(0, 1)).getFirst().active()).isTrue();
    }

    private static String quote(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    @Test
    @WithUserDetails("hr")
    void someone_who_gains_a_direct_report_becomes_a_manager_in_the_app() {
        String a = unique();
        var lena = directory.search(new EmployeeFilter("lena.novak", null, true), PageRequest.of(0, 1)).getFirst();
        assertThat(learnerRoles()).doesNotContain(AppRole.MANAGER);
        try {
            imports.apply(imports.preview("report.csv", csv(HEADER
                    + a + "1,Rio,Report,rio." + a + "@harbourline.example,Customer Service," + lena.employeeNumber()
                    + ",London,2025-01-01,yes\n"), false).importId());

            assertThat(learnerRoles()).contains(AppRole.MANAGER);
        } finally {
            imports.apply(imports.preview("report-left.csv", csv(HEADER
                    + a + "1,Rio,Report,rio." + a + "@harbourline.example,Customer Service," + lena.employeeNumber()
                    + ",London,2025-01-01,no\n"), false).importId());
            SignedIn.as(users, "admin", () -> {
                var row = accountsAdmin.search("learner", PageRequest.of(0, 1)).getFirst();
                return accountsAdmin.changeAccess(row.id(), Set.of(AppRole.LEARNER), true);
            });
        }
    }

    @Autowired
    AccountAdministration accountsAdmin;

    private Set<AppRole> learnerRoles() {
        return SignedIn.as(users, "admin", () -> accountsAdmin.search("learner", PageRequest.of(0, 1)).getFirst().roles());
    }

    @Test
    @WithUserDetails("hr")
    void a_file_is_applied_in_the_background_and_its_progress_can_be_followed() {
        String a = unique();
        var rows = new StringBuilder(HEADER);
        for (int i = 0; i < 1200; i++) {
            rows.append(a).append(i).append(",Bulk,Person").append(i).append(",bulk").append(i).append('.').append(a)
                    .append("@harbourline.example,Claims,,Leeds,2025-06-01,yes\n");
        }
        var preview = imports.preview("bulk.csv", csv(rows.toString()), false);
        assertThat(preview.plan().added()).isEqualTo(1200);

        imports.startApply(preview.importId());
        assertThatThrownBy(() -> imports.startApply(preview.importId())).isInstanceOf(ImportRefused.class);

        ImportProgress progress = Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> imports.progress(preview.importId()).orElseThrow(), ImportProgress::finished);
        assertThat(progress.state()).isEqualTo("DONE");
        assertThat(progress.done()).isEqualTo(1200);
        assertThat(progress.plan().added()).isEqualTo(1200);
        assertThat(directory.count(new EmployeeFilter(a, null, true))).isEqualTo(1200);
    }

    @Test
    @WithUserDetails("manager")
    void only_hr_imports_employees() {
        assertThatThrownBy(() -> imports.preview("x.csv", csv(HEADER), false)).isInstanceOf(AccessDeniedException.class);
    }
}
