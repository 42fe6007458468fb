package org.strata.web.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * A certificate document as a bank or buyer meets it: its Chinese text readable (the CJK font embedded), and its QR
 * code, scanned from the rendered page, opening the verification address.
 */
class CertificatePdfTest {
    private static final String VERIFY = "http://127.0.0.1:8080/api/v1/certificates/"
            + "%E6%B5%99%282026%29%E6%9D%AD%E5%B7%9E%E5%B8%82%E4%B8%8D%E5%8A%A8%E4%BA%A7%E6%9D%83%E7%AC%AC0000012%E5%8F%B7"
            + "/verify";

    @Test
    void theQrCodeOpensTheVerificationAddressAndTheTextIsReadable() throws Exception {
        CertificateContent content = new CertificateContent(
                "不动产权证书  Real Estate Title Certificate",
                "浙(2026)杭州市不动产权第0000012号",
                List.of(
                        new CertificateContent.Line("不动产单元号 Unit", "330106003005GB00004F00010001"),
                        new CertificateContent.Line("权利人 Holders", "周涛 (3301************12) 1/1"),
                        new CertificateContent.Line(
                                "坐落 Location",
                                "杭州市西湖区文三路 room 101, floor 1, a location long"
                                        + " enough to be wrapped over more than one line of the document")),
                Instant.parse("2026-12-02T02:00:00Z"),
                VERIFY);
        byte[] pdf = CertificatePdf.render(content);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertTrue(text.contains("浙(2026)杭州市不动产权第0000012号"), text);
            assertTrue(text.contains("不动产权证书"), text);
            assertTrue(text.contains("周涛"), text);
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 150);
            int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
            BinaryBitmap bitmap = new BinaryBitmap(
                    new HybridBinarizer(new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels)));
            assertEquals(VERIFY, new QRCodeReader().decode(bitmap).getText());
        }
    }
}
