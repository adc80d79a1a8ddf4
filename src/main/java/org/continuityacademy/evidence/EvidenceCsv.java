package org.continuityacademy.evidence;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.continuityacademy.base.export.ExportColumn;
import org.continuityacademy.base.export.Exports;
import org.continuityacademy.base.i18n.Messages;
import org.continuityacademy.continuity.Position;
import org.continuityacademy.evidence.EvidenceContent.GapRow;
import org.continuityacademy.evidence.EvidenceContent.Holder;
import org.continuityacademy.evidence.EvidenceContent.TrainingLine;
import org.jspecify.annotations.Nullable;

/**
 * The pack's CSV appendix: one file, one row per role holder and required module (section "training"),
 * then one row per gap in validity (section "gap"), so an auditor can filter and re-count in a
 * spreadsheet. UTF-8 with a byte-order mark, formula-looking text neutralised ({@link Exports}).
 * <p>
 * Headers and the texts people read (position, status, why) are in the pack's language; the section column
 * keeps the machine codes {@code training} and {@code gap} in every language, so filters and scripts that
 * split the file keep working. Dates are ISO ({@code 2026-12-07}, the organisation's days) and times ISO with
 * the organisation's offset ({@code 2026-12-07T15:05:00+01:00}), unambiguous in any spreadsheet.
 */
final class EvidenceCsv {

    static final String TRAINING = "training";
    static final String GAP = "gap";

    /** One line of the appendix; training lines leave the gap columns empty and gap lines the training ones. */
    record Line(String section, String role, @Nullable String service, String position, String person, String employeeNumber,
                @Nullable String department, String module, @Nullable String version, @Nullable Integer score,
                @Nullable Object completed, @Nullable Object expires, @Nullable String statusAtDate,
                @Nullable Object gapFrom, @Nullable Object gapTo, @Nullable Long gapDays, @Nullable String gapWhy) {
    }

    private final Messages messages;
    private final Locale locale;

    EvidenceCsv(Messages messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    List<ExportColumn<Line>> columns() {
        return List.of(
                ExportColumn.of(text("evidence.csv.section"), Line::section),
                ExportColumn.of(text("evidence.csv.role"), Line::role),
                ExportColumn.of(text("evidence.csv.service"), Line::service),
                ExportColumn.of(text("evidence.csv.position"), Line::position),
                ExportColumn.of(text("evidence.csv.person"), Line::person),
                ExportColumn.of(text("evidence.csv.employee-number"), Line::employeeNumber),
                ExportColumn.of(text("evidence.csv.department"), Line::department),
                ExportColumn.of(text("evidence.csv.module"), Line::module),
                ExportColumn.of(text("evidence.csv.version"), Line::version),
                ExportColumn.of(text("evidence.csv.score"), Line::score),
                ExportColumn.of(text("evidence.csv.completed"), Line::completed),
                ExportColumn.of(text("evidence.csv.expires"), Line::expires),
                ExportColumn.of(text("evidence.csv.status-at-date"), Line::statusAtDate),
                ExportColumn.of(text("evidence.csv.gap-from"), Line::gapFrom),
                ExportColumn.of(text("evidence.csv.gap-to"), Line::gapTo),
                ExportColumn.of(text("evidence.csv.gap-days"), Line::gapDays),
                ExportColumn.of(text("evidence.csv.gap-why"), Line::gapWhy));
    }

    /** The appendix; completion and expiry times are written in the organisation's zone, with its offset. */
    byte[] write(EvidenceContent content) {
        var out = new ByteArrayOutputStream();
        Exports.csv(out, columns(), lines(content), messages.formats(locale).zone());
        return out.toByteArray();
    }

    Stream<Line> lines(EvidenceContent content) {
        Stream<Line> training = content.holders().stream().flatMap(h -> h.training().stream().map(t -> training(h, t)));
        Stream<Line> gaps = content.gaps().stream().map(this::gap);
        return Stream.concat(training, gaps);
    }

    private Line training(Holder h, TrainingLine t) {
        return new Line(TRAINING, h.roleName(), h.serviceName(), position(h.position()), h.personName(), h.employeeNumber(),
                h.department(), t.moduleId(), t.version(), t.score(), t.completedAt(), t.expiresAt(), messages.label(locale, t.standing()),
                null, null, null, null);
    }

    private Line gap(GapRow g) {
        String why = text(g.afterExpiry() ? "evidence.gap.expired" : "evidence.gap.not-yet-completed");
        return new Line(GAP, g.roleName(), g.serviceName(), position(g.position()), g.personName(), g.employeeNumber(),
                g.department(), g.moduleId(), null, null, null, null, null, g.from(), g.to(), g.days(),
                g.openAtEnd() ? text("evidence.csv.gap-why.still-open", why) : why);
    }

    private String position(Position position) {
        return messages.label(locale, position);
    }

    private String text(String key, @Nullable Object... args) {
        return messages.get(locale, key, args);
    }
}
