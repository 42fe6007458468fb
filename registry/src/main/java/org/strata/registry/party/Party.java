package org.strata.registry.party;

import java.util.Objects;

/**
 * A person or organisation as the register names it: legal name and a checked identity document number.
 *
 * @param name the legal name
 * @param idType the document kind
 * @param idNumber the document number, check character verified
 */
public record Party(String name, IdType idType, String idNumber) {
    /** Checks the fields and the document number's check character. */
    public Party {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(idType, "idType");
        Objects.requireNonNull(idNumber, "idNumber");
        if (name.isBlank()) {
            throw new IllegalArgumentException("party name is blank");
        }
        if (!IdNumbers.isValid(idType, idNumber)) {
            throw new IllegalArgumentException("idNumber '" + idNumber + "' is not a valid " + idType.wireName()
                    + " number (length, characters or check character)");
        }
    }
}
