package org.strata.web.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.strata.geo.model.GridBox;

/**
 * The map window asked of PostGIS directly, as the reference Strata is measured against: the same box test, the same
 * order and page of 100, {@code numberMatched}, and the GeoJSON (CRS84 geometry, the parcel's fields) built by the
 * database — one connection per client, each running windows back to back.
 */
final class RawMapQuery {
    private static final String BOX = "ST_MakeEnvelope(?, ?, ?, ?, 4549)";
    private static final String SQL = "SELECT json_build_object('type', 'FeatureCollection', 'numberMatched',"
            + " (SELECT count(*) FROM parcels WHERE geom && " + BOX + " AND ST_Intersects(geom, " + BOX + ")),"
            + " 'features', coalesce(json_agg(json_build_object('type', 'Feature', 'id', unit_code, 'geometry',"
            + " ST_AsGeoJSON(ST_Transform(geom, 4490), 9)::json, 'properties', json_build_object('unitCode', unit_code,"
            + " 'parcelCode', parcel_code, 'use', land_use, 'location', location, 'statedArea', stated_area,"
            + " 'computedArea', computed_area, 'bottom', bottom_m, 'top', top_m)) ORDER BY unit_code), '[]'::json))::text"
            + " FROM (SELECT * FROM parcels WHERE geom && " + BOX + " AND ST_Intersects(geom, " + BOX + ")"
            + " ORDER BY unit_code LIMIT 100) f";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String url;

    RawMapQuery(String url) {
        this.url = url;
    }

    /** The ids of a window's first page and its numberMatched, for checking Strata's answer against. */
    Page page(GridBox window) throws SQLException {
        try (Connection c = DriverManager.getConnection(url);
                PreparedStatement s = c.prepareStatement(SQL)) {
            JsonNode doc = parse(run(s, window));
            List<String> ids = new ArrayList<>();
            doc.get("features").forEach(f -> ids.add(f.get("id").asText()));
            return new Page(ids, doc.get("numberMatched").asLong());
        }
    }

    /** A page's ids and the window's match count. */
    record Page(List<String> ids, long numberMatched) {}

    /** Windows per second with {@code clients} connections for {@code seconds}. */
    double rate(List<GridBox> windows, int clients, int seconds) throws Exception {
        return Clients.perSecond(clients, seconds, (client, end) -> {
            long done = 0;
            try (Connection c = DriverManager.getConnection(url);
                    PreparedStatement s = c.prepareStatement(SQL)) {
                for (int i = client * windows.size() / clients; System.nanoTime() < end; i++) {
                    run(s, windows.get(i % windows.size()));
                    done++;
                }
            }
            return done;
        });
    }

    private static String run(PreparedStatement s, GridBox w) throws SQLException {
        // the count's two box tests, then the page's two
        for (int box = 0; box < 4; box++) {
            s.setDouble(box * 4 + 1, w.minEasting());
            s.setDouble(box * 4 + 2, w.minNorthing());
            s.setDouble(box * 4 + 3, w.maxEasting());
            s.setDouble(box * 4 + 4, w.maxNorthing());
        }
        try (ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("PostGIS wrote no JSON: " + e.getMessage(), e);
        }
    }
}
