package org.continuityacademy.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadEvent;
import org.springframework.http.HttpHeaders;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.VaadinService;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.continuityacademy.base.export.ExportColumn;
import org.continuityacademy.base.export.Exports;

/**
 * "CSV" and "Excel" download links for a table, exporting what the table shows as filtered at the
 * moment of the click (the rows are read when the file is asked for, with the person's own rights).
 */
public final class ExportButtons<T> extends Div {

    private final String fileStem;
    private final List<ExportColumn<T>> columns;
    private final Supplier<Stream<T>> rows;
    /** The organisation's time zone: the files' points in time are written in it. */
    private final ZoneId zone;

    public ExportButtons(String fileStem, List<ExportColumn<T>> columns, Supplier<Stream<T>> rows) {
        this.fileStem = fileStem;
        this.columns = List.copyOf(columns);
        this.rows = rows;
        Clock clock = ExportButtons.clock();
        this.zone = clock.getZone();
        String file = fileStem + "-" + LocalDate.now(clock);
        Anchor csv = new Anchor((DownloadHandler) event -> {
            noStore(event);
            event.setFileName(file + ".csv");
            event.setContentType("text/csv; charset=UTF-8");
            writeCsv(event.getOutputStream());
        }, getTranslation("export.csv"));
        Anchor xlsx = new Anchor((DownloadHandler) event -> {
            noStore(event);
            event.setFileName(file + ".xlsx");
            event.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            writeXlsx(event.getOutputStream());
        }, getTranslation("export.excel"));
        for (Anchor link : List.of(csv, xlsx)) {
            link.getElement().insertChild(0, VaadinIcon.DOWNLOAD_ALT.create().getElement());
            link.addClassNames("academy-export");
            link.getElement().setAttribute("title", getTranslation("export.title", link.getText()));
        }
        csv.getElement().setAttribute("aria-label", getTranslation("export.csv.aria"));
        xlsx.getElement().setAttribute("aria-label", getTranslation("export.excel.aria"));
        add(csv, xlsx);
        addClassNames("flex", "gap-m", "items-center");
        getElement().setAttribute("data-export", fileStem);
    }

    /** Exports hold personal data: no copy stays in the browser's or a proxy's cache. */
    private static final String NO_STORE = "private, no-store";

    /** Sets {@link #NO_STORE} on a download's answer. */
    private static void noStore(DownloadEvent event) {
        event.getResponse().setHeader(HttpHeaders.CACHE_CONTROL, NO_STORE);
    }

    /** The application's clock (the organisation's today names the file). */
    private static Clock clock() {
        return VaadinService.getCurrent().getInstantiator().getOrCreate(Clock.class);
    }

    /** The file the CSV link downloads, written to a stream. */
    public void writeCsv(OutputStream out) {
        Exports.csv(out, columns, rows.get(), zone);
    }

    /** The file the Excel link downloads, written to a stream. */
    public void writeXlsx(OutputStream out) {
        Exports.xlsx(out, fileStem, columns, rows.get(), zone);
    }
}
