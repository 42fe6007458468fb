package org.strata.geo.crs;

/** The order of the two horizontal coordinates in a position, as a format or an authority writes them. */
public enum AxisOrder {
    /** Easting (or longitude) first: GeoJSON, CRS84, Strata's grid coordinates in memory. */
    EAST_NORTH,
    /** Northing (or latitude) first: EPSG:4549 as its authority defines it, and JSON-FG {@code place} in it. */
    NORTH_EAST;

    /** The first and second coordinate of a position whose easting and northing are given. */
    public double[] write(double easting, double northing) {
        return this == EAST_NORTH ? new double[] {easting, northing} : new double[] {northing, easting};
    }

    /** The easting and northing of a position written in this order. */
    public double[] read(double first, double second) {
        return this == EAST_NORTH ? new double[] {first, second} : new double[] {second, first};
    }
}
