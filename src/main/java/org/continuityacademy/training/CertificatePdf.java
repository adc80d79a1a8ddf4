package org.continuityacademy.training;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Draws a one-page A4 landscape certificate. Fonts are embedded (DejaVu Sans, shipped with the app), so
 * every name prints, whatever its alphabet.
 */
final class CertificatePdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).withZone(ZoneOffset.UTC);

    record Content(String personName, String moduleTitle, String moduleVersion, Instant completedAt, int score,
                   Instant expiresAt, String verificationCode, String verifyUrl) {
    }

    private CertificatePdf() {
    }

    static byte[] render(Content c) {
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
            document.addPage(page);
            PDFont regular = font(document, "/fonts/DejaVuSans.ttf");
            PDFont bold = font(document, "/fonts/DejaVuSans-Bold.ttf");
            float width = page.getMediaBox().getWidth();
            float height = page.getMediaBox().getHeight();
            try (var text = new PDPageContentStream(document, page)) {
                text.setStrokingColor(0.1f, 0.45f, 0.5f);
                text.setLineWidth(3);
                text.addRect(30, 30, width - 60, height - 60);
                text.stroke();
                centred(text, bold, 14, "CONTINUITY ACADEMY", width, height - 90);
                centred(text, bold, 30, "Certificate of completion", width, height - 150);
                centred(text, regular, 14, "This certifies that", width, height - 200);
                centred(text, bold, 26, c.personName(), width, height - 245);
                centred(text, regular, 14, "has completed the IT service continuity training module", width, height - 290);
                centred(text, bold, 20, c.moduleTitle(), width, height - 330);
                centred(text, regular, 13, "Version " + c.moduleVersion() + "  ·  Passed on " + DATE.format(c.completedAt())
                        + " with a score of " + c.score() + "%", width, height - 370);
                centred(text, regular, 13, "Valid until " + DATE.format(c.expiresAt()), width, height - 392);
                centred(text, regular, 11, "Verification code: " + c.verificationCode(), width, 95);
                centred(text, regular, 11, "Check it at " + c.verifyUrl(), width, 77);
            }
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("Certificate: " + c.moduleTitle() + " — " + c.personName());
            info.setCreator("Continuity Academy");
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not draw the certificate", e);
        }
    }

    private static PDFont font(PDDocument document, String resource) throws IOException {
        try (InputStream in = CertificatePdf.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("font " + resource + " is missing from the application");
            }
            return PDType0Font.load(document, in);
        }
    }

    private static void centred(PDPageContentStream stream, PDFont font, float size, String line, float pageWidth, float y)
            throws IOException {
        float lineWidth = font.getStringWidth(line) / 1000 * size;
        stream.beginText();
        stream.setFont(font, size);
        stream.setNonStrokingColor(0.1f, 0.15f, 0.2f);
        stream.newLineAtOffset(Math.max(40, (pageWidth - lineWidth) / 2), y);
        stream.showText(line);
        stream.endText();
    }
}
