package org.strata.registry.online;

import java.time.Instant;
import java.util.Objects;

/**
 * The document of an issued certificate or proof, kept as issued.
 *
 * @param number the certificate or proof number
 * @param sha256 the SHA-256 of the document, in lower-case hex
 * @param issuedAt when it was issued
 * @param document the document's bytes (a PDF)
 */
public record IssuedDocument(String number, String sha256, Instant issuedAt, byte[] document) {
    /** Checks the fields. */
    public IssuedDocument {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(issuedAt, "issuedAt");
        document = document.clone();
    }

    /** A copy of the document's bytes. */
    @Override
    public byte[] document() {
        return document.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IssuedDocument d
                && number.equals(d.number)
                && sha256.equals(d.sha256)
                && issuedAt.equals(d.issuedAt)
                && java.util.Arrays.equals(document, d.document);
    }

    @Override
    public int hashCode() {
        return Objects.hash(number, sha256, issuedAt, java.util.Arrays.hashCode(document));
    }

    @Override
    public String toString() {
        return "IssuedDocument[" + number + ", sha256=" + sha256 + ", " + document.length + " bytes]";
    }
}
