package org.continuityacademy.evidence.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.continuityacademy.base.ui.Badge;
import org.continuityacademy.base.ui.Dates;
import org.continuityacademy.base.ui.ViewHeader;
import org.continuityacademy.evidence.EvidencePackRejected;
import org.continuityacademy.evidence.EvidencePackRow;
import org.continuityacademy.evidence.EvidencePacks;
import org.continuityacademy.evidence.EvidencePeriod;
import org.continuityacademy.evidence.PackStatus;
import org.continuityacademy.security.AppRoles;
import org.jspecify.annotations.Nullable;

/**
 * Asks for an ISO 22301 evidence pack as at a date, lists the packs asked for (newest first) with their
 * progress while they are generated, and offers their PDF and CSV once ready.
 */
@Route("evidence-packs")
@PageTitle("evidence-packs.title")
@Menu(order = 29, icon = "vaadin:file-text-o", title = "evidence-packs.title")
@RolesAllowed({AppRoles.CONTINUITY_MANAGER, AppRoles.HR})
class EvidencePacksView extends Main {

    private final EvidencePacks packs;
    final DatePicker asOf = new DatePicker("As at");
    final DatePicker periodFrom = new DatePicker("Gaps and campaigns from");
    final Button generate = new Button("Generate");
    final Grid<EvidencePackRow> grid = new Grid<>();
    /** Whether the newest packs include one still being generated: the view polls only then. */
    private boolean generating;
    private @Nullable Registration pollRegistration;

    EvidencePacksView(EvidencePacks packs) {
        this.packs = packs;
        addClassNames("academy-view", "flex", "flex-col", "h-full");

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        asOf.setLocale(Locale.UK);
        asOf.setMax(today);
        asOf.setValue(today);
        asOf.setHelperText("The pack describes the end of this day (UTC).");
        periodFrom.setLocale(Locale.UK);
        periodFrom.setValue(EvidencePeriod.defaultFrom(today));
        periodFrom.setHelperText("Gaps in validity and campaign runs are listed from this date to the as-at date.");
        asOf.addValueChangeListener(e -> {
            // keep the default twelve-month period unless the person chose another start
            if (e.getValue() != null && (e.getOldValue() == null
                    || EvidencePeriod.defaultFrom(e.getOldValue()).equals(periodFrom.getValue()))) {
                periodFrom.setValue(EvidencePeriod.defaultFrom(e.getValue()));
            }
        });
        generate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        generate.addClickListener(e -> generate());

        grid.addColumn(p -> Dates.date(p.asOf())).setHeader("As at").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> Dates.date(p.periodFrom()) + " – " + Dates.date(p.asOf())).setHeader("Period")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> p.requestedBy() + ", " + Dates.dateTime(p.requestedAt(), "")).setHeader("Asked for by").setFlexGrow(1);
        grid.addComponentColumn(EvidencePacksView::status).setHeader("Status").setFlexGrow(2);
        grid.addComponentColumn(EvidencePacksView::downloads).setHeader("Files").setKey("files").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText("No evidence pack yet. Choose a date and generate one.");
        grid.setItems(query -> {
            List<EvidencePackRow> rows = packs.page(VaadinSpringDataHelpers.toSpringPageRequest(query));
            if (query.getOffset() == 0) {
                generating = rows.stream().anyMatch(r -> r.status().inProgress());
                getUI().ifPresent(ui -> ui.setPollInterval(generating ? 2000 : -1));
            }
            return rows.stream();
        }, query -> (int) packs.count());
        grid.setSizeFull();

        add(new ViewHeader("An evidence pack is what an ISO 22301 auditor asks for about competence (7.2), awareness (7.3) "
                + "and the exercise programme (8.5): for the date you choose, a PDF with a CSV appendix showing the training "
                + "each continuity role requires, who held each role, their training with module version, score and date, "
                + "coverage, service readiness, gaps in validity over the period, campaigns and the content versions in force. "
                + "It is worked out from the records as they stood on that date, in the background: you can leave this page "
                + "and download it later.", asOf, periodFrom, generate), grid);
    }

    private void generate() {
        asOf.setInvalid(false);
        periodFrom.setInvalid(false);
        try {
            packs.request(asOf.getValue(), periodFrom.getValue());
            var done = Notification.show("Generating the evidence pack as at " + Dates.date(asOf.getValue())
                    + ". It appears below when it is ready.", 5000, Notification.Position.BOTTOM_START);
            done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            grid.getDataProvider().refreshAll();
        } catch (EvidencePackRejected rejected) {
            rejected.problems().forEach((field, message) -> {
                DatePicker picker = "periodFrom".equals(field) ? periodFrom : asOf;
                picker.setErrorMessage(message);
                picker.setInvalid(true);
            });
        }
    }

    private static Component status(EvidencePackRow p) {
        var badge = new Badge(p.status().label(), p.status() == PackStatus.QUEUED);
        badge.addClassName(switch (p.status()) {
            case READY -> "ready";
            case RUNNING -> "at-risk";
            case FAILED -> "not-ready";
            case QUEUED -> "muted";
        });
        String detail = switch (p.status()) {
            case QUEUED -> "Waiting for a free moment";
            case RUNNING -> p.progressPercent() + "% · " + (p.progress() == null ? "" : p.progress());
            case READY -> "Finished " + Dates.dateTime(p.finishedAt(), "");
            case FAILED -> p.error() == null ? "It stopped." : p.error();
        };
        var text = new Span(detail);
        text.addClassName("text-secondary");
        return new Div(badge, text);
    }

    private static Component downloads(EvidencePackRow p) {
        if (p.status() != PackStatus.READY) {
            return new Span();
        }
        return new Div(download(p, "pdf", "Download PDF", p.pdfSize()), new Span(" "), download(p, "csv", "Download CSV", p.csvSize()));
    }

    private static Anchor download(EvidencePackRow p, String kind, String label, @Nullable Long size) {
        var link = new Anchor("/evidence-packs/" + p.id() + "/" + kind, label);
        link.setRouterIgnore(true);
        link.getElement().setAttribute("download", true);
        link.getElement().setAttribute("aria-label", label + " of the evidence pack as at " + Dates.date(p.asOf())
                + (size == null ? "" : " (" + Math.max(1, size / 1024) + " KB)"));
        return link;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        pollRegistration = attachEvent.getUI().addPollListener(e -> {
            if (generating) {
                grid.getDataProvider().refreshAll();
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        detachEvent.getUI().setPollInterval(-1);
        if (pollRegistration != null) {
            pollRegistration.remove();
        }
    }
}
