package org.continuityacademy.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jspecify.annotations.Nullable;

/**
 * Flowing text and tables on A4 portrait pages, top to bottom: wraps words to the column, starts a new
 * page when the next line or row does not fit, repeats a table's header on each page it continues on,
 * keeps a heading with what follows it, and numbers the pages "Page n of m" once all are known.
 * <p>
 * Fonts are embedded (DejaVu Sans, as on certificates), so names in most alphabets print; a character
 * the font lacks prints as "?" instead of failing the whole pack.
 */
final class PdfLayout {

    static final float MARGIN = 48;
    private static final float BOTTOM = 56;
    private static final float BODY = 9.5f;
    private static final float TABLE = 8f;
    private static final float CELL_PADDING = 3;

    /**
     * A table column: its header and its share of the width. A column {@code whole} never wraps its cells' lines
     * (dates, times): it is made as wide as its widest line, taking the room from the other columns.
     */
    record Column(String header, float weight, boolean whole) {

        Column(String header, float weight) {
            this(header, weight, false);
        }

        static Column whole(String header, float weight) {
            return new Column(header, weight, true);
        }
    }

    private final PDDocument document;
    private final PDFont regular;
    private final PDFont bold;
    private final Map<PDFont, Map<Integer, Boolean>> glyphs = new HashMap<>();
    private @Nullable PDPageContentStream stream;
    private float y;

    PdfLayout(PDDocument document) {
        this.document = document;
        this.regular = font(document, "/fonts/DejaVuSans.ttf");
        this.bold = font(document, "/fonts/DejaVuSans-Bold.ttf");
        newPage();
    }

    float width() {
        return PDRectangle.A4.getWidth() - 2 * MARGIN;
    }

    void title(String text) {
        block(bold, 20, text, 0.1f, 0.15f, 0.2f, 8);
    }

    void heading(String text) {
        keep(90);
        y -= 10;
        block(bold, 14, text, 0.1f, 0.35f, 0.4f, 6);
    }

    void subheading(String text) {
        keep(60);
        y -= 4;
        block(bold, 10.5f, text, 0.1f, 0.15f, 0.2f, 3);
    }

    void paragraph(String text) {
        block(regular, BODY, text, 0.1f, 0.15f, 0.2f, 6);
    }

    void note(String text) {
        block(regular, 8.5f, text, 0.35f, 0.38f, 0.42f, 5);
    }

    void space(float points) {
        y -= points;
    }

    /** A table; rows are cell texts in column order. An empty table shows {@code whenEmpty} instead. */
    void table(List<Column> columns, List<List<String>> rows, String whenEmpty) {
        if (rows.isEmpty()) {
            if (!whenEmpty.isBlank()) {
                note(whenEmpty);
            }
            return;
        }
        float[] widths = widths(columns, rows);
        List<String> headers = columns.stream().map(Column::header).toList();
        keep(rowHeight(bold, headers, widths) + rowHeight(regular, rows.getFirst(), widths));
        row(bold, headers, widths, true);
        for (List<String> cells : rows) {
            float height = rowHeight(regular, cells, widths);
            if (y - height < BOTTOM) {
                newPage();
                row(bold, headers, widths, true);
            }
            row(regular, cells, widths, false);
        }
        y -= 8;
    }

    /** The number of lines each cell of a table takes, row by row, as {@link #table} lays them out. */
    int[][] lines(List<Column> columns, List<List<String>> rows) {
        float[] widths = widths(columns, rows);
        int[][] lines = new int[rows.size()][columns.size()];
        for (int r = 0; r < rows.size(); r++) {
            for (int i = 0; i < columns.size(); i++) {
                lines[r][i] = wrap(regular, TABLE, cell(rows.get(r), i), widths[i] - 2 * CELL_PADDING).size();
            }
        }
        return lines;
    }

