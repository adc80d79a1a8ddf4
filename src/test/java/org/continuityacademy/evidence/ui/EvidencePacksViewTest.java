package org.continuityacademy.evidence.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.time.Clock;
import java.time.LocalDate;
import org.continuityacademy.IntegrationTest;
import org.continuityacademy.evidence.EvidencePacks;
import org.continuityacademy.evidence.PackStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
class EvidencePacksViewTest extends SpringBrowserlessTest {

    @Autowired
    EvidencePacks packs;
    @Autowired
    Clock clock;

    @Test
    @WithUserDetails("hr")
    void the_dates_default_to_today_and_the_twelve_months_before_and_generate_lists_the_pack() {
        var view = navigate(EvidencePacksView.class);
        LocalDate today = LocalDate.now(clock);
        assertThat(view.asOf.getValue()).isEqualTo(today);
        assertThat(view.periodFrom.getValue()).isEqualTo(today.minusMonths(12));
        // the organisation's zone (UTC unless configured), named as people read it
        assertThat(view.asOf.getHelperText()).isEqualTo("The pack describes the end of this day in "
                + java.time.ZoneId.of("UTC").getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK) + " (UTC).");

        // the pickers show a date as the tables do ("7 Dec 2026"), not the browser's "07/12/2026"
        var formats = org.continuityacademy.base.i18n.Formats.current();
        for (var picker : java.util.List.of(view.asOf, view.periodFrom)) {
            assertThat(picker.getI18n()).isNotNull();
            assertThat(java.time.format.DateTimeFormatter.ofPattern(picker.getI18n().getDateFormats().getFirst(), formats.locale()).format(today))
                    .isEqualTo(formats.date(today));
            assertThat(picker.getLocale()).isEqualTo(formats.locale());
        }

        test(view.asOf).setValue(today.minusDays(10));
        assertThat(view.periodFrom.getValue()).as("the default period follows the date").isEqualTo(today.minusDays(10).minusMonths(12));
        long before = packs.count();
        test(view.generate).click();

        assertThat(packs.count()).isEqualTo(before + 1);
        var newest = test(view.grid).getRow(0);
        assertThat(newest.asOf()).isEqualTo(today.minusDays(10));
        assertThat(newest.requestedBy()).isEqualTo("hr");
        assertThat(newest.status()).isIn(PackStatus.QUEUED, PackStatus.RUNNING, PackStatus.READY);
    }

    @Test
    @WithUserDetails("continuity")
    void a_date_in_the_future_is_marked_on_its_field_and_nothing_is_asked_for() {
        var view = navigate(EvidencePacksView.class);
        long before = packs.count();
        view.asOf.setMax(null);
        test(view.asOf).setValue(LocalDate.now(clock).plusDays(2));
        test(view.generate).click();

        assertThat(view.asOf.isInvalid()).isTrue();
        assertThat(view.asOf.getErrorMessage()).startsWith("As at: the date cannot be in the future");
        assertThat(view.periodFrom.isInvalid()).isFalse();
        assertThat(packs.count()).isEqualTo(before);
    }
}
