package org.strata.web.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Optional;
import org.strata.geo.crs.AreaOfUse;
import org.strata.geo.crs.GridTransform;
import org.strata.geo.model.LonLatBox;
import org.strata.registry.access.Purpose;
import org.strata.registry.access.SpaceLookup;
import org.strata.registry.cadastre.RegisteredVolume;
import org.strata.registry.space.SpaceQueries;
import org.strata.web.auth.Callers;
import org.strata.web.http.ApiException;
import org.strata.web.http.Texts;

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
        SpaceLookup.Point found = space.at(actor, why, Optional.ofNullable(caseRef), e, n, h);
        PointAnswer answer = new PointAnswer(CRS, DATUM, e, n, h, volumes(found.volumes()), found.receipt());
        return Response.ok(answer).header("X-Query-Receipt", found.receipt()).build();
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
        ColumnAnswer answer = new ColumnAnswer(
                CRS,
                DATUM,
                e,
                n,
                volumes(column.volumes()),
                column.gaps().stream()
                        .map(g -> new Range(g.bottomOrNull(), g.topOrNull()))
                        .toList(),
                found.receipt());
        return Response.ok(answer).header("X-Query-Receipt", found.receipt()).build();
    }

    private static final String CRS = "http://www.opengis.net/def/crs/EPSG/0/4549";
    private static final String DATUM = "1985 national height datum";

    /** A registered volume found at a spot, by its unit code, kind, layer and heights (open bounds null). */
    public record Found(String unitCode, String kind, String layer, Double lower, Double upper) {}

    /** A height range of no registered volume. */
    public record Range(Double lower, Double upper) {}

    /** The volumes containing a point (x easting, y northing, z height). */
    public record PointAnswer(
            String crs, String heightDatum, double x, double y, double z, List<Found> volumes, String receipt) {}

    /** Everything above and below a spot, and the height ranges between. */
    public record ColumnAnswer(
            String crs,
            String heightDatum,
            double x,
            double y,
            List<Found> volumes,
            List<Range> gaps,
            String receipt) {}

    private static List<Found> volumes(List<RegisteredVolume> volumes) {
        return volumes.stream()
                .map(v -> new Found(
                        v.unitCode().toString(),
                        v.kind() == RegisteredVolume.Kind.PARCEL ? "land-unit" : "building-unit",
                        v.unitCode().layer().wireName(),
                        v.prism().heights().bottomOrNull(),
                        v.prism().heights().topOrNull()))
                .toList();
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
