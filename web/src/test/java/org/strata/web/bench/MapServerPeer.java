package org.strata.web.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.strata.geo.model.GridBox;

/**
 * MapServer 8 from Debian ({@code mapserver-bin}, FastCGI behind {@code lighttpd}) serving the benchmark's own
 * parcels table as OGC API - Features, the peer Strata's map is compared with. MapServer 8.0 takes a bbox in CRS84
 * only (no {@code bbox-crs}), so each window is asked as the CRS84 box enclosing it, computed by PostGIS.
 */
final class MapServerPeer implements AutoCloseable {
    /** The properties MapServer writes: those the raw reference and Strata write for a parcel. */
    private static final String ITEMS =
            "unit_code,parcel_code,land_use,location,stated_area,computed_area,bottom_m,top_m";

    private final Process lighttpd;
    private final URI uri;

    private MapServerPeer(Process lighttpd, URI uri) {
        this.lighttpd = lighttpd;
        this.uri = uri;
    }

    /** Why the peer cannot run here, if it cannot: the Debian packages it needs. */
    static Optional<String> missing() {
        for (String tool : List.of("/usr/bin/mapserv", "/usr/sbin/lighttpd")) {
            if (!Files.isExecutable(Path.of(tool))) {
                return Optional.of(tool + " is missing: apt-get install mapserver-bin lighttpd");
            }
        }
        return Optional.empty();
    }

