package org.strata.registry.right;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.strata.registry.unit.UnitCode;

/**
 * A right registered on a unit, with its holders and their shares and the land use term.
 *
 * @param id Strata's identifier of the right
 * @param type the right type
 * @param nature the right nature of the land use right
 * @param unitCode the unit it is registered on
 * @param holders the holders; their shares add up to 1
 * @param termStart first day of the land use term
 * @param termEnd last day of the land use term
 */
public record Right(
        String id,
        RightType type,
        RightNature nature,
        UnitCode unitCode,
        List<Holding> holders,
        LocalDate termStart,
        LocalDate termEnd) {
    /** Checks the fields, that the shares add up to 1 and that the term is ordered. */
    public Right {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(nature, "nature");
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(termStart, "termStart");
        Objects.requireNonNull(termEnd, "termEnd");
        holders = List.copyOf(holders);
        if (holders.isEmpty()) {
            throw new IllegalArgumentException("right " + id + " has no holders");
        }
        if (holders.stream().map(Holding::partyId).distinct().count() != holders.size()) {
            throw new IllegalArgumentException("right " + id + " names a holder twice");
        }
        if (!Share.addUpToWhole(holders.stream().map(Holding::share).toList())) {
            throw new IllegalArgumentException("right " + id + ": holders' shares do not add up to 1");
        }
        if (termEnd.isBefore(termStart)) {
            throw new IllegalArgumentException(
                    "right " + id + ": term ends " + termEnd + " before it starts " + termStart);
        }
    }

    /** Whether more than one party holds the right (共有). */
    public boolean isCoOwned() {
        return holders.size() > 1;
    }
}
