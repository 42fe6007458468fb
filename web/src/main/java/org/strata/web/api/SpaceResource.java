package org.strata.web.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.strata.geo.crs.AreaOfUse;
import org.strata.geo.crs.GridTransform;
import org.strata.geo.model.HeightRange;
import org.strata.geo.model.LonLatBox;
import org.strata.registry.access.Purpose;
import org.strata.registry.access.SpaceLookup;
import org.strata.registry.cadastre.RegisteredVolume;
import org.strata.registry.space.SpaceQueries;
import org.strata.web.auth.Callers;
import org.strata.web.http.ApiException;

/**
 * 3D questions for signed-in users: {@code /api/v1/space/point?x=&y=&z=} (what volumes contain the point) and
 * {@code /api/v1/space/column?x=&y=} (everything above and below, by height, with the gaps). x is the EPSG:4549
 * easting, y the northing, in metres; z is metres of the 1985 national height datum.
 */
@Path("/api/v1/space")
@Produces(MediaType.APPLICATION_JSON)
public final class SpaceResource {
    private final SpaceLookup space;
    private final GridTransform transform;

    @Context
    private SecurityContext security;

    /** The resource over the 3D queries, recording each through the lookup; lon/lat are taken to EPSG:4549. */
    public SpaceResource(SpaceLookup space, GridTransform transform) {
        this.space = space;
        this.transform = transform;
    }

    /** The volumes that contain a point. */
    @GET
    @Path("point")
    public Response point(
            @QueryParam("x") String x,
            @QueryParam("y") String y,
            @QueryParam("z") String z,
            @QueryParam("purpose") String purpose,
            @QueryParam("caseRef") String caseRef) {
        var actor = Callers.require(security);
        Purpose why = Purposes.required(purpose);
        double e = coordinate("x", x);
        double n = coordinate("y", y);
        double h = coordinate("z", z);
        inArea(e, n);
        Map<String, Object> answer = spot(e, n);
        answer.put("z", h);
        SpaceLookup.Point found = space.at(actor, why, Optional.ofNullable(caseRef), e, n, h);
        answer.put("volumes", volumes(found.volumes()));
        return answered(answer, found.receipt());
    }

    /**
     * Everything above and below a spot, given as EPSG:4549 {@code x}/{@code y} or as CGCS2000 {@code lon}/{@code
     * lat} degrees (the viewer's clicks).
     */
    @GET
    @Path("column")
    public Response column(
            @QueryParam("x") String x,
            @QueryParam("y") String y,
            @QueryParam("lon") String lon,
            @QueryParam("lat") String lat,
            @QueryParam("purpose") String purpose,
            @QueryParam("caseRef") String caseRef) {
        var actor = Callers.require(security);
        Purpose why = Purposes.required(purpose);
        double e;
        double n;
        if (lon != null || lat != null) {
            double longitude = coordinate("lon", lon);
            double latitude = coordinate("lat", lat);
            LonLatBox area = AreaOfUse.EPSG_4549_LON_LAT;
            if (longitude < area.minLongitude()
                    || longitude > area.maxLongitude()
                    || latitude < area.minLatitude()
                    || latitude > area.maxLatitude()) {
                throw ApiException.badRequest(
                        "outside-area-of-use",
                        "lon " + longitude + ", lat " + latitude + " lies outside EPSG:4549's area of use, "
                                + area.minLongitude() + " to " + area.maxLongitude() + "°E, " + area.minLatitude()
                                + " to " + area.maxLatitude() + "°N");
            }
            double[] grid = transform.toGrid(longitude, latitude);
            e = grid[0];
            n = grid[1];
        } else {
            e = coordinate("x", x);
            n = coordinate("y", y);
        }
        inArea(e, n);
        SpaceLookup.Column found = space.column(actor, why, Optional.ofNullable(caseRef), e, n);
        SpaceQueries.Column column = found.column();
        Map<String, Object> answer = spot(e, n);
        answer.put("volumes", volumes(column.volumes()));
        answer.put("gaps", column.gaps().stream().map(g -> range(g)).toList());
        return answered(answer, found.receipt());
    }

    private static Response answered(Map<String, Object> answer, String receipt) {
        answer.put("receipt", receipt);
        return Response.ok(answer).header("X-Query-Receipt", receipt).build();
    }

    private static Map<String, Object> spot(double e, double n) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("crs", "http://www.opengis.net/def/crs/EPSG/0/4549");
        answer.put("heightDatum", "1985 national height datum");
        answer.put("x", e);
        answer.put("y", n);
        return answer;
    }

    private static List<Map<String, Object>> volumes(List<RegisteredVolume> volumes) {
        return volumes.stream()
                .map(v -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("unitCode", v.unitCode().toString());
                    m.put("kind", v.kind() == RegisteredVolume.Kind.PARCEL ? "land-unit" : "building-unit");
                    m.put("layer", v.unitCode().layer().wireName());
                    m.putAll(range(v.prism().heights()));
                    return m;
                })
                .toList();
    }

    private static Map<String, Object> range(HeightRange h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("lower", h.bottomOrNull());
        m.put("upper", h.topOrNull());
        return m;
    }

    private static void inArea(double easting, double northing) {
        if (!AreaOfUse.contains(easting, northing)) {
            throw ApiException.badRequest(
                    "outside-area-of-use",
                    "x " + easting + ", y " + northing + " lies outside " + AreaOfUse.describe());
        }
    }

    private static double coordinate(String name, String text) {
        if (text == null || text.isBlank()) {
            throw ApiException.badRequest("invalid-coordinate", name + " is required");
        }
        try {
            double value = Double.parseDouble(text.trim());
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiException.badRequest(
                "invalid-coordinate", name + " '" + Texts.shown(text) + "' is not a finite number");
    }
}