    /**
     * Column widths by weight, widened where needed so that no word of a header or a cell is cut ("Employee",
     * "knowing-our-critical-services" stay whole) and no line of a {@link Column#whole() whole} column wraps
     * ("18 September 2026", "30 de septiembre de 2027" stay on one line, whatever the locale's month names); the
     * widening is taken from the columns that have room to spare. When the minimum widths together exceed the page
     * (long names and module ids in one row), the whole columns keep theirs and the other columns share the rest,
     * cutting their longest words: a date never wraps. Only when the whole columns alone are wider than the page is
     * every column scaled down.
     */
    private float[] widths(List<Column> columns, List<List<String>> rows) {
        int n = columns.size();
        float[] widths = new float[n];
        float[] minimum = new float[n];
        float total = (float) columns.stream().mapToDouble(Column::weight).sum();
        for (int i = 0; i < n; i++) {
            widths[i] = width() * columns.get(i).weight() / total;
            float longest = 0;
            for (String word : columns.get(i).header().split(" +")) {
                longest = Math.max(longest, textWidth(bold, TABLE, printable(bold, word)));
            }
            for (List<String> cells : rows) {
                for (String line : printable(regular, cell(cells, i)).split("\n")) {
                    if (columns.get(i).whole()) {
                        longest = Math.max(longest, textWidth(regular, TABLE, line));
                    } else {
                        for (String word : line.split(" +")) {
                            longest = Math.max(longest, textWidth(regular, TABLE, word));
                        }
                    }
                }
            }
            minimum[i] = longest + 2 * CELL_PADDING + 1;
        }
        float needed = 0;
        for (float m : minimum) {
            needed += m;
        }
        if (needed > width()) {
            float whole = 0;
            for (int i = 0; i < n; i++) {
                whole += columns.get(i).whole() ? minimum[i] : 0;
            }
            float rest = width() - whole;
            float others = needed - whole;
            for (int i = 0; i < n; i++) {
                if (rest <= 0 || others <= 0) {
                    widths[i] = minimum[i] * width() / needed;
                } else {
                    widths[i] = columns.get(i).whole() ? minimum[i] : minimum[i] * rest / others;
                }
            }
            return widths;
        }
        float missing = 0;
        float spare = 0;
        for (int i = 0; i < n; i++) {
            missing += Math.max(0, minimum[i] - widths[i]);
            spare += Math.max(0, widths[i] - minimum[i]);
        }
        if (missing > 0 && spare > 0) {
            float share = Math.min(1, missing / spare);
            for (int i = 0; i < n; i++) {
                widths[i] = widths[i] < minimum[i] ? minimum[i] : widths[i] - (widths[i] - minimum[i]) * share;
            }
        }
        return widths;
    }

