package org.continuityacademy.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Set;
import org.continuityacademy.IntegrationTest;
import org.continuityacademy.SignedIn;
import org.continuityacademy.audit.AuditRow;
import org.continuityacademy.audit.AuditTrail;
import org.continuityacademy.base.time.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** Administrators create, list and revoke API tokens; nobody else may; the token is stored only as a hash. */
@IntegrationTest
class ApiTokensIT {

    @Autowired
    ApiTokens tokens;
    @Autowired
    AuditTrail audit;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock clock;

    @Test
    @WithUserDetails("admin")
    void a_new_token_is_shown_once_and_only_its_sha256_is_stored() throws Exception {
        var created = tokens.create("  Power BI  ", EnumSet.of(ApiScope.REPORTS, ApiScope.XAPI), LocalDate.now(clock).plusDays(90));

        assertThat(created.token()).startsWith("ca_").hasSize(46);
        assertThat(created.row().prefix()).isEqualTo(created.token().substring(0, 10));
        assertThat(created.row().name()).isEqualTo("Power BI");
        assertThat(created.row().scopes()).containsExactlyInAnyOrder(ApiScope.REPORTS, ApiScope.XAPI);
        // it stops working when its expiry date begins in the organisation's time zone
        assertThat(created.row().expiresAt()).isEqualTo(LocalDate.now(clock).plusDays(90).atStartOfDay(clock.getZone()).toInstant());
        assertThat(created.row().state(clock.instant())).isEqualTo(ApiTokenRow.State.ACTIVE);
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(created.token().getBytes(StandardCharsets.UTF_8)));
        assertThat(jdbc.sql("select token_hash from api_token where id = ?").param(created.row().id()).query(String.class).single())
                .isEqualTo(sha256);
        String wholeRow = jdbc.sql("""
                select concat_ws('|', name, token_prefix, token_hash, scopes, created_by) from api_token where id = ?
                """).param(created.row().id()).query(String.class).single();
        assertThat(wholeRow).doesNotContain(created.token()).doesNotContain(created.token().substring(10));
        assertThat(created.toString()).doesNotContain(created.token());
        assertThat(tokens.page(PageRequest.of(0, 5)).getFirst().id()).isEqualTo(created.row().id());
    }

    @Test
    @WithUserDetails("admin")
    void bad_input_is_refused_at_each_field_and_nothing_is_saved() {
        long before = tokens.count();

        assertThatThrownBy(() -> tokens.create(" ", Set.of(), LocalDate.now(clock)))
                .isInstanceOfSatisfying(ApiTokenRejected.class, rejected -> {
                    assertThat(rejected.problems()).containsOnlyKeys("name", "scopes", "expiresOn");
                    assertThat(rejected.problems().get("expiresOn")).contains("after today");
                });
        assertThatThrownBy(() -> tokens.create("Too long", Set.of(ApiScope.XAPI), LocalDate.now(clock).plusDays(366)))
                .isInstanceOfSatisfying(ApiTokenRejected.class,
                        rejected -> assertThat(rejected.problems()).containsOnlyKeys("expiresOn"));
        assertThatThrownBy(() -> tokens.create("No date", Set.of(ApiScope.XAPI), null))
                .isInstanceOfSatisfying(ApiTokenRejected.class,
                        rejected -> assertThat(rejected.problems()).containsOnlyKeys("expiresOn"));

        assertThat(tokens.count()).isEqualTo(before);
        assertThat(tokens.create("A year", Set.of(ApiScope.XAPI), LocalDate.now(clock).plusDays(365)).token()).isNotBlank();
    }

    @Test
    @WithUserDetails("admin")
    void a_token_stops_working_at_midnight_in_the_organisations_time_zone_not_in_utc() {
        clock.setZone(ZoneId.of("Pacific/Auckland"));
        var created = tokens.create("Auckland", Set.of(ApiScope.XAPI), LocalDate.now(clock).plusDays(1));
        var midnight = LocalDate.now(clock).plusDays(1).atStartOfDay(clock.getZone()).toInstant();

        assertThat(created.row().expiresAt()).isEqualTo(midnight);
        assertThat(created.row().state(midnight.minusSeconds(1))).isEqualTo(ApiTokenRow.State.ACTIVE);
        assertThat(created.row().state(midnight)).isEqualTo(ApiTokenRow.State.EXPIRED);
    }

    @Test
    @WithUserDetails("admin")
    void revoking_is_audited_and_cannot_happen_twice() {
        var created = tokens.create("LRS", Set.of(ApiScope.XAPI), LocalDate.now(clock).plusDays(30));

        var revoked = tokens.revoke(created.row().id());

        assertThat(revoked.state(clock.instant())).isEqualTo(ApiTokenRow.State.REVOKED);
        assertThat(revoked.revokedBy()).isEqualTo("admin");
        assertThat(audit.history(ApiTokens.AUDIT_TYPE, String.valueOf(created.row().id())))
                .extracting(AuditRow::action).containsExactly("api token created", "api token revoked");
        assertThatThrownBy(() -> tokens.revoke(created.row().id())).isInstanceOf(ApiTokenRejected.class)
                .hasMessageContaining("already revoked");
    }

    @Test
    void only_administrators_manage_tokens() {
        for (String person : new String[] {"learner", "hr", "continuity", "manager"}) {
            SignedIn.as(users, person, () -> {
                assertThatThrownBy(() -> tokens.create("Mine", Set.of(ApiScope.REPORTS), LocalDate.now(clock).plusDays(30)))
                        .as(person).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> tokens.page(PageRequest.of(0, 5))).as(person).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> tokens.revoke(1L)).as(person).isInstanceOf(AccessDeniedException.class);
                return null;
            });
        }
        assertThatThrownBy(() -> tokens.count()).as("nobody signed in")
                .isInstanceOf(org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }
}
