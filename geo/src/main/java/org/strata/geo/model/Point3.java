package org.strata.geo.model;

/**
 * A point in space: x easting, y northing (metres, the solid's CRS), z height (metres).
 *
 * @param x first coordinate
 * @param y second coordinate
 * @param z height
 */
public record Point3(double x, double y, double z) {}
