package org.strata.registry.port;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A property of a collection's features that filters may name (OGC API – Features Part 3 queryables), with its
 * type; the spatial {@code geometry} and temporal {@code validity} queryables are every collection's.
 */
public enum Queryable {
    UNIT_CODE("unitCode", Type.STRING, "the 28-character unit code"),
    LAND_USE("landUse", Type.STRING, "GB/T 21010 land use code"),
    LOCATION("location", Type.STRING, "the parcel's address"),
    STATED_AREA("statedArea", Type.NUMBER, "stated area, square metres"),
    COMPUTED_AREA("computedArea", Type.NUMBER, "area computed from the boundary, square metres"),
    NAME("name", Type.STRING, "the building's name"),
    USE("use", Type.STRING, "building use code"),
    FLOORS_ABOVE("floorsAboveGround", Type.INTEGER, "floors above ground"),
    FLOORS_BELOW("floorsBelowGround", Type.INTEGER, "floors below ground"),
    FOOTPRINT_AREA("footprintArea", Type.NUMBER, "footprint area, square metres"),
    BUILDING_CODE("buildingCode", Type.STRING, "the unit's building (幢) code"),
    FLOOR("floor", Type.INTEGER, "the unit's floor"),
    ROOM("room", Type.STRING, "the unit's room number"),
    BUILDING_AREA("buildingArea", Type.NUMBER, "building area, square metres"),
    INNER_AREA("innerArea", Type.NUMBER, "inner (套内) area, square metres"),
    BOTTOM("bottom", Type.NUMBER, "bottom height, metres of the 1985 datum"),
    TOP("top", Type.NUMBER, "top height, metres of the 1985 datum"),
    LOWER("lower", Type.NUMBER, "lower limit of the right's volume, metres of the 1985 datum"),
    UPPER("upper", Type.NUMBER, "upper limit of the right's volume, metres of the 1985 datum"),
    GEOMETRY("geometry", Type.GEOMETRY, "the footprint"),
    VALIDITY("validity", Type.INTERVAL, "when the registration was legally valid");

    /** What kind of value a queryable holds. */
    public enum Type {
        STRING,
        NUMBER,
        INTEGER,
        GEOMETRY,
        INTERVAL
    }

    private final String wireName;
    private final Type type;
    private final String description;

    Queryable(String wireName, Type type, String description) {
        this.wireName = wireName;
        this.type = type;
        this.description = description;
    }

    /** The name filters use. */
    public String wireName() {
        return wireName;
    }

    /** The type of its values. */
    public Type type() {
        return type;
    }

    /** What it holds, for the queryables document. */
    public String description() {
        return description;
    }

    /** Whether it is one of the feature's attributes (not its place or time), which the public does not see. */
    public boolean attribute() {
        return this != UNIT_CODE && this != GEOMETRY && this != VALIDITY;
    }

    /** The queryables of a kind of feature, in the order the queryables document lists them. */
    public static List<Queryable> of(FeatureKind kind) {
        List<Queryable> own =
                switch (kind) {
                    case PARCEL -> List.of(UNIT_CODE, LAND_USE, LOCATION, STATED_AREA, COMPUTED_AREA, BOTTOM, TOP);
                    case BUILDING -> List.of(
                            UNIT_CODE, NAME, USE, FLOORS_ABOVE, FLOORS_BELOW, FOOTPRINT_AREA, BOTTOM, TOP);
                    case UNIT -> List.of(
                            UNIT_CODE, BUILDING_CODE, FLOOR, ROOM, USE, BUILDING_AREA, INNER_AREA, BOTTOM, TOP);
                    case RIGHT -> List.of(UNIT_CODE, LOWER, UPPER);
                };
        return java.util.stream.Stream.concat(own.stream(), java.util.stream.Stream.of(GEOMETRY, VALIDITY))
                .toList();
    }

    /** The queryable of a kind with this name. */
    public static Optional<Queryable> of(FeatureKind kind, String name) {
        return of(kind).stream().filter(q -> q.wireName.equals(name)).findFirst();
    }

    /** Every name, for messages. */
    public static List<String> names(FeatureKind kind) {
        return Arrays.asList(of(kind).stream().map(Queryable::wireName).toArray(String[]::new));
    }
}
