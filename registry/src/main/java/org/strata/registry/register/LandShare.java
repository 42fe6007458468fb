package org.strata.registry.register;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.strata.registry.unit.UnitCode;

/**
 * A building unit's share of the land-use right of the parcel it stands on (房地一体, Civil Code arts. 356, 357):
 * the land's stated area (as registered, or as the cadastre states it while the land unit is not registered itself)
 * apportioned to the registered building units by their building area.
 *
 * @param land the parcel's land unit
 * @param landArea the land's stated area, square metres
 * @param unitArea the building unit's stated building area, square metres
 * @param buildingArea the building area of every registered building unit on the parcel, square metres
 * @param apportionedArea the unit's share of the land, square metres to the hundredth
 */
public record LandShare(
        UnitCode land, BigDecimal landArea, BigDecimal unitArea, BigDecimal buildingArea, BigDecimal apportionedArea) {
    private static final String AREA = "statedArea";

    /**
     * The share of a building unit as the register stands at a time.
     *
     * @param unit the building unit
     * @param parcelEvents the events of every unit on its parcel ({@link RegisterReader#eventsOnParcel})
     * @param at the time the register is read at
     * @param surveyedLandArea the parcel's stated area in the cadastre, used while the land unit itself is not
     *     registered (its right is then carried by the building units alone)
     * @return empty for a land unit, or when the unit is not registered with a stated area or no land area is known
     */
    public static Optional<LandShare> of(
            UnitCode unit,
            Map<UnitCode, List<RegisterEvent>> parcelEvents,
            Instant at,
            Optional<BigDecimal> surveyedLandArea) {
        if (unit.isLandUnit()) {
            return Optional.empty();
        }
        UnitCode land = UnitCode.landOf(unit.parcel());
        Optional<BigDecimal> landArea = area(land, parcelEvents.getOrDefault(land, List.of()), at)
                .or(() -> surveyedLandArea.filter(a -> a.signum() > 0));
        Optional<BigDecimal> unitArea = area(unit, parcelEvents.getOrDefault(unit, List.of()), at);
        if (landArea.isEmpty() || unitArea.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal total = parcelEvents.entrySet().stream()
                .filter(e -> !e.getKey().isLandUnit())
                .map(e -> area(e.getKey(), e.getValue(), at))
                .flatMap(Optional::stream)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal apportioned = landArea.get()
                .multiply(unitArea.get())
                .divide(total, MathContext.DECIMAL64)
                .setScale(2, RoundingMode.HALF_UP);
        return Optional.of(new LandShare(land, landArea.get(), unitArea.get(), total, apportioned));
    }

    /** The stated area of a unit registered and not cancelled at the time. */
    private static Optional<BigDecimal> area(UnitCode unit, List<RegisterEvent> events, Instant at) {
        UnitState state = UnitStateFolder.asOf(unit, events, at);
        if (!state.registered() || state.cancelled()) {
            return Optional.empty();
        }
        return Optional.ofNullable(state.naturalStatus().get(AREA))
                .map(BigDecimal::new)
                .filter(a -> a.signum() > 0);
    }
}
