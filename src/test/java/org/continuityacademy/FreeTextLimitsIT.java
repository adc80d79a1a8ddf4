package org.continuityacademy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.continuityacademy.api.ApiScope;
import org.continuityacademy.api.ApiTokenRejected;
import org.continuityacademy.api.ApiTokens;
import org.continuityacademy.base.db.ColumnSizes;
import org.continuityacademy.base.time.TestClock;
import org.continuityacademy.campaigns.CampaignDraft;
import org.continuityacademy.campaigns.CampaignRejected;
import org.continuityacademy.campaigns.Campaigns;
import org.continuityacademy.campaigns.ScheduleKind;
import org.continuityacademy.continuity.AssignRole;
import org.continuityacademy.continuity.AssignmentRefused;
import org.continuityacademy.continuity.ContinuityRoles;
import org.continuityacademy.continuity.Position;
import org.continuityacademy.directory.EmployeeDirectory;
import org.continuityacademy.directory.EmployeeFilter;
import org.continuityacademy.services.RequiredRole;
import org.continuityacademy.services.ServiceDraft;
import org.continuityacademy.services.ServiceRegister;
import org.continuityacademy.services.ServiceRejected;
import org.continuityacademy.training.AssignmentRejected;
import org.continuityacademy.training.TrainingRecords;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Every form's free text is checked against its column's size on the server, before anything is written: a value
 * one character too long is refused with a message naming the field, and the table is as it was.
 */
@IntegrationTest
class FreeTextLimitsIT {

    @Autowired
    ColumnSizes sizes;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    EmployeeDirectory directory;
    @Autowired
    ServiceRegister services;
    @Autowired
    ContinuityRoles roles;
    @Autowired
    TrainingRecords training;
    @Autowired
    Campaigns campaigns;
    @Autowired
    ApiTokens tokens;
    @Autowired
    TestClock clock;

    long rows(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    String tooLong(String table, String column) {
        return "x".repeat(sizes.max(table, column) + 1);
    }

    long person(String email) {
        return SignedIn.as(users, "hr", () -> directory.search(new EmployeeFilter(email, null, true), PageRequest.of(0, 1)).getFirst().id());
    }

    @Test
    void the_sizes_are_the_databases_and_count_characters_not_bytes() {
        assertThat(sizes.max("employee", "first_name")).isEqualTo(100);
        assertThat(sizes.max("critical_service", "description")).isEqualTo(2000);
        assertThat(ColumnSizes.length("😀".repeat(100))).isEqualTo(100);
        assertThatThrownBy(() -> sizes.max("employee", "no_such_column")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_role_reason_too_long_is_refused_naming_the_field_and_nothing_is_written() {
        long serviceId = SignedIn.as(users, "continuity", () -> services.create(new ServiceDraft("Limits " + System.nanoTime(),
                "limits", null, 1, 120, 15, 24 * 60, Set.of(new RequiredRole("it-recovery-lead", true)), Set.of())).id());
        long lena = person("lena.novak");
        long before = rows("role_assignment");

        SignedIn.as(users, "continuity", () -> assertThatThrownBy(() -> roles.assign(new AssignRole(lena, "it-recovery-lead", serviceId,
                Position.PRIMARY, tooLong("role_assignment", "reason"), LocalDate.now(clock), null, false)))
                .isInstanceOf(AssignmentRefused.class)
                .hasMessage("Why is too long: at most 500 characters, and this has 501."));
        assertThat(rows("role_assignment")).isEqualTo(before);

        var held = SignedIn.as(users, "continuity", () -> roles.assign(new AssignRole(lena, "it-recovery-lead", serviceId,
                Position.PRIMARY, "knows it", LocalDate.now(clock), null, false)));
        SignedIn.as(users, "continuity", () -> assertThatThrownBy(() -> roles.end(held.id(), tooLong("role_assignment", "end_reason")))
                .isInstanceOf(AssignmentRefused.class).hasMessageStartingWith("Why is too long: at most 500 characters"));
        assertThat(jdbc.sql("select count(*) from role_assignment where id = ? and ended_at is null").param(held.id())
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void a_training_reason_too_long_is_refused_naming_the_field_and_nothing_is_written() {
        long priya = person("priya.raman");
        long before = rows("training_assignment");

        SignedIn.as(users, "hr", () -> assertThatThrownBy(() -> training.assignByHand(List.of(priya), "itscm-for-everyone",
                LocalDate.now(clock).plusDays(10), tooLong("training_assignment", "reason")))
                .isInstanceOf(AssignmentRejected.class).hasMessage("Why is too long: at most 500 characters, and this has 501."));
        assertThat(rows("training_assignment")).isEqualTo(before);

        SignedIn.as(users, "hr", () -> {
            var open = training.statusOf(priya).open();
            if (!open.isEmpty()) {
                long id = open.getFirst().id();
                assertThatThrownBy(() -> training.waive(id, tooLong("training_assignment", "close_reason")))
                        .isInstanceOf(AssignmentRejected.class).hasMessageStartingWith("Why is too long");
                assertThat(training.statusOf(priya).open()).extracting(a -> a.id()).contains(id);
            }
            return null;
        });
    }

    @Test
    void service_campaign_and_token_texts_too_long_are_named_by_field() {
        SignedIn.as(users, "continuity", () -> {
            assertThatThrownBy(() -> services.create(new ServiceDraft(tooLong("critical_service", "name"), "d", null, 1, 120, 15, 24 * 60,
                    Set.of(), Set.of()))).isInstanceOfSatisfying(ServiceRejected.class,
                    e -> assertThat(e.problems()).containsEntry("name", "Name: at most 120 characters."));
            ZoneId london = ZoneId.of("Europe/London");
            var draft = new CampaignDraft("Cron " + System.nanoTime(), "d", Set.of("itscm-for-everyone"), true, Set.of(), Set.of(), Set.of(),
                    null, ScheduleKind.CRON, ZonedDateTime.now(clock.withZone(london)).plusDays(30).truncatedTo(ChronoUnit.MINUTES),
                    "0 ".repeat(61), london.getId(), 30, 60, 7, true, 7, 14, 30);
            long before = rows("campaign");
            assertThatThrownBy(() -> campaigns.save(null, draft)).isInstanceOfSatisfying(CampaignRejected.class,
                    e -> assertThat(e.problems()).containsEntry("cron", "Cron expression: at most 120 characters."));
            assertThat(rows("campaign")).isEqualTo(before);
            return null;
        });
        SignedIn.as(users, "admin", () -> assertThatThrownBy(() -> tokens.create(tooLong("api_token", "name"), Set.of(ApiScope.REPORTS),
                LocalDate.now(clock).plusDays(10))).isInstanceOfSatisfying(ApiTokenRejected.class,
                e -> assertThat(e.problems()).containsEntry("name", "Name: at most 120 characters.")));
    }
}
