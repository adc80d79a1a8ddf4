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
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.continuityacademy.base.i18n.Formats;
import org.continuityacademy.base.i18n.Messages;
import org.continuityacademy.base.ui.Badge;
import org.continuityacademy.base.ui.DatePickers;
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
 * progress while they are generated, and offers their PDF and CSV once ready. The dates are the
 * organisation's days: "today" comes from the application clock, and a pack describes the end of its date in
 * the organisation's time zone.
 */
@Route("evidence-packs")
@PageTitle("evidence-packs.title")
@Menu(order = 29, icon = "vaadin:file-text-o", title = "evidence-packs.title")
@RolesAllowed({AppRoles.CONTINUITY_MANAGER, AppRoles.HR})
class EvidencePacksView extends Main {

    private final EvidencePacks packs;
    private final Formats formats = Formats.current();
    final DatePicker asOf = DatePickers.localised(new DatePicker(getTranslation("evidence-packs.as-of")));
    final DatePicker periodFrom = DatePickers.localised(new DatePicker(getTranslation("evidence-packs.period-from")));
    final Button generate = new Button(getTranslation("evidence-packs.generate"));
    final Grid<EvidencePackRow> grid = new Grid<>();
    /** Whether the newest packs include one still being generated: the view polls only then. */
    private boolean generating;
    private @Nullable Registration pollRegistration;

    EvidencePacksView(EvidencePacks packs, Clock clock) {
        this.packs = packs;
        addClassNames("academy-view", "flex", "flex-col", "h-full");

        LocalDate today = LocalDate.now(clock);
        asOf.setMax(today);
        asOf.setValue(today);
        asOf.setHelperText(getTranslation("evidence-packs.as-of.helper", formats.zoneName()));
        periodFrom.setValue(EvidencePeriod.defaultFrom(today));
        periodFrom.setHelperText(getTranslation("evidence-packs.period-from.helper"));
        asOf.addValueChangeListener(e -> {
            // keep the default twelve-month period unless the person chose another start
            if (e.getValue() != null && (e.getOldValue() == null
                    || EvidencePeriod.defaultFrom(e.getOldValue()).equals(periodFrom.getValue()))) {
                periodFrom.setValue(EvidencePeriod.defaultFrom(e.getValue()));
            }
        });
        generate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        generate.addClickListener(e -> generate());

        grid.addColumn(p -> formats.date(p.asOf())).setHeader(getTranslation("evidence-packs.column.as-of")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(p -> getTranslation("evidence-packs.period", formats.date(p.periodFrom()), formats.date(p.asOf())))
                .setHeader(getTranslation("evidence-packs.column.period")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> getTranslation("evidence-packs.asked-by", p.requestedBy(), formats.dateTime(p.requestedAt())))
                .setHeader(getTranslation("evidence-packs.column.asked-by")).setFlexGrow(1);
        grid.addComponentColumn(this::status).setHeader(getTranslation("evidence-packs.column.status")).setFlexGrow(2);
        grid.addComponentColumn(this::downloads).setHeader(getTranslation("evidence-packs.column.files")).setKey("files")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("evidence-packs.empty"));
        grid.setItems(query -> {
            List<EvidencePackRow> rows = packs.page(VaadinSpringDataHelpers.toSpringPageRequest(query));
            if (query.getOffset() == 0) {
                generating = rows.stream().anyMatch(r -> r.status().inProgress());
                getUI().ifPresent(ui -> ui.setPollInterval(generating ? 2000 : -1));
            }
            return rows.stream();
        }, query -> (int) packs.count());
        grid.setSizeFull();

        add(new ViewHeader(getTranslation("evidence-packs.intro"), asOf, periodFrom, generate), grid);
    }

    private void generate() {
        asOf.setInvalid(false);
        periodFrom.setInvalid(false);
        try {
            packs.request(asOf.getValue(), periodFrom.getValue());
            var done = Notification.show(getTranslation("evidence-packs.generating", formats.date(asOf.getValue())), 5000,
                    Notification.Position.BOTTOM_START);
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

    private Component status(EvidencePackRow p) {
        var badge = new Badge(getTranslation(Messages.labelKey(p.status())), p.status() == PackStatus.QUEUED);
        badge.addClassName(switch (p.status()) {
            case READY -> "ready";
            case RUNNING -> "at-risk";
            case FAILED -> "not-ready";
            case QUEUED -> "muted";
        });
        // a running pack's progress is the bundle key of its step; a failed one's error is stored in the pack's language
        String detail = switch (p.status()) {
            case QUEUED -> getTranslation("evidence-packs.status.queued");
            case RUNNING -> getTranslation("evidence-packs.status.running", formats.percent(p.progressPercent(), 0),
                    p.progress() == null ? "" : getTranslation(p.progress()));
            case READY -> getTranslation("evidence-packs.status.ready", formats.dateTime(p.finishedAt(), ""));
            case FAILED -> p.error() == null ? getTranslation("evidence-packs.status.failed") : p.error();
        };
        var text = new Span(detail);
        text.addClassName("text-secondary");
        return new Div(badge, text);
    }

    private Component downloads(EvidencePackRow p) {
        if (p.status() != PackStatus.READY) {
            return new Span();
        }
        return new Div(download(p, "pdf", getTranslation("evidence-packs.download.pdf"), p.pdfSize()), new Span(" "),
                download(p, "csv", getTranslation("evidence-packs.download.csv"), p.csvSize()));
    }

    private Anchor download(EvidencePackRow p, String kind, String label, @Nullable Long size) {
        var link = new Anchor("/evidence-packs/" + p.id() + "/" + kind, label);
        link.setRouterIgnore(true);
        link.getElement().setAttribute("download", true);
        link.getElement().setAttribute("aria-label", size == null
                ? getTranslation("evidence-packs.download.aria", label, formats.date(p.asOf()))
                : getTranslation("evidence-packs.download.aria.size", label, formats.date(p.asOf()), formats.number(Math.max(1, size / 1024))));
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