    void newPage() {
        closeStream();
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        try {
            stream = new PDPageContentStream(document, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    /** Closes the last page and writes the footer and the page number ("Page n of m", {@code pageNumber}) on every page. */
    void finish(String footer, BiFunction<Integer, Integer, String> pageNumber) {
        closeStream();
        int count = document.getNumberOfPages();
        for (int i = 0; i < count; i++) {
            PDPage page = document.getPage(i);
            try (var footerStream = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                footerStream.setNonStrokingColor(0.35f, 0.38f, 0.42f);
                text(footerStream, regular, 8, MARGIN, 30, fit(regular, 8, footer, width() - 80));
                String number = pageNumber.apply(i + 1, count);
                text(footerStream, regular, 8, PDRectangle.A4.getWidth() - MARGIN - textWidth(regular, 8, number), 30, number);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Starts a new page unless {@code points} of height are left, so a heading is not left alone at the bottom. */
    private void keep(float points) {
        if (y - points < BOTTOM) {
            newPage();
        }
    }

    private void block(PDFont font, float size, String text, float r, float g, float b, float after) {
        float leading = size * 1.35f;
        for (String line : wrap(font, size, text, width())) {
            if (y - leading < BOTTOM) {
                newPage();
            }
            y -= leading;
            try {
                stream().setNonStrokingColor(r, g, b);
                text(stream(), font, size, MARGIN, y + size * 0.3f, line);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        y -= after;
    }

    private float rowHeight(PDFont font, List<String> cells, float[] widths) {
        int lines = 1;
        for (int i = 0; i < widths.length; i++) {
            lines = Math.max(lines, wrap(font, TABLE, cell(cells, i), widths[i] - 2 * CELL_PADDING).size());
        }
        return lines * TABLE * 1.3f + 2 * CELL_PADDING;
    }

    private void row(PDFont font, List<String> cells, float[] widths, boolean header) {
        float height = rowHeight(font, cells, widths);
        try {
            var s = stream();
            if (header) {
                s.setNonStrokingColor(0.9f, 0.93f, 0.94f);
                s.addRect(MARGIN, y - height, width(), height);
                s.fill();
            }
            s.setStrokingColor(0.8f, 0.82f, 0.85f);
            s.setLineWidth(0.5f);
            s.moveTo(MARGIN, y - height);
            s.lineTo(MARGIN + width(), y - height);
            s.stroke();
            s.setNonStrokingColor(0.1f, 0.15f, 0.2f);
            float x = MARGIN;
            for (int i = 0; i < widths.length; i++) {
                float lineY = y - CELL_PADDING - TABLE;
                for (String line : wrap(font, TABLE, cell(cells, i), widths[i] - 2 * CELL_PADDING)) {
                    text(s, font, TABLE, x + CELL_PADDING, lineY, line);
                    lineY -= TABLE * 1.3f;
                }
                x += widths[i];
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y -= height;
    }

    private static String cell(List<String> cells, int i) {
        return i < cells.size() ? cells.get(i) : "";
    }

    /** Words to lines no wider than {@code width}; a word longer than a line is cut. */
    List<String> wrap(PDFont font, float size, String text, float width) {
        var lines = new ArrayList<String>();
        for (String paragraph : printable(font, text).split("\n", -1)) {
            var line = new StringBuilder();
            for (String word : paragraph.split(" +")) {
                if (word.isEmpty()) {
                    continue;
                }
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (textWidth(font, size, candidate) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                while (textWidth(font, size, word) > width && word.length() > 1) {
                    int cut = word.length() - 1;
                    while (cut > 1 && textWidth(font, size, word.substring(0, cut)) > width) {
                        cut--;
                    }
                    lines.add(word.substring(0, cut));
                    word = word.substring(cut);
                }
                line.append(word);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private String fit(PDFont font, float size, String text, float width) {
        String line = printable(font, text).replace('\n', ' ');
        while (line.length() > 1 && textWidth(font, size, line) > width) {
            line = line.substring(0, line.length() - 2) + "…";
        }
        return line;
    }

    /** The text with control characters as spaces (new lines kept) and characters the font lacks as "?". */
    private String printable(PDFont font, String text) {
        var known = glyphs.computeIfAbsent(font, f -> new HashMap<>());
        var out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\n') {
                out.append('\n');
            } else if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
                out.append(' ');
            } else if (known.computeIfAbsent(cp, c -> encodable(font, c))) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    private static boolean encodable(PDFont font, int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private static float textWidth(PDFont font, float size, String text) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException | IllegalArgumentException e) {
            return text.length() * size;
        }
    }

    private static void text(PDPageContentStream s, PDFont font, float size, float x, float y, String text) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        s.beginText();
        s.setFont(font, size);
        s.newLineAtOffset(x, y);
        s.showText(text);
        s.endText();
    }

    private PDPageContentStream stream() {
        if (stream == null) {
            throw new IllegalStateException("the layout is finished");
        }
        return stream;
    }

    private void closeStream() {
        if (stream != null) {
            try {
                stream.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            stream = null;
        }
    }

    private static PDFont font(PDDocument document, String resource) {
        try (InputStream in = PdfLayout.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("font " + resource + " is missing from the application");
            }
            return PDType0Font.load(document, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
