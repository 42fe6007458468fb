package org.strata.registry.register;

import java.util.Optional;

/**
 * Walks one county chain in order and finds the first link that does not verify: a gap in the sequence,
 * a previous hash that is not the hash before it, a text that does not give its hash (an altered event),
 * columns that disagree with the text, or a chain head that does not point at the last event.
 */
public final class ChainVerifier {
    private final String county;
    private long expectedSequence = 1;
    private String lastHash = RegisterEvent.GENESIS_HASH;
    private long checked;
    private Optional<ChainReport.BrokenLink> broken = Optional.empty();

    /** A verifier for one county's chain. */
    public ChainVerifier(String county) {
        this.county = county;
    }

    /** Checks the next stored event; returns false once a broken link has been found. */
    public boolean accept(StoredEvent e) {
        if (broken.isPresent()) {
            return false;
        }
        checked++;
        String reason = problem(e);
        if (reason != null) {
            broken = Optional.of(new ChainReport.BrokenLink(county, e.sequence(), e.id(), reason));
            return false;
        }
        expectedSequence = e.sequence() + 1;
        lastHash = e.hash();
        return true;
    }

    /** Checks that the chain head names the last event walked. */
    public void finish(long headSequence, String headHash) {
        if (broken.isEmpty() && (headSequence != expectedSequence - 1 || !headHash.equals(lastHash))) {
            broken = Optional.of(new ChainReport.BrokenLink(
                    county,
                    expectedSequence,
                    RegisterEvent.idOf(county, expectedSequence),
                    "the chain head names event " + headSequence + " but the chain ends at event "
                            + (expectedSequence - 1) + " (events missing or added)"));
        }
    }

    /** How many events were checked. */
    public long checked() {
        return checked;
    }

    /** The first broken link, if any. */
    public Optional<ChainReport.BrokenLink> broken() {
        return broken;
    }

    private String problem(StoredEvent e) {
        if (e.sequence() != expectedSequence) {
            return "expected event " + expectedSequence + " of the chain, found " + e.sequence();
        }
        if (!e.previousHash().equals(lastHash)) {
            return "its previous hash is not the hash of the event before it";
        }
        if (!ChainHash.of(e.previousHash(), e.text()).equals(e.hash())) {
            return "its content does not give its hash: the stored event was altered";
        }
        RegisterEvent decoded;
        try {
            decoded = EventText.decode(e.text(), e.previousHash(), e.hash());
        } catch (IllegalArgumentException ex) {
            return "its text is not a valid event: " + ex.getMessage();
        }
        if (!decoded.id().equals(e.id())
                || !decoded.county().equals(county)
                || decoded.sequence() != e.sequence()
                || !decoded.unitCode().toString().equals(e.unitCode())) {
            return "its stored columns (id, county, sequence, unit) differ from its text";
        }
        return null;
    }
}
