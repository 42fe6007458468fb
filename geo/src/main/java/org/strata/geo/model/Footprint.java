package org.strata.geo.model;

import java.util.Objects;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * A valid, non-empty polygon in EPSG:4549 grid coordinates (x = easting, y = northing, metres): the
 * plan outline of a parcel, building or unit.
 */
public final class Footprint {
    private static final GeometryFactory FACTORY = new GeometryFactory();

    private final Polygon polygon;

    private Footprint(Polygon polygon) {
        this.polygon = polygon;
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
        return polygon.getEnvelopeInternal().covers(easting, northing)
                && polygon.covers(FACTORY.createPoint(new Coordinate(easting, northing)));
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
