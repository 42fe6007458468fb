package org.strata.geo.model;

import java.util.Objects;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.relateng.RelateNG;
import org.locationtech.jts.operation.relateng.RelatePredicate;
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

    /**
     * Wraps a polygon read back from a store, which checked it with {@link #ofEpsg4549} before writing it: the
     * topology is not checked again on every read (the hot path of the map), only that it is a polygon with an area.
     *
     * @throws IllegalArgumentException when the polygon is empty or of zero area
     */
    public static Footprint ofStoredEpsg4549(Polygon eastingNorthing) {
        Objects.requireNonNull(eastingNorthing, "eastingNorthing");
        if (eastingNorthing.isEmpty() || !(eastingNorthing.getArea() > 0)) {
            throw new IllegalArgumentException("stored footprint polygon is empty or has no area");
        }
        eastingNorthing.setSRID(4549);
        return new Footprint(eastingNorthing);
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
            int where = FlatRing.locate(ring, easting, northing);
            if (where == 0) {
                return true;
            }
            inside ^= where > 0;
        }
        return inside;
    }

    /** The outer ring as flat (easting, northing) pairs, closed, when the footprint has no holes; else null. */
    public double[] simpleRing() {
        return rings.length == 1 ? rings[0].clone() : null;
    }

    /** The area the interiors of two footprints share, square metres; 0 when they only touch or are apart. */
    public double sharedArea(Footprint other) {
        // interiors can only share an area where the boxes share one: neighbours side by side stop here
        if (Math.min(maxE, other.maxE) <= Math.max(minE, other.minE)
                || Math.min(maxN, other.maxN) <= Math.max(minN, other.minN)) {
            return 0;
        }
        // a predicate holds the state of one evaluation, so each call takes a new one
        if (!RelateNG.relate(polygon, other.polygon, RelatePredicate.matches("2********"))) {
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
