package org.strata.geo.crs;

import org.apache.sis.referencing.CRS;
import org.apache.sis.referencing.crs.AbstractCRS;
import org.apache.sis.referencing.cs.AxesConvention;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.opengis.referencing.crs.CoordinateReferenceSystem;
import org.opengis.referencing.operation.MathTransform;
import org.opengis.referencing.operation.TransformException;
import org.opengis.util.FactoryException;
import org.strata.geo.model.GridBox;
import org.strata.geo.model.LonLatBox;

/**
 * Converts between EPSG:4549 grid coordinates (easting, northing in metres) and CGCS2000 geographic
 * coordinates (longitude, latitude in degrees), which Strata serves as CRS84.
 *
 * <p>Both directions use Apache SIS with the EPSG database; the axes are taken right-handed
 * (easting before northing, longitude before latitude) whatever order EPSG defines. Build one
 * instance at start-up: the first EPSG lookup takes about two seconds.
 */
public final class GridTransform {
    private final MathTransform gridToLonLat;
    private final MathTransform lonLatToGrid;
    private final LonLatBox areaOfUse;
    private final java.util.Map<Crs, MathTransform> toOthers = new java.util.concurrent.ConcurrentHashMap<>();

    private GridTransform(MathTransform gridToLonLat, MathTransform lonLatToGrid, LonLatBox areaOfUse) {
        this.gridToLonLat = gridToLonLat;
        this.lonLatToGrid = lonLatToGrid;
        this.areaOfUse = areaOfUse;
    }

    /** Builds the transform for EPSG:4549 from the EPSG database. */
    public static GridTransform epsg4549() {
        try {
            CoordinateReferenceSystem grid = rightHanded(CRS.forCode("EPSG:4549"));
            CoordinateReferenceSystem geographic = rightHanded(CRS.forCode("EPSG:4490"));
            MathTransform forward = CRS.findOperation(grid, geographic, null).getMathTransform();
            org.opengis.metadata.extent.GeographicBoundingBox area = CRS.getGeographicBoundingBox(grid);
            if (area == null) {
                throw new IllegalStateException("the EPSG database gives no area of use for EPSG:4549");
            }
            LonLatBox use = new LonLatBox(
                    area.getWestBoundLongitude(),
                    area.getSouthBoundLatitude(),
                    area.getEastBoundLongitude(),
                    area.getNorthBoundLatitude());
            return new GridTransform(forward, forward.inverse(), use);
        } catch (FactoryException | org.opengis.referencing.operation.NoninvertibleTransformException e) {
            throw new IllegalStateException("EPSG:4549 or EPSG:4490 is not available from the EPSG database", e);
        }
    }

    private static CoordinateReferenceSystem rightHanded(CoordinateReferenceSystem crs) {
        return AbstractCRS.castOrCopy(crs).forConvention(AxesConvention.RIGHT_HANDED);
    }

    /**
     * A copy of a grid geometry (EPSG:4549 easting, northing) in another CRS, in its right-handed order (easting,
     * northing; longitude, latitude); CRS84 is CGCS2000's longitude, latitude.
     */
    public Geometry toCrs(Geometry gridGeometry, Crs crs) {
        return switch (crs) {
            case EPSG_4549 -> gridGeometry.copy();
            case CRS84, EPSG_4490 -> toLonLat(gridGeometry);
            default -> transformed(gridGeometry, toOther(crs));
        };
    }

    /** A copy of a geometry in another CRS (its right-handed order) as a grid geometry (EPSG:4549 easting, northing). */
    public Geometry fromCrs(Geometry geometry, Crs crs) {
        try {
            return switch (crs) {
                case EPSG_4549 -> geometry.copy();
                case CRS84, EPSG_4490 -> toGrid(geometry);
                default -> transformed(geometry, toOther(crs).inverse());
            };
        } catch (org.opengis.referencing.operation.NoninvertibleTransformException e) {
            throw new IllegalStateException(crs.code() + " cannot be converted back to EPSG:4549", e);
        }
    }

