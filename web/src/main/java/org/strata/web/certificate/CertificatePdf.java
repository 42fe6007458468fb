package org.strata.web.certificate;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Map;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.strata.registry.register.LegalPeriods;

/** Renders a certificate's content as a one-page A4 PDF with the verification address as a QR code. */
final class CertificatePdf {
    private static final float MARGIN = 56;
    private static final float QR_SIZE = 120;
    private static final int WRAP = 34;
    private static final int URL_WRAP = 110;

    private CertificatePdf() {}

    /** The document's bytes. */
    static byte[] render(CertificateContent content) {
        synchronized (CjkFont.class) { // one document at a time reads the shared font
            try (PDDocument doc = new PDDocument()) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                PDType0Font font = PDType0Font.load(doc, CjkFont.font(), true);
                PDDocumentInformation info = doc.getDocumentInformation();
                info.setTitle(content.title() + " " + content.number());
                info.setProducer("Strata");
                Calendar at = new GregorianCalendar(TimeZone.getTimeZone(LegalPeriods.CHINA));
                at.setTimeInMillis(content.recordedAt().toEpochMilli());
                info.setCreationDate(at);
                float top = page.getMediaBox().getHeight() - MARGIN;
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    text(cs, font, 20, MARGIN, top, content.title());
                    text(cs, font, 12, MARGIN, top - 28, content.number());
                    float y = top - 64;
                    for (CertificateContent.Line line : content.lines()) {
                        text(cs, font, 11, MARGIN, y, line.label());
                        String value = line.value();
                        do {
                            String part = value.length() > WRAP ? value.substring(0, WRAP) : value;
                            value = value.substring(part.length());
                            text(cs, font, 11, MARGIN + 130, y, part);
                            y -= 18;
                        } while (!value.isEmpty());
                    }
                    qr(cs, content.verifyUrl(), page.getMediaBox().getWidth() - MARGIN - QR_SIZE, MARGIN + 24);
                    String url = content.verifyUrl();
                    float below = MARGIN + 12;
                    text(cs, font, 8, MARGIN, below, "扫码核验 Scan to verify, or open:");
                    for (int from = 0; from < url.length(); from += URL_WRAP) {
                        below -= 10;
                        text(cs, font, 7, MARGIN, below, url.substring(from, Math.min(url.length(), from + URL_WRAP)));
                    }
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                doc.save(out);
                return out.toByteArray();
            } catch (IOException e) {
                throw new IllegalStateException("the certificate document could not be written: " + e.getMessage(), e);
            }
        }
    }

    private static void text(PDPageContentStream cs, PDType0Font font, float size, float x, float y, String text)
            throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(text);
        cs.endText();
    }

    /** The QR code as filled squares, bottom-left corner at (x, y). */
    private static void qr(PDPageContentStream cs, String url, float x, float y) throws IOException {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter()
                    .encode(
                            url,
                            BarcodeFormat.QR_CODE,
                            0,
                            0,
                            Map.of(
                                    EncodeHintType.MARGIN,
                                    1,
                                    EncodeHintType.CHARACTER_SET,
                                    "UTF-8",
                                    EncodeHintType.ERROR_CORRECTION,
                                    ErrorCorrectionLevel.M));
        } catch (WriterException e) {
            throw new IllegalStateException("the verification address does not fit a QR code: " + url, e);
        }
        float module = QR_SIZE / matrix.getWidth();
        for (int row = 0; row < matrix.getHeight(); row++) {
            for (int col = 0; col < matrix.getWidth(); col++) {
                if (matrix.get(col, row)) {
                    cs.addRect(x + col * module, y + QR_SIZE - (row + 1) * module, module, module);
                }
            }
        }
        cs.fill();
    }
}
