package org.strata.registry.online;

import java.util.Optional;

/** The documents of issued certificates and proofs (a storage port; both stores implement it). */
public interface IssuedDocuments {
    /** The document issued with this number. */
    Optional<IssuedDocument> find(String number);

    /**
     * Keeps a document; a number is issued once.
     *
     * @return the document kept under the number: this one, or the one issued before it
     */
    IssuedDocument putIfAbsent(IssuedDocument document);
}
