package org.strata.data.jdbc;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;
import org.strata.geo.model.Footprint;

/** Footprints to and from well-known binary, the form both databases accept and return. */
final class FootprintCodec {
    private static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4549);

    private FootprintCodec() {}

    static byte[] toWkb(Footprint footprint) {
        return new WKBWriter(2).write(footprint.polygon());
    }

    static Footprint fromWkb(byte[] wkb) {
        try {
            Geometry geometry = new WKBReader(FACTORY).read(wkb);
            if (!(geometry instanceof Polygon polygon)) {
                throw new IllegalStateException(
                        "stored footprint is a " + geometry.getGeometryType() + ", not a Polygon");
            }
            // checked when it was written: not again on every read
            return Footprint.ofStoredEpsg4549(polygon);
        } catch (ParseException e) {
            throw new IllegalStateException("stored footprint is not valid WKB", e);
        }
    }
}
