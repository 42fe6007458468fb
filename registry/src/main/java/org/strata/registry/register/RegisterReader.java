package org.strata.registry.register;

import java.util.List;
import java.util.Map;
import org.strata.registry.unit.ParcelCode;
import org.strata.registry.unit.UnitCode;

/** The register read unit by unit or parcel by parcel, as the rules that look beyond one unit need it. */
public interface RegisterReader {
    /** A register with no events at all. */
    RegisterReader EMPTY = new RegisterReader() {
        @Override
        public List<RegisterEvent> eventsOf(UnitCode unitCode) {
            return List.of();
        }

        @Override
        public Map<UnitCode, List<RegisterEvent>> eventsOnParcel(ParcelCode parcel) {
            return Map.of();
        }
    };

    /** The events of a unit, in chain order. */
    List<RegisterEvent> eventsOf(UnitCode unitCode);

    /**
     * The events of every unit on a parcel — its land unit and the building units standing on it — in chain
     * order, by unit in code order (units without events are absent).
     */
    Map<UnitCode, List<RegisterEvent>> eventsOnParcel(ParcelCode parcel);
}
