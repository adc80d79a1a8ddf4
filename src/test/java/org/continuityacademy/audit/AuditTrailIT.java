package org.continuityacademy.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.continuityacademy.IntegrationTest;
import org.continuityacademy.base.time.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class AuditTrailIT {

    @Autowired
    AuditTrail trail;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    TestClock clock;

    @Test
    @WithUserDetails("admin")
    void an_administrator_finds_recorded_changes() {
        String marker = "audit-probe-" + System.nanoTime();
        transactions.executeWithoutResult(tx -> trail.record("probe", "test", marker, "Probe " + marker, "a: 1", "a: 2"));

        assertThat(trail.search(marker, PageRequest.of(0, 10))).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("admin");
            assertThat(e.before()).isEqualTo("a: 1");
            assertThat(e.after()).isEqualTo("a: 2");
        });
    }

    @Test
    @WithUserDetails("admin")
    void an_entry_is_stamped_with_the_applications_clock() {
        Instant moment = Instant.parse("2027-10-31T01:30:00Z");
        clock.set(moment);
        String marker = "audit-clock-" + System.nanoTime();
        transactions.executeWithoutResult(tx -> trail.record("probe", "test", marker, "Probe " + marker, null, null));

        assertThat(trail.search(marker, PageRequest.of(0, 10))).singleElement()
                .satisfies(e -> assertThat(e.at()).isBetween(moment, moment.plus(Duration.ofMinutes(1))));
    }

    @Test
    @WithUserDetails("admin")
    void an_entry_is_only_written_inside_the_change_it_records() {
        assertThatThrownBy(() -> trail.record("probe", "test", "x", "outside a transaction", null, null))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    @WithUserDetails("hr")
    void only_administrators_read_the_whole_trail() {
        assertThatThrownBy(() -> trail.search(null, PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
    }
}