    /** Starts lighttpd with {@code processes} mapserv FastCGI processes over {@code schema}.parcels. */
    static MapServerPeer start(Path folder, String jdbcUrl, String schema, int processes) throws Exception {
        Files.createDirectories(folder);
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        URI db = URI.create(jdbcUrl.substring("jdbc:".length()));
        StringBuilder connection = new StringBuilder("host=" + db.getHost() + " port=" + db.getPort() + " dbname="
                + db.getPath().substring(1));
        for (String pair : Optional.ofNullable(db.getQuery()).orElse("").split("&")) {
            String[] kv = pair.split("=", 2);
            if (kv.length == 2 && (kv[0].equals("user") || kv[0].equals("password"))) {
                connection.append(' ').append(kv[0]).append('=').append(kv[1]);
            }
        }
        Path map = folder.resolve("parcels.map");
        Files.writeString(map, mapfile(connection.toString(), schema, "http://127.0.0.1:" + port + "/ogcapi"));
        Path config = folder.resolve("mapserver.conf");
        Files.writeString(
                config,
                "CONFIG\n  ENV\n    MS_MAP_NO_PATH \"1\"\n  END\n  MAPS\n    cadastre \"" + map + "\"\n  END\nEND\n");
        Path lighttpdConf = folder.resolve("lighttpd.conf");
        Files.writeString(
                lighttpdConf,
                String.join(
                        "\n",
                        "server.modules = ( \"mod_rewrite\", \"mod_fastcgi\" )",
                        "server.bind = \"127.0.0.1\"",
                        "server.port = " + port,
                        "server.document-root = \"" + folder + "\"",
                        "server.errorlog = \"" + folder.resolve("lighttpd-error.log") + "\"",
                        "server.max-connections = 256",
                        "server.max-keep-alive-requests = 100000",
                        "url.rewrite-once = ( \"^/ogcapi(.*)$\" => \"/mapserv/cadastre/ogcapi$1\" )",
                        "fastcgi.server = ( \"/mapserv\" => (( \"socket\" => \"" + folder.resolve("mapserv.sock")
                                + "\", \"bin-path\" => \"/usr/bin/mapserv\", \"bin-environment\" => ("
                                + " \"MAPSERVER_CONFIG_FILE\" => \"" + config + "\" ), \"max-procs\" => " + processes
                                + ", \"check-local\" => \"disable\" )) )",
                        ""));
        Process process = new ProcessBuilder("/usr/sbin/lighttpd", "-D", "-f", lighttpdConf.toString())
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve("lighttpd.out").toFile())
                .start();
        MapServerPeer peer = new MapServerPeer(process, URI.create("http://127.0.0.1:" + port));
        HttpClient http = HttpClient.newHttpClient();
        for (int attempt = 0; ; attempt++) {
            try {
                HttpResponse<String> r = http.send(
                        HttpRequest.newBuilder(peer.uri.resolve("/ogcapi/collections?f=json"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return peer;
                }
            } catch (IOException e) {
                // not listening yet
            }
            if (attempt == 50 || !process.isAlive()) {
                peer.close();
                throw new IllegalStateException("MapServer did not start; see " + folder);
            }
            Thread.sleep(200);
        }
    }

    /** The peer's address (its OGC API is under {@code /ogcapi}). */
    URI uri() {
        return uri;
    }

    /** The CRS84 boxes (west, south, east, north) enclosing each EPSG:4549 window, its edges densified to 10 m. */
    static List<double[]> crs84Boxes(String jdbcUrl, List<GridBox> windows) throws Exception {
        List<double[]> boxes = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl);
                PreparedStatement s = c.prepareStatement(
                        "SELECT ST_XMin(b), ST_YMin(b), ST_XMax(b), ST_YMax(b) FROM"
                                + " (SELECT ST_Transform(ST_Segmentize(ST_MakeEnvelope(?, ?, ?, ?, 4549), 10), 4490)::box2d b) s")) {
            for (GridBox w : windows) {
                s.setDouble(1, w.minEasting());
                s.setDouble(2, w.minNorthing());
                s.setDouble(3, w.maxEasting());
                s.setDouble(4, w.maxNorthing());
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    boxes.add(new double[] {rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4)});
                }
            }
        }
        return boxes;
    }

    /** The items request for a CRS84 box, with the given limit. */
    static String itemsPath(String prefix, double[] box, int limit) {
        return prefix + "/collections/parcels/items?f=json&limit=" + limit + "&bbox=" + box[0] + "," + box[1] + ","
                + box[2] + "," + box[3];
    }

    @Override
    public void close() {
        List<ProcessHandle> children = lighttpd.descendants().toList();
        lighttpd.destroy();
        // lighttpd leaves the FastCGI processes it started running when it stops, and they outlive a TERM: kill them
        children.forEach(ProcessHandle::destroyForcibly);
    }

    private static String mapfile(String connection, String schema, String onlineResource) {
        return String.join(
                "\n",
                "MAP",
                "  NAME \"cadastre\"",
                "  STATUS ON",
                "  EXTENT 300000 2900000 700000 3500000",
                "  UNITS METERS",
                "  PROJECTION \"init=epsg:4549\" END",
                "  WEB METADATA",
                "    \"ows_title\" \"Strata parcels\"",
                "    \"oga_onlineresource\" \"" + onlineResource + "\"",
                "    \"oga_enable_request\" \"*\"",
                "    \"ows_srs\" \"EPSG:4549 EPSG:4326\"",
                "  END END",
                "  LAYER",
                "    NAME \"parcels\"",
                "    TYPE POLYGON",
                "    STATUS ON",
                "    CONNECTIONTYPE POSTGIS",
                "    CONNECTION \"" + connection + "\"",
                "    DATA \"geom FROM " + schema + ".parcels USING UNIQUE unit_code USING SRID=4549\"",
                "    PROCESSING \"CLOSE_CONNECTION=DEFER\"",
                "    PROJECTION \"init=epsg:4549\" END",
                "    METADATA",
                "      \"ows_title\" \"parcels\"",
                "      \"gml_include_items\" \"" + ITEMS + "\"",
                "      \"gml_featureid\" \"unit_code\"",
                "      \"gml_types\" \"auto\"",
                "    END",
                "    TEMPLATE \"VOID\"",
                "  END",
                "END",
                "");
    }
}
