package org.strata.registry.register;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Seizures on one unit in line: the first is in effect, the others wait (轮候) and move up in order when the
 * one ahead is released or lapses at the end of its term; a renewal extends the term of the one it names.
 */
final class SeizureQueue {
    private static final class Slot {
        final Restriction restriction;
        Period term;
        Instant effectiveFrom;
        Instant expires;

        Slot(Restriction restriction, Period term) {
            this.restriction = restriction;
            this.term = term;
        }

        void start(Instant at) {
            effectiveFrom = at;
            expires = at.atOffset(ZoneOffset.UTC).plus(term).toInstant();
        }
    }

    private final List<Slot> line = new ArrayList<>();

    void add(Restriction seizure, Period term, Instant at) {
        Slot slot = new Slot(seizure, term);
        line.add(slot);
        if (line.size() == 1) {
            slot.start(at);
        }
    }

    void renew(String eventId, Period extension) {
        for (Slot slot : line) {
            if (slot.restriction.eventId().equals(eventId)) {
                slot.term = slot.term.plus(extension);
                if (slot.effectiveFrom != null) {
                    slot.expires = slot.expires
                            .atOffset(ZoneOffset.UTC)
                            .plus(extension)
                            .toInstant();
                }
            }
        }
    }

    void release(String eventId, Instant at) {
        for (int i = 0; i < line.size(); i++) {
            if (line.get(i).restriction.eventId().equals(eventId)) {
                line.remove(i);
                if (i == 0 && !line.isEmpty()) {
                    line.get(0).start(at);
                }
                return;
            }
        }
    }

    /** Lets the seizure in effect lapse at the end of its term, and the next move up, until {@code time}. */
    void advanceTo(Instant time) {
        while (!line.isEmpty() && !line.get(0).expires.isAfter(time)) {
            Instant lapsed = line.remove(0).expires;
            if (!line.isEmpty()) {
                line.get(0).start(lapsed);
            }
        }
    }

    Optional<Restriction> effective() {
        if (line.isEmpty()) {
            return Optional.empty();
        }
        Slot head = line.get(0);
        return Optional.of(head.restriction.placed(1, head.effectiveFrom, Optional.of(head.expires)));
    }

    List<Restriction> waiting() {
        List<Restriction> out = new ArrayList<>();
        for (int i = 1; i < line.size(); i++) {
            Slot slot = line.get(i);
            out.add(slot.restriction.placed(i + 1, slot.restriction.since(), Optional.empty()));
        }
        return out;
    }
}
