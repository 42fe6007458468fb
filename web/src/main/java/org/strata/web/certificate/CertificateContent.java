package org.strata.web.certificate;

import java.time.Instant;
import java.util.List;

/**
 * What a certificate document shows: its title, number, the registration's facts as labelled lines, when it was
 * recorded, and the address that verifies it (also its QR code).
 *
 * @param title 不动产权证书 or 不动产登记证明, with the English name
 * @param number the certificate or proof number
 * @param lines the facts, label and value, in order
 * @param recordedAt when the registration was recorded
 * @param verifyUrl the verification address
 */
record CertificateContent(String title, String number, List<Line> lines, Instant recordedAt, String verifyUrl) {
    /** One labelled fact. */
    record Line(String label, String value) {}

    /** Copies the lines. */
    CertificateContent {
        lines = List.copyOf(lines);
    }
}