    /** The smallest grid box holding a box of another projected CRS (easting, northing). */
    public GridBox toGrid(GridBox other, Crs crs) {
        if (crs == Crs.EPSG_4549) {
            return other;
        }
        try {
            double[] e = boundsOfTransformedEdges(
                    toOther(crs).inverse(),
                    other.minEasting(),
                    other.minNorthing(),
                    other.maxEasting(),
                    other.maxNorthing());
            return new GridBox(e[0], e[1], e[2], e[3]);
        } catch (org.opengis.referencing.operation.NoninvertibleTransformException ex) {
            throw new IllegalStateException(crs.code() + " cannot be converted back to EPSG:4549", ex);
        }
    }

    private MathTransform toOther(Crs crs) {
        return toOthers.computeIfAbsent(crs, c -> {
            try {
                CoordinateReferenceSystem grid = rightHanded(CRS.forCode("EPSG:4549"));
                CoordinateReferenceSystem target = rightHanded(CRS.forCode(c.code()));
                return CRS.findOperation(grid, target, null).getMathTransform();
            } catch (FactoryException e) {
                throw new IllegalStateException(c.code() + " is not available from the EPSG database", e);
            }
        });
    }

    /** The grid CRS's area of use as the EPSG database states it, in CRS84 degrees. */
    public LonLatBox areaOfUse() {
        return areaOfUse;
    }

    /** Returns (longitude, latitude) in degrees for an (easting, northing) in metres. */
    public double[] toLonLat(double easting, double northing) {
        return apply(gridToLonLat, easting, northing);
    }

    /** Returns (easting, northing) in metres for a (longitude, latitude) in degrees. */
    public double[] toGrid(double longitude, double latitude) {
        return apply(lonLatToGrid, longitude, latitude);
    }

    /** Returns a copy of a geometry in EPSG:4549 (easting, northing) as (longitude, latitude). */
    public Geometry toLonLat(Geometry gridGeometry) {
        return transformed(gridGeometry, gridToLonLat);
    }

    /** Returns a copy of a geometry in (longitude, latitude) as EPSG:4549 (easting, northing). */
    public Geometry toGrid(Geometry lonLatGeometry) {
        return transformed(lonLatGeometry, lonLatToGrid);
    }

    /** The smallest grid box holding a lon/lat box, with its edges densified so that curved edges are covered. */
    public GridBox toGrid(LonLatBox box) {
        double[] e = boundsOfTransformedEdges(
                lonLatToGrid, box.minLongitude(), box.minLatitude(), box.maxLongitude(), box.maxLatitude());
        return new GridBox(e[0], e[1], e[2], e[3]);
    }

    /** The smallest lon/lat box holding a grid box. */
    public LonLatBox toLonLat(GridBox box) {
        double[] e = boundsOfTransformedEdges(
                gridToLonLat, box.minEasting(), box.minNorthing(), box.maxEasting(), box.maxNorthing());
        return new LonLatBox(e[0], e[1], e[2], e[3]);
    }

    private static double[] boundsOfTransformedEdges(
            MathTransform transform, double minX, double minY, double maxX, double maxY) {
        int steps = 16;
        double[] bounds = {
            Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY
        };
        for (int i = 0; i <= steps; i++) {
            double fx = minX + (maxX - minX) * i / steps;
            double fy = minY + (maxY - minY) * i / steps;
            include(bounds, apply(transform, fx, minY));
            include(bounds, apply(transform, fx, maxY));
            include(bounds, apply(transform, minX, fy));
            include(bounds, apply(transform, maxX, fy));
        }
        return bounds;
    }

    private static void include(double[] bounds, double[] point) {
        bounds[0] = Math.min(bounds[0], point[0]);
        bounds[1] = Math.min(bounds[1], point[1]);
        bounds[2] = Math.max(bounds[2], point[0]);
        bounds[3] = Math.max(bounds[3], point[1]);
    }

    private static double[] apply(MathTransform transform, double x, double y) {
        double[] point = {x, y};
        try {
            transform.transform(point, 0, point, 0, 1);
        } catch (TransformException e) {
            throw new IllegalArgumentException("coordinate (" + x + ", " + y + ") cannot be transformed", e);
        }
        return point;
    }

    private static Geometry transformed(Geometry geometry, MathTransform transform) {
        Geometry copy = geometry.copy();
        copy.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                Coordinate c = seq.getCoordinate(i);
                double[] p = apply(transform, c.getX(), c.getY());
                seq.setOrdinate(i, CoordinateSequence.X, p[0]);
                seq.setOrdinate(i, CoordinateSequence.Y, p[1]);
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
        copy.geometryChanged();
        return copy;
    }
}
