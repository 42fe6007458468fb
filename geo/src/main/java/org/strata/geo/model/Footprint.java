package org.strata.geo.model;

import java.util.Objects;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * A valid, non-empty polygon in EPSG:4549 grid coordinates (x = easting, y = northing, metres): the
 * plan outline of a parcel, building or unit.
 */
public final class Footprint {

    private final Polygon polygon;

    /** The rings as flat (easting, northing) arrays, outer ring first, for point tests without object access. */
    private final double[][] rings;

    private final double minE;
    private final double minN;
    private final double maxE;
    private final double maxN;

    private Footprint(Polygon polygon) {
        this.polygon = polygon;
        this.rings = new double[polygon.getNumInteriorRing() + 1][];
        rings[0] = flat(polygon.getExteriorRing().getCoordinates());
        for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
            rings[i + 1] = flat(polygon.getInteriorRingN(i).getCoordinates());
        }
        Envelope e = polygon.getEnvelopeInternal();
        minE = e.getMinX();
        minN = e.getMinY();
        maxE = e.getMaxX();
        maxN = e.getMaxY();
    }

    private static double[] flat(Coordinate[] ring) {
        double[] out = new double[ring.length * 2];
        for (int i = 0; i < ring.length; i++) {
            out[2 * i] = ring[i].x;
            out[2 * i + 1] = ring[i].y;
        }
        return out;
    }

    /**
     * Wraps a polygon whose x is easting and y is northing in EPSG:4549 metres.
     *
     * @throws IllegalArgumentException naming the defect when the polygon is empty, invalid or of zero area
     */
    public static Footprint ofEpsg4549(Polygon eastingNorthing) {
        Objects.requireNonNull(eastingNorthing, "eastingNorthing");
        if (eastingNorthing.isEmpty()) {
            throw new IllegalArgumentException("footprint polygon is empty");
        }
        IsValidOp validity = new IsValidOp(eastingNorthing);
        if (!validity.isValid()) {
            TopologyValidationError error = validity.getValidationError();
            throw new IllegalArgumentException(
                    "footprint polygon is invalid: " + error.getMessage() + " at " + error.getCoordinate());
        }
        if (!(eastingNorthing.getArea() > 0)) {
            throw new IllegalArgumentException("footprint polygon has no area");
        }
        Polygon copy = (Polygon) eastingNorthing.copy();
        copy.setSRID(4549);
        return new Footprint(copy);
    }

    /** A copy of the polygon (x = easting, y = northing, EPSG:4549 metres). */
    public Polygon polygon() {
        return (Polygon) polygon.copy();
    }

    /** Whether the point (easting, northing) lies in the footprint or on its boundary. */
    public boolean covers(double easting, double northing) {
        if (easting < minE || easting > maxE || northing < minN || northing > maxN) {
            return false;
        }
        boolean inside = false;
        for (double[] ring : rings) {
            int crossings = 0;
            for (int i = 0; i + 3 < ring.length; i += 2) {
                double x1 = ring[i];
                double y1 = ring[i + 1];
                double x2 = ring[i + 2];
                double y2 = ring[i + 3];
                if (onSegment(easting, northing, x1, y1, x2, y2)) {
                    return true;
                }
                if ((y1 > northing) != (y2 > northing) && easting < x1 + (northing - y1) * (x2 - x1) / (y2 - y1)) {
                    crossings++;
                }
            }
            inside ^= (crossings % 2) == 1;
        }
        return inside;
    }

    private static boolean onSegment(double px, double py, double x1, double y1, double x2, double y2) {
        double cross = (x2 - x1) * (py - y1) - (y2 - y1) * (px - x1);
        double length = Math.hypot(x2 - x1, y2 - y1);
        if (Math.abs(cross) > 1e-9 * Math.max(length, 1)) {
            return false;
        }
        return px >= Math.min(x1, x2) - 1e-9
                && px <= Math.max(x1, x2) + 1e-9
                && py >= Math.min(y1, y2) - 1e-9
                && py <= Math.max(y1, y2) + 1e-9;
    }

    /** The area the interiors of two footprints share, square metres; 0 when they only touch or are apart. */
    public double sharedArea(Footprint other) {
        if (!polygon.getEnvelopeInternal().intersects(other.polygon.getEnvelopeInternal())) {
            return 0;
        }
        if (!polygon.relate(other.polygon).matches("2********")) {
            return 0;
        }
        return polygon.intersection(other.polygon).getArea();
    }

    /** The plan area in square metres. */
    public double areaSquareMetres() {
        return polygon.getArea();
    }

    /** The bounding box. */
    public GridBox box() {
        Envelope e = polygon.getEnvelopeInternal();
        return new GridBox(e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Footprint f && polygon.equalsExact(f.polygon);
    }

    @Override
    public int hashCode() {
        return polygon.getEnvelopeInternal().hashCode();
    }

    @Override
    public String toString() {
        return "Footprint[EPSG:4549 " + polygon + "]";
    }
}
