package org.continuityacademy.evidence;

import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.continuityacademy.base.export.ExportColumn;
import org.continuityacademy.base.export.Exports;
import org.continuityacademy.evidence.EvidenceContent.GapRow;
import org.continuityacademy.evidence.EvidenceContent.Holder;
import org.continuityacademy.evidence.EvidenceContent.TrainingLine;
import org.jspecify.annotations.Nullable;

/**
 * The pack's CSV appendix: one file, one row per role holder and required module (section "training"),
 * then one row per gap in validity (section "gap"), so an auditor can filter and re-count in a
 * spreadsheet. UTF-8 with a byte-order mark, formula-looking text neutralised ({@link Exports}).
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

    static final List<ExportColumn<Line>> COLUMNS = List.of(
            ExportColumn.of("Section", Line::section),
            ExportColumn.of("Role", Line::role),
            ExportColumn.of("Service", Line::service),
            ExportColumn.of("Position", Line::position),
            ExportColumn.of("Person", Line::person),
            ExportColumn.of("Employee number", Line::employeeNumber),
            ExportColumn.of("Department", Line::department),
            ExportColumn.of("Module", Line::module),
            ExportColumn.of("Version", Line::version),
            ExportColumn.of("Score", Line::score),
            ExportColumn.of("Completed", Line::completed),
            ExportColumn.of("Expires", Line::expires),
            ExportColumn.of("Status at date", Line::statusAtDate),
            ExportColumn.of("Gap from", Line::gapFrom),
            ExportColumn.of("Gap to", Line::gapTo),
            ExportColumn.of("Gap days", Line::gapDays),
            ExportColumn.of("Gap why", Line::gapWhy));

    private EvidenceCsv() {
    }

    /** The appendix; completion and expiry times are written in {@code zone}, the organisation's. */
    static byte[] write(EvidenceContent content, ZoneId zone) {
        var out = new ByteArrayOutputStream();
        Exports.csv(out, COLUMNS, lines(content), zone);
        return out.toByteArray();
    }

    static Stream<Line> lines(EvidenceContent content) {
        Stream<Line> training = content.holders().stream().flatMap(h -> h.training().stream().map(t -> training(h, t)));
        Stream<Line> gaps = content.gaps().stream().map(EvidenceCsv::gap);
        return Stream.concat(training, gaps);
    }

    private static Line training(Holder h, TrainingLine t) {
        return new Line(TRAINING, h.roleName(), h.serviceName(), h.position().label(), h.personName(), h.employeeNumber(),
                h.department(), t.moduleId(), t.version(), t.score(), t.completedAt(), t.expiresAt(), t.standing().label(),
                null, null, null, null);
    }

    private static Line gap(GapRow g) {
        return new Line(GAP, g.roleName(), g.serviceName(), g.position().label(), g.personName(), g.employeeNumber(),
                g.department(), g.moduleId(), null, null, null, null, null, g.from(), g.to(), g.days(),
                (g.afterExpiry() ? "Expired" : "Not yet completed") + (g.openAtEnd() ? ", still open at the date" : ""));
    }
}
