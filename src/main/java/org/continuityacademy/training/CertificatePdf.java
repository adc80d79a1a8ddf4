package org.continuityacademy.training;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.continuityacademy.base.i18n.Formats;
import org.continuityacademy.base.i18n.Messages;

/**
 * Draws a one-page A4 landscape certificate. Fonts are embedded (DejaVu Sans, shipped with the app), so
 * every name prints, whatever its alphabet. Texts come from the bundles in the language asked for; dates are
 * days in the organisation's time zone, written out in full.
 */
final class CertificatePdf {

    record Content(String personName, String moduleTitle, String moduleVersion, Instant completedAt, int score,
                   Instant expiresAt, String verificationCode, String verifyUrl) {
    }

    private CertificatePdf() {
    }

    static byte[] render(Content c, Messages messages, Locale locale) {
        Formats formats = messages.formats(locale);
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
                String app = messages.get(locale, "app.name");
                centred(text, bold, 14, app.toUpperCase(locale), width, height - 90);
                centred(text, bold, 30, messages.get(locale, "certificate.heading"), width, height - 150);
                centred(text, regular, 14, messages.get(locale, "certificate.certifies"), width, height - 200);
                centred(text, bold, 26, c.personName(), width, height - 245);
                centred(text, regular, 14, messages.get(locale, "certificate.has-completed"), width, height - 290);
                centred(text, bold, 20, c.moduleTitle(), width, height - 330);
                centred(text, regular, 13, messages.get(locale, "certificate.passed", c.moduleVersion(),
                        formats.longDate(c.completedAt()), formats.percent(c.score(), 0)), width, height - 370);
                centred(text, regular, 13, messages.get(locale, "certificate.valid-until", formats.longDate(c.expiresAt())),
                        width, height - 392);
                centred(text, regular, 11, messages.get(locale, "certificate.code", c.verificationCode()), width, 95);
                centred(text, regular, 11, messages.get(locale, "certificate.check-at", c.verifyUrl()), width, 77);
                info(document, messages.get(locale, "certificate.document-title", c.moduleTitle(), c.personName()), app);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not draw the certificate", e);
        }
    }

    private static void info(PDDocument document, String title, String creator) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setCreator(creator);
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
