package org.strata.web.importer;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The features of an import file, read one at a time: a GeoJSON FeatureCollection (streamed, so its size does not
 * matter), GeoJSONSeq (RFC 8142: one feature a line, a leading record separator allowed) or a GeoPackage, which GDAL's
 * {@code ogr2ogr} turns into GeoJSON in EPSG:4549 first. A FeatureCollection's {@code crs} member, when it comes
 * before its features, says whether positions are CRS84.
 */
final class FeatureFile implements Closeable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonParser collection;
    private final BufferedReader lines;
    private final Path converted;
    private Optional<Boolean> lonLat = Optional.empty();
    private long line;

    private FeatureFile(JsonParser collection, BufferedReader lines, Path converted) {
        this.collection = collection;
        this.lines = lines;
        this.converted = converted;
    }

    /** Opens a file by its extension: .geojson/.json, .geojsonl/.geojsons/.jsonl/.jsonseq, .gpkg. */
    static FeatureFile open(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gpkg")) {
            Path geojson = Files.createTempFile("strata-import", ".geojson");
            Files.delete(geojson);
            ogr2ogr(file, geojson);
            return collection(geojson, geojson);
        }
        if (name.endsWith(".geojson") || name.endsWith(".json")) {
            return collection(file, null);
        }
        if (name.endsWith(".geojsonl")
                || name.endsWith(".geojsons")
                || name.endsWith(".jsonl")
                || name.endsWith(".jsonseq")) {
            return new FeatureFile(null, Files.newBufferedReader(file, StandardCharsets.UTF_8), null);
        }
        throw new IllegalArgumentException(
                file + ": the import reads .geojson, .geojsonl/.geojsons (GeoJSONSeq) and .gpkg files");
    }

    private static FeatureFile collection(Path file, Path converted) throws IOException {
        JsonParser parser = JSON.getFactory().createParser(file.toFile());
        FeatureFile f = new FeatureFile(parser, null, converted);
        f.toFeatures();
        return f;
    }

    /** Moves the parser into the features array, reading the crs member on the way. */
    private void toFeatures() throws IOException {
        if (collection.nextToken() != JsonToken.START_OBJECT) {
            throw new IllegalArgumentException("a GeoJSON file must hold a FeatureCollection object");
        }
        while (collection.nextToken() == JsonToken.FIELD_NAME) {
            String field = collection.currentName();
            collection.nextToken();
            if (field.equals("features")) {
                if (collection.currentToken() != JsonToken.START_ARRAY) {
                    throw new IllegalArgumentException("the FeatureCollection's features must be an array");
                }
                return;
            }
            if (field.equals("crs")) {
                lonLat = Optional.of(lonLatCrs(collection.readValueAsTree()));
            } else {
                collection.skipChildren();
            }
        }
        throw new IllegalArgumentException("the FeatureCollection has no features array");
    }

    /** Whether a GeoJSON 2008 {@code crs} member names longitude, latitude (CRS84 / EPSG:4326 / EPSG:4490). */
    static boolean lonLatCrs(JsonNode crs) {
        return lonLatName(crs.at("/properties/name").asText(""));
    }

    /**
     * Whether a CRS name or URN is longitude, latitude (CRS84, EPSG:4326, EPSG:4490) rather than EPSG:4549. Not
     * {@code Crs.fromText}: GeoJSON files name their CRS as URNs and write positions in GIS order (longitude first)
     * whatever the CRS's own axis order, and EPSG:4326 files are common among them.
     */
    static boolean lonLatName(String crs) {
        String name = crs.toUpperCase(Locale.ROOT);
        if (name.endsWith("CRS84") || name.endsWith("4326") || name.endsWith("4490")) {
            return true;
        }
        if (name.endsWith("4549")) {
            return false;
        }
        throw new IllegalArgumentException("the CRS '" + crs + "' is neither CRS84 nor EPSG:4549");
    }

    /** Whether the file said its positions are longitude, latitude; empty when it did not say. */
    Optional<Boolean> declaresLonLat() {
        return lonLat;
    }

    /**
     * One feature as read from the file: already parsed (a FeatureCollection is parsed as it streams) or a GeoJSONSeq
     * line still to be parsed, so that parsing can happen on another thread.
     */
    record Raw(long line, String text, JsonNode node) {
        /**
         * The feature.
         *
         * @throws IllegalArgumentException when the line is not JSON, naming the line
         */
        JsonNode parse() {
            if (node != null) {
                return node;
            }
            try {
                return JSON.readTree(text);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalArgumentException("line " + line + " is not JSON: " + e.getOriginalMessage());
            }
        }
    }

    /** The next feature; empty at the end. */
    Optional<JsonNode> next() throws IOException {
        return nextRaw().map(Raw::parse);
    }

    /** The next feature as read, not yet parsed when it is a line of GeoJSONSeq; empty at the end. */
    Optional<Raw> nextRaw() throws IOException {
        if (collection != null) {
            JsonToken t = collection.nextToken();
            if (t == JsonToken.END_ARRAY || t == null) {
                return Optional.empty();
            }
            return Optional.of(new Raw(0, null, collection.readValueAsTree()));
        }
        String text;
        do {
            text = lines.readLine();
            line++;
            if (text == null) {
                return Optional.empty();
            }
            text = text.replace("\u001e", "").strip();
        } while (text.isEmpty());
        return Optional.of(new Raw(line, text, null));
    }

    private static void ogr2ogr(Path gpkg, Path geojson) throws IOException {
        Process p;
        try {
            p = new ProcessBuilder(
                            "ogr2ogr", "-f", "GeoJSON", "-t_srs", "EPSG:4549", geojson.toString(), gpkg.toString())
                    .redirectErrorStream(true)
                    .start();
        } catch (IOException e) {
            throw new IOException("a GeoPackage is read through GDAL's ogr2ogr, which is not installed (gdal-bin)", e);
        }
        try {
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0) {
                throw new IOException("ogr2ogr could not read " + gpkg + ": " + output.strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while ogr2ogr read " + gpkg, e);
        }
    }

    @Override
    public void close() {
        try {
            if (collection != null) {
                collection.close();
            }
            if (lines != null) {
                lines.close();
            }
            if (converted != null) {
                Files.deleteIfExists(converted);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
