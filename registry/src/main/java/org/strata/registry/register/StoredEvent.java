package org.strata.registry.register;

/**
 * An event as a store keeps it: indexed columns, canonical text and hashes, read back without trusting any
 * of them, for verification.
 *
 * @param id the stored event id
 * @param county the stored county
 * @param sequence the stored chain position
 * @param unitCode the stored unit code column
 * @param text the stored canonical text
 * @param previousHash the stored previous hash
 * @param hash the stored hash
 */
public record StoredEvent(
        String id, String county, long sequence, String unitCode, String text, String previousHash, String hash) {
    /** The stored form of an event. */
    public static StoredEvent of(RegisterEvent e) {
        return new StoredEvent(
                e.id(),
                e.county(),
                e.sequence(),
                e.unitCode().toString(),
                EventText.encode(e),
                e.previousHash(),
                e.hash());
    }
}
