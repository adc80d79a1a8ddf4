package org.continuityacademy.evidence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.continuityacademy.base.i18n.Formats;
import org.continuityacademy.base.i18n.Messages;
import org.continuityacademy.continuity.Position;
import org.continuityacademy.continuity.ServiceState;
import org.continuityacademy.evidence.EvidenceContent.GapRow;
import org.continuityacademy.evidence.EvidenceContent.Holder;
import org.continuityacademy.evidence.EvidenceContent.Slice;
import org.continuityacademy.evidence.EvidenceContent.TrainingLine;
import org.continuityacademy.evidence.EvidenceContent.VersionInForce;
import org.continuityacademy.evidence.PdfLayout.Column;
import org.jspecify.annotations.Nullable;

/**
 * Lays out an evidence pack as a PDF: a cover page saying what the pack is, which ISO 22301 clauses each
 * section supports and how the figures are computed, then the seven sections. Clause titles follow the
 * ISO 22301:2019 structure (7.2 Competence, 7.3 Awareness, 8.5 Exercise programme).
 * <p>
 * In one language ({@code locale}, from the bundles' {@code evidence.pdf.*} texts), with dates and times in the
 * organisation's time zone, which the pack names. Dates and times sit in {@link Column#whole whole} columns, so
 * they never wrap, however long the locale's month names.
 */
final class EvidencePdf {

    private final Messages messages;
    private final Locale locale;
    private final Formats formats;

    EvidencePdf(Messages messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
        this.formats = messages.formats(locale);
    }

