package org.strata.web.survey;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;
import org.strata.geo.crs.GridTransform;
import org.strata.geo.crs.HeightConversion;
import org.strata.geo.model.HeightRange;
import org.strata.geo.model.Volume;
import org.strata.registry.survey.SurveyData;
import org.strata.registry.survey.SurveyUploads;
import org.strata.registry.survey.UnitVolumes;
import org.strata.registry.unit.UnitCode;
import org.strata.web.auth.Callers;

/**
 * The features of a package as CZML, for the surveyor's page to draw what it uploads and mark the features its
 * report names: parcels and units as volumes with their ids. Nothing is stored.
 */
@Path("/api/v1/survey/preview")
public final class SurveyPreviewResource {
    private final SurveyUploads survey;
    private final GridTransform transform;
    private final HeightConversion heights;
    private final double groundMetres;

    @Context
    private SecurityContext security;

    /** The preview over the package reader and the CRS and height conversions. */
    public SurveyPreviewResource(
            SurveyUploads survey, GridTransform transform, HeightConversion heights, double groundMetres) {
        this.survey = survey;
        this.transform = transform;
        this.heights = heights;
        this.groundMetres = groundMetres;
    }

    /** Reads a package's parcels and units into CZML packets (422 when the archive itself is refused). */
    @POST
    @Consumes("application/zip")
    @Produces(MediaType.APPLICATION_JSON)
    public List<Map<String, Object>> preview(InputStream body) {
        var actor = Callers.require(security);
        SurveyData data =
                survey.preview(actor, Bodies.bounded(body, survey.rules().whole("zip.max-uncompressed-bytes")));
        List<Map<String, Object>> packets = new ArrayList<>();
        packets.add(Map.of("id", "document", "name", "survey package preview", "version", "1.0"));
        for (SurveyData.SurveyedParcel p : data.parcels()) {
            String land = p.code() + "W00000000";
            String layer = UnitCode.isValid(land) ? UnitCode.parse(land).layer().wireName() : "surface";
            packets.add(packet(p.code(), "land-unit", layer, p.boundary(), p.heights()));
        }
        for (SurveyData.SurveyedUnit u : data.units()) {
            u.solid()
                    .flatMap(UnitVolumes::of)
                    .ifPresent(v -> packets.add(packet(
                            u.code(),
                            "building-unit",
                            u.floor() < 0 ? "underground" : "surface",
                            plan(v),
                            v.box().heights())));
        }
        return packets;
    }

    private static Polygon plan(Volume v) {
        if (v instanceof org.strata.geo.model.Prism p) {
            return p.footprint().polygon();
        }
        var b = v.box().plan();
        return new org.locationtech.jts.geom.GeometryFactory().createPolygon(new Coordinate[] {
            new Coordinate(b.minEasting(), b.minNorthing()), new Coordinate(b.maxEasting(), b.minNorthing()),
            new Coordinate(b.maxEasting(), b.maxNorthing()), new Coordinate(b.minEasting(), b.maxNorthing()),
            new Coordinate(b.minEasting(), b.minNorthing())
        });
    }

    private Map<String, Object> packet(String id, String kind, String layer, Polygon outline, HeightRange h) {
        List<Double> positions = new ArrayList<>();
        Coordinate[] ring = outline.getExteriorRing().getCoordinates();
        for (int i = 0; i < ring.length - 1; i++) {
            double[] lonLat = transform.toLonLat(ring[i].x, ring[i].y);
            positions.add(lonLat[0]);
            positions.add(lonLat[1]);
            positions.add(0.0);
        }
        Map<String, Object> polygon = new LinkedHashMap<>();
        polygon.put("positions", Map.of("cartographicDegrees", positions));
        polygon.put("height", heights.toEllipsoidal(h.bottomOrNull() == null ? groundMetres : h.bottomOrNull()));
        if (h.topOrNull() != null) {
            polygon.put("extrudedHeight", heights.toEllipsoidal(h.topOrNull()));
        }
        Map<String, Object> packet = new LinkedHashMap<>();
        packet.put("id", id);
        packet.put("polygon", polygon);
        packet.put("properties", Map.of("kind", kind, "layer", layer));
        return packet;
    }
}
