package org.strata.registry.port;

/** The kinds of features the cadastre holds. */
public enum FeatureKind {
    /** Parcels (宗地) as land units. */
    PARCEL,
    /** Buildings (幢). */
    BUILDING,
    /** Units (户) of buildings. */
    UNIT,
    /** Every registered volume: land units and building units together. */
    RIGHT
}