    byte[] render(EvidenceContent c) {
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            var pdf = new PdfLayout(document);
            Map<String, VersionInForce> versions = c.versions().stream()
                    .collect(Collectors.toMap(VersionInForce::moduleId, Function.identity()));
            cover(pdf, c);
            pdf.newPage();
            competence(pdf, c, versions);
            contentVersions(pdf, c);
            holders(pdf, c);
            training(pdf, c, versions);
            coverageAndReadiness(pdf, c);
            gaps(pdf, c);
            campaigns(pdf, c);
            pdf.finish(c.organisation().isBlank() ? text("evidence.pdf.footer", date(c.asOf()))
                            : text("evidence.pdf.footer.organisation", date(c.asOf()), c.organisation()),
                    (page, pages) -> text("evidence.pdf.page", page, pages));
            var info = document.getDocumentInformation();
            info.setTitle(text("evidence.pdf.document-title", date(c.asOf())));
            info.setCreator(text("app.name"));
            info.setAuthor(c.generatedBy());
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not draw the evidence pack", e);
        }
    }

    private void cover(PdfLayout pdf, EvidenceContent c) {
        pdf.note(text("evidence.pdf.cover.product"));
        pdf.title(text("evidence.pdf.cover.title"));
        if (!c.organisation().isBlank()) {
            pdf.paragraph(c.organisation());
        }
        pdf.paragraph(text("evidence.pdf.cover.as-at", date(c.asOf()), formats.zoneName(), date(c.periodFrom())));
        pdf.paragraph(text("evidence.pdf.cover.generated", c.generatedBy(), formats.dateTime(c.generatedAt()), formats.zoneName()));
        pdf.heading(text("evidence.pdf.clauses.heading"));
        pdf.table(List.of(new Column(text("evidence.pdf.clauses.clause"), 2), new Column(text("evidence.pdf.clauses.shows"), 5),
                        new Column(text("evidence.pdf.clauses.sections"), 1.3f)), List.of(
                        List.of(text("evidence.pdf.clauses.competence"), text("evidence.pdf.clauses.competence.shows"), "1, 3, 4, 6"),
                        List.of(text("evidence.pdf.clauses.awareness"), text("evidence.pdf.clauses.awareness.shows"), "2, 5"),
                        List.of(text("evidence.pdf.clauses.exercise"), text("evidence.pdf.clauses.exercise.shows"), "5, 7")),
                "");
        pdf.heading(text("evidence.pdf.method.heading"));
        pdf.paragraph(text("evidence.pdf.method.as-at", date(c.asOf()), formats.zoneName()));
        pdf.paragraph(text("evidence.pdf.method.readiness"));
        pdf.paragraph(text("evidence.pdf.method.coverage"));
        pdf.paragraph(text("evidence.pdf.method.gaps"));
        pdf.paragraph(text("evidence.pdf.method.history"));
    }

    private void competence(PdfLayout pdf, EvidenceContent c, Map<String, VersionInForce> versions) {
        pdf.heading(text("evidence.pdf.competence.heading"));
        pdf.note(text("evidence.pdf.competence.note", date(c.asOf())));
        for (var role : c.roles()) {
            pdf.subheading(text(role.perService() ? "evidence.pdf.competence.role.per-service" : "evidence.pdf.competence.role.organisation",
                    role.name(), role.deputyExpected() ? 1 : 0));
            pdf.paragraph(role.description() == null ? text("evidence.pdf.competence.not-in-catalogue") : role.description());
            pdf.table(List.of(new Column(text("evidence.pdf.column.module"), 3), new Column(text("evidence.pdf.column.title"), 4),
                            new Column(text("evidence.pdf.column.version-in-force"), 1.6f)),
                    role.moduleIds().stream().map(m -> List.of(m, title(versions, m), version(versions, m))).toList(),
                    text("evidence.pdf.competence.none"));
        }
    }

    private void contentVersions(PdfLayout pdf, EvidenceContent c) {
        pdf.heading(text("evidence.pdf.versions.heading", date(c.asOf())));
        pdf.note(text("evidence.pdf.versions.note", formats.zoneName()));
        pdf.table(List.of(new Column(text("evidence.pdf.column.module"), 3), new Column(text("evidence.pdf.column.title"), 3.5f),
                        new Column(text("evidence.pdf.column.version"), 1.2f), Column.whole(text("evidence.pdf.column.published"), 1.6f),
                        new Column(text("evidence.pdf.column.required-for"), 3)),
                c.versions().stream().map(v -> List.of(v.retiredNow() ? text("evidence.pdf.versions.retired", v.moduleId()) : v.moduleId(),
                        v.title(), v.version(), dateTime(v.publishedAt()), String.join(", ", v.requiredFor()))).toList(),
                text("evidence.pdf.versions.none"));
    }

    private void holders(PdfLayout pdf, EvidenceContent c) {
        pdf.heading(text("evidence.pdf.holders.heading", date(c.asOf())));
        pdf.paragraph(text("evidence.pdf.holders.all-staff", c.allStaffCount()));
        pdf.table(List.of(new Column(text("evidence.pdf.column.role"), 2.2f), new Column(text("evidence.pdf.column.service"), 2.2f),
                        new Column(text("evidence.pdf.column.position"), 1.4f), new Column(text("evidence.pdf.column.person"), 2.4f),
                        new Column(text("evidence.pdf.column.employee-no"), 1.5f), new Column(text("evidence.pdf.column.department"), 2),
                        Column.whole(text("evidence.pdf.column.since"), 1.8f), new Column(text("evidence.pdf.column.ready"), 1.5f)),
                c.holders().stream().map(h -> List.of(h.roleName(), orDash(h.serviceName()), position(h.position()), h.personName(),
                        h.employeeNumber(), orDash(h.department()), date(h.validFrom()),
                        text(h.ready() ? "evidence.pdf.ready" : "evidence.pdf.not-ready"))).toList(),
                text("evidence.pdf.holders.none"));
    }

    private void training(PdfLayout pdf, EvidenceContent c, Map<String, VersionInForce> versions) {
        pdf.heading(text("evidence.pdf.training.heading"));
        pdf.note(text("evidence.pdf.training.note", date(c.asOf()), formats.zoneName()));
        if (c.holders().isEmpty()) {
            pdf.note(text("evidence.pdf.holders.none"));
        }
        for (Holder h : c.holders()) {
            String person = h.department() == null ? text("evidence.pdf.training.person", h.personName(), h.employeeNumber())
                    : text("evidence.pdf.training.person.department", h.personName(), h.employeeNumber(), h.department());
            String role = h.serviceName() == null ? text("evidence.pdf.training.role", h.roleName(), positionInText(h.position()))
                    : text("evidence.pdf.training.role.service", h.roleName(), h.serviceName(), positionInText(h.position()));
            pdf.subheading(text("evidence.pdf.training.holder", person, role,
                    text(h.ready() ? "evidence.pdf.training.ready" : "evidence.pdf.training.not-ready")));
            pdf.table(List.of(new Column(text("evidence.pdf.column.module"), 3.2f), new Column(text("evidence.pdf.column.version"), 1.1f),
                            new Column(text("evidence.pdf.column.score"), 0.8f), Column.whole(text("evidence.pdf.column.completed"), 1.8f),
                            Column.whole(text("evidence.pdf.column.expires"), 1.8f),
                            new Column(text("evidence.pdf.column.at", date(c.asOf())), 1.6f)),
                    h.training().stream().map(this::trainingCells).toList(),
                    text("evidence.pdf.competence.none"));
        }
    }

    private List<String> trainingCells(TrainingLine t) {
        return List.of(t.moduleId(), orDash(t.version()), t.score() == null ? "—" : formats.percent(t.score(), 0),
                t.completedAt() == null ? "—" : dateTime(t.completedAt()), t.expiresAt() == null ? "—" : dateTime(t.expiresAt()),
                messages.label(locale, t.standing()));
    }

    private void coverageAndReadiness(PdfLayout pdf, EvidenceContent c) {
        pdf.heading(text("evidence.pdf.coverage.heading", date(c.asOf())));
        Slice all = c.coverage().overall();
        pdf.paragraph(text("evidence.pdf.coverage.overall", formats.number(all.current()), formats.number(all.required()), percent(all)));
        var figures = List.of(new Column(text("evidence.pdf.column.required"), 1.2f), new Column(text("evidence.pdf.column.current"), 1.2f),
                new Column(text("evidence.pdf.column.coverage"), 1.2f));
        var roleColumns = new ArrayList<Column>(List.of(new Column(text("evidence.pdf.column.role"), 4)));
        roleColumns.addAll(figures);
        var moduleColumns = new ArrayList<Column>(List.of(new Column(text("evidence.pdf.column.module"), 4)));
        moduleColumns.addAll(figures);
        pdf.subheading(text("evidence.pdf.coverage.by-role"));
        pdf.table(roleColumns, c.coverage().byRole().stream().map(this::sliceCells).toList(), text("evidence.pdf.coverage.by-role.none"));
        pdf.subheading(text("evidence.pdf.coverage.all-staff"));
        pdf.table(moduleColumns, c.coverage().allStaffByModule().stream().map(this::sliceCells).toList(),
                text("evidence.pdf.coverage.all-staff.none"));
        pdf.subheading(text("evidence.pdf.services.heading"));
        pdf.note(text("evidence.pdf.services.note"));
        var rows = new ArrayList<List<String>>();
        for (var service : c.services()) {
            var head = List.of(service.name(), formats.number(service.tier()), state(service.state()));
            if (service.slots().isEmpty()) {
                rows.add(concat(head, List.of(text("evidence.pdf.services.no-roles"), "", "")));
            }
            service.slots().forEach(slot -> rows.add(concat(head, List.of(slot.roleName(), names(slot.primaries(), true),
                    names(slot.deputies(), slot.deputyRequired())))));
        }
        pdf.table(List.of(new Column(text("evidence.pdf.column.service"), 2), new Column(text("evidence.pdf.column.tier"), 0.6f),
                        new Column(text("evidence.pdf.column.state"), 1.3f), new Column(text("evidence.pdf.column.role"), 2.2f),
                        new Column(text("evidence.pdf.column.primary"), 3), new Column(text("evidence.pdf.column.deputy"), 3)), rows,
                text("evidence.pdf.services.none"));
    }

    private void gaps(PdfLayout pdf, EvidenceContent c) {
        pdf.heading(text("evidence.pdf.gaps.heading", date(c.periodFrom()), date(c.asOf())));
        long total = c.gaps().stream().mapToLong(GapRow::days).sum();
        pdf.paragraph(c.gaps().isEmpty() ? text("evidence.pdf.gaps.none")
                : text("evidence.pdf.gaps.summary", c.gaps().size(), total, date(c.asOf())));
        pdf.table(List.of(new Column(text("evidence.pdf.column.person"), 2.2f), new Column(text("evidence.pdf.column.employee-no"), 1.4f),
                        new Column(text("evidence.pdf.column.role"), 2.6f), new Column(text("evidence.pdf.column.module"), 2.8f),
                        Column.whole(text("evidence.pdf.column.from"), 1.8f), Column.whole(text("evidence.pdf.column.to"), 1.8f),
                        new Column(text("evidence.pdf.column.days"), 0.8f), new Column(text("evidence.pdf.column.why"), 1.8f)),
                c.gaps().stream().map(g -> List.of(g.personName(), g.employeeNumber(),
                        g.serviceName() == null ? text("evidence.pdf.gaps.role", g.roleName(), positionInText(g.position()))
                                : text("evidence.pdf.gaps.role.service", g.roleName(), g.serviceName(), positionInText(g.position())),
                        g.moduleId(), date(g.from()), g.openAtEnd() ? date(g.to()) + "\n" + text("evidence.pdf.gaps.still-open") : date(g.to()),
                        formats.number(g.days()), gapWhy(g.afterExpiry()))).toList(),
                "");
    }

    private void campaigns(PdfLayout pdf, EvidenceContent c) {
        pdf.heading(text("evidence.pdf.campaigns.heading", date(c.periodFrom()), date(c.asOf())));
        pdf.note(text("evidence.pdf.campaigns.note", formats.zoneName()));
        pdf.table(List.of(new Column(text("evidence.pdf.column.campaign"), 3), Column.whole(text("evidence.pdf.column.fired"), 2.4f),
                        new Column(text("evidence.pdf.column.started-by"), 1.6f), new Column(text("evidence.pdf.column.targeted"), 1.1f),
                        new Column(text("evidence.pdf.column.assigned"), 1.1f), new Column(text("evidence.pdf.column.skipped"), 1.4f),
                        new Column(text("evidence.pdf.column.already-open"), 1.2f), new Column(text("evidence.pdf.column.outcome"), 1.1f)),
                c.campaignRuns().stream().map(r -> List.of(r.campaignName(), dateTime(r.fireTime()), r.triggeredBy(),
                        formats.number(r.targeted()), formats.number(r.assigned()), formats.number(r.skipped()),
                        formats.number(r.alreadyOpen()), outcome(r.status()))).toList(),
                text("evidence.pdf.campaigns.none"));
    }

    private List<String> sliceCells(Slice s) {
        return List.of(s.label(), formats.number(s.required()), formats.number(s.current()), percent(s));
    }

    /** Holders one per line with whether each was ready; none is "vacant" where required. */
    private String names(List<Holder> holders, boolean required) {
        if (holders.isEmpty()) {
            return text(required ? "evidence.pdf.services.vacant" : "evidence.pdf.services.not-required");
        }
        return holders.stream().map(h -> text(h.ready() ? "evidence.pdf.services.holder.ready" : "evidence.pdf.services.holder.not-ready",
                h.personName())).collect(Collectors.joining("\n"));
    }

    private static List<String> concat(List<String> first, List<String> second) {
        var all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    /** A campaign run's outcome; an unknown status is shown as it is stored. */
    private String outcome(String status) {
        return switch (status) {
            case "DONE" -> text("evidence.pdf.campaigns.done");
            case "RUNNING" -> text("evidence.pdf.campaigns.running");
            case "FAILED" -> text("evidence.pdf.campaigns.failed");
            default -> status;
        };
    }

    private String percent(Slice s) {
        return formats.percent(s.percent(), 1);
    }

    private String title(Map<String, VersionInForce> versions, String moduleId) {
        var v = versions.get(moduleId);
        return v == null ? "—" : v.title();
    }

    private String version(Map<String, VersionInForce> versions, String moduleId) {
        var v = versions.get(moduleId);
        return v == null ? text("evidence.pdf.competence.not-published") : v.version();
    }

    private String position(Position position) {
        return messages.label(locale, position);
    }

    /** The position as a word inside a phrase: "IT Recovery Lead, Payments, primary". */
    private String positionInText(Position position) {
        return messages.get(locale, position.wordKey());
    }

    private String state(ServiceState state) {
        return messages.label(locale, state);
    }

    private String gapWhy(boolean afterExpiry) {
        return text(afterExpiry ? "evidence.gap.expired" : "evidence.gap.not-yet-completed");
    }

    private String date(LocalDate date) {
        return formats.date(date);
    }

    /** Date and time in the organisation's zone; the sections with times say which zone that is. */
    private String dateTime(Instant instant) {
        return formats.dateTime(instant);
    }

    private String text(String key, @Nullable Object... args) {
        return messages.get(locale, key, args);
    }

    private static String orDash(@Nullable String text) {
        return text == null || text.isBlank() ? "—" : text;
    }
}
