package org.continuityacademy.campaigns.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.continuityacademy.IntegrationTest;
import org.continuityacademy.SignedIn;
import org.continuityacademy.base.i18n.Languages;
import org.continuityacademy.base.time.TestClock;
import org.continuityacademy.campaigns.CampaignDraft;
import org.continuityacademy.campaigns.Campaigns;
import org.continuityacademy.campaigns.ScheduleKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The campaign editor's defaults come from the application clock: the organisation's zone and today there; whether
 * people are e-mailed their new training is the campaign's choice, on unless turned off.
 */
@IntegrationTest
class CampaignEditorViewTest extends SpringBrowserlessTest {

    @Autowired
    TestClock clock;
    @Autowired
    Campaigns campaigns;
    @Autowired
    UserDetailsService users;

    @Test
    @WithUserDetails("continuity")
    void a_new_campaign_starts_in_the_organisations_time_zone_a_week_from_its_today() {
        ZoneId auckland = ZoneId.of("Pacific/Auckland");
        clock.setZone(auckland);
        // 11:30 UTC on 31 December is already 1 January in Auckland
        clock.set(Instant.parse("2026-12-31T11:30:00Z"));

        UI.getCurrent().navigate("campaigns/new");
        var editor = (CampaignEditorView) getCurrentView();

        assertThat(editor.zone.getValue()).isEqualTo("Pacific/Auckland");
        assertThat(editor.startsAt.getValue()).isEqualTo(LocalDate.of(2027, 1, 8));
        assertThat(editor.startsAt.getLocale()).as("the UI's, not a fixed one").isEqualTo(UI.getCurrent().getLocale());
        assertThat(editor.schedule.getValue()).isEqualTo(ScheduleKind.YEARLY);
        assertThat(editor.schedule.getItemLabelGenerator().apply(ScheduleKind.QUARTERLY)).isEqualTo("Every quarter");
    }

    @Test
    @WithUserDetails("continuity")
    void a_new_campaign_reminds_before_on_and_after_the_due_date_and_tells_the_manager() {
        UI.getCurrent().navigate("campaigns/new");
        var editor = (CampaignEditorView) getCurrentView();

        assertThat(editor.remindDaysBefore.getValue()).isEqualTo(7);
        assertThat(editor.remindOnDueDate.getValue()).isTrue();
        assertThat(editor.overdueEveryDays.getValue()).isEqualTo(7);
        assertThat(editor.escalateManagerDays.getValue()).isEqualTo(7);
        assertThat(editor.remindDaysBefore.getValue()).as("inside the default due period").isLessThan(editor.dueDays.getValue());
    }

    @Test
    @WithUserDetails("continuity")
    void people_are_e_mailed_their_new_training_unless_the_campaign_turns_it_off_and_the_choice_is_saved() {
        UI.getCurrent().navigate("campaigns/new");
        var editor = (CampaignEditorView) getCurrentView();
        assertThat(editor.announceAssignments.getValue()).as("on for a new campaign").isTrue();
        assertThat(editor.announceAssignments.getLabel()).startsWith("E-mail people their new training");

        long id = campaigns.save(null, quietDraft());
        UI.getCurrent().navigate("campaigns/" + id);
        editor = (CampaignEditorView) getCurrentView();
        assertThat(editor.announceAssignments.getValue()).isFalse();

        editor.announceAssignments.setValue(true);
        test($(Button.class, editor.actions).withText("Save changes").single()).click();
        assertThat(campaigns.details(id).draft().announceAssignments()).isTrue();
    }

    @Test
    @WithUserDetails("hr")
    void hr_sees_the_choice_but_cannot_change_it() {
        long id = SignedIn.as(users, "continuity", () -> campaigns.save(null, quietDraft()));
        UI.getCurrent().navigate("campaigns/" + id);
        var editor = (CampaignEditorView) getCurrentView();

        assertThat(editor.announceAssignments.getValue()).isFalse();
        assertThat(editor.announceAssignments.isReadOnly()).isTrue();
    }

    private CampaignDraft quietDraft() {
        return new CampaignDraft("Quiet " + System.nanoTime(), "", Set.of("itscm-for-everyone"), false, Set.of(), Set.of(),
                Set.of("Nowhere " + System.nanoTime()), null, ScheduleKind.YEARLY,
                ZonedDateTime.now(clock).plusDays(30).truncatedTo(ChronoUnit.MINUTES), null, clock.getZone().getId(), 30, null, null,
                false, null, null, null, false);
    }

    @Test
    @WithUserDetails("continuity")
    void in_the_pseudo_locale_every_text_of_the_editor_comes_from_the_bundles() {
        UI.getCurrent().setLocale(Languages.PSEUDO);
        UI.getCurrent().navigate("campaigns/new");
        var editor = (CampaignEditorView) getCurrentView();

        assertThat(editor.name.getLabel()).isEqualTo("⟦Name⟧");
        assertThat(editor.escalateCmDays.getLabel()).startsWith("⟦").endsWith("⟧");
        assertThat(editor.startsAt.getHelperText()).startsWith("⟦Then every year");
        assertThat($(Span.class, editor.preview).all()).extracting(Span::getText).isNotEmpty()
                .allSatisfy(t -> assertThat(t).startsWith("⟦"));
    }
}
