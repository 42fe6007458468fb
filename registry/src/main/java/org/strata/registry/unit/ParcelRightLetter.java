package org.strata.registry.unit;

/** The right-on-parcel letter of a unit code (position 13), from the GB/T 37346 code table. */
public enum ParcelRightLetter {
    /** Collective land ownership parcel. */
    A("collective land ownership", SpatialLayer.NOT_LAYERED),
    /** Construction-land use right created on the surface. */
    B("construction-land use right, surface", SpatialLayer.SURFACE),
    /** Construction-land use right created above ground. */
    S("construction-land use right, above ground", SpatialLayer.ABOVE_GROUND),
    /** Construction-land use right created underground. */
    X("construction-land use right, underground", SpatialLayer.UNDERGROUND),
    /** Homestead use right. */
    C("homestead use right", SpatialLayer.NOT_LAYERED),
    /** Contracted farmland. */
    D("contracted farmland", SpatialLayer.NOT_LAYERED),
    /** Contracted forest land. */
    E("contracted forest land", SpatialLayer.NOT_LAYERED),
    /** Contracted grassland. */
    F("contracted grassland", SpatialLayer.NOT_LAYERED),
    /** Forest land use right (林地使用权), other than by contract. */
    L("forest land use right", SpatialLayer.NOT_LAYERED),
    /** Agricultural land use right (农用地使用权), other than by contract. */
    N("agricultural land use right", SpatialLayer.NOT_LAYERED),
    /** Sea-area use right. */
    H("sea area", SpatialLayer.NOT_LAYERED),
    /** Uninhabited island use right. */
    G("uninhabited island", SpatialLayer.NOT_LAYERED),
    /** Land use right undetermined. */
    W("undetermined", SpatialLayer.NOT_LAYERED),
    /** Other rights on the parcel. */
    Y("other", SpatialLayer.NOT_LAYERED);

    private final String meaning;
    private final SpatialLayer layer;

    ParcelRightLetter(String meaning, SpatialLayer layer) {
        this.meaning = meaning;
        this.layer = layer;
    }

    /** A short English reading of the letter. */
    public String meaning() {
        return meaning;
    }

    /** The surface / above-ground / underground reading of B, S and X; NOT_LAYERED for the others. */
    public SpatialLayer layer() {
        return layer;
    }
}
