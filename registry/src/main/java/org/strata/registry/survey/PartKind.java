package org.strata.registry.survey;

/** What a part of a survey package holds, which fixes its format and how the checks read it. */
public enum PartKind {
    /** Parcels as GeoJSON-shaped features: code, statedArea, landUse, bottom, top. */
    PARCELS("parcels", Format.FEATURES),
    /** Boundary points as CSV: parcel, point, easting, northing, class. */
    BOUNDARY_POINTS("boundary-points", Format.TABLE),
    /** Building footprints as features: code, bottom, top, zeroLevel, floorsAbove, floorsBelow, gfaAbove, gfaBelow. */
    BUILDINGS("buildings", Format.FEATURES),
    /** Buildings, storeys and units as CityJSON 2.0 solids. */
    UNITS("units", Format.CITY),
    /** As-built unit areas as CSV: unit, floor, room, use, buildingArea, innerArea, sharedArea. */
    UNIT_AREAS("unit-areas", Format.TABLE),
    /** Predicted unit areas as CSV: unit, floor, room, use, buildingArea, innerArea, sharedArea. */
    PREDICTED_UNITS("predicted-units", Format.TABLE),
    /** Setting-out points as CSV: point, designedEasting, designedNorthing, stakedEasting, stakedNorthing. */
    SETTING_OUT("setting-out", Format.TABLE),
    /** ±0 levels as CSV: building, designed, measured. */
    ZERO_LEVEL("zero-level", Format.TABLE),
    /** Civil-air-defence areas as CSV: space, area. */
    CIVIL_DEFENCE("civil-defence", Format.TABLE),
    /** Parking as CSV: space, kind, count. */
    PARKING("parking", Format.TABLE),
    /** Green space as features with their areas. */
    GREEN_SPACE("green-space", Format.FEATURES),
    /** Fire lanes and rescue sites as features. */
    FIRE("fire", Format.FEATURES),
    /** The firm's quality check points as CSV: point, planeError, heightError (metres). */
    CHECK_POINTS("check-points", Format.TABLE),
    /** Pipeline hidden points as CSV: point, kind, depth, checkDepth. */
    PIPELINES("pipelines", Format.TABLE),
    /** A signed report or CAD original carried along (PDF, DWG). */
    EVIDENCE("evidence", Format.EVIDENCE);

    /** How a part of a kind is encoded. */
    public enum Format {
        /** GeoJSON FeatureCollection in the declared projected CRS. */
        FEATURES,
        /** CityJSON 2.0. */
        CITY,
        /** CSV with a header row. */
        TABLE,
        /** Bytes carried along unread. */
        EVIDENCE
    }

    private final String wireName;
    private final Format format;

    PartKind(String wireName, Format format) {
        this.wireName = wireName;
        this.format = format;
    }

    /** The name used in manifests. */
    public String wireName() {
        return wireName;
    }

    /** How the part is encoded. */
    public Format format() {
        return format;
    }

    /** The kind with this wire name. */
    public static PartKind ofWireName(String name) {
        for (PartKind k : values()) {
            if (k.wireName.equals(name)) {
                return k;
            }
        }
        throw new IllegalArgumentException("part kind '" + name + "' is not known");
    }
}
