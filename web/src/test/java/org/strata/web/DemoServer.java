package org.strata.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.strata.data.demo.DemoAreaGenerator;
import org.strata.geo.crs.HeightConversion;
import org.strata.web.boot.ServerSettings;
import org.strata.web.boot.StrataServer;

/** Starts the service with the demo area for HTTP tests, on a free port and a data folder of its own. */
public final class DemoServer {
    /** The public tier's lookup budget in tests. */
    public static final int PUBLIC_LOOKUPS_PER_HOUR = 60;

    private DemoServer() {}

    /** Settings for the embedded store in {@code folder} on a free port. */
    public static ServerSettings embedded(Path folder, boolean demo) {
        return embedded(folder, demo, DemoAreaGenerator.DEFAULT_SIZE);
    }

    /** Settings for the embedded store in {@code folder} on a free port, with a demo area {@code size} blocks a side. */
    public static ServerSettings embedded(Path folder, boolean demo, int size) {
        return settings(folder, Optional.empty(), "public", demo, size, PUBLIC_LOOKUPS_PER_HOUR);
    }

    /**
     * Settings on a free port: the embedded store in {@code folder} or PostGIS at {@code url} in {@code schema}, the
     * demo area (and its accounts) when asked, and the public tier's lookup budget.
     */
    public static ServerSettings settings(
            Path folder, Optional<String> url, String schema, boolean demo, int size, int lookupsPerHour) {
        return new ServerSettings(
                "127.0.0.1",
                0,
                folder,
                url,
                schema,
                demo,
                DemoAreaGenerator.DEFAULT_SEED,
                size,
                DemoAreaGenerator.GROUND_METRES,
                HeightConversion.HANGZHOU_GEOID_OFFSET_METRES,
                lookupsPerHour,
                Optional.empty());
    }

    /** Settings for PostGIS at {@code url} in {@code schema}, with the token key in a temporary folder. */
    public static ServerSettings postgis(String url, String schema) {
        try {
            return settings(
                    Files.createTempDirectory("strata-pg"),
                    Optional.of(url),
                    schema,
                    true,
                    DemoAreaGenerator.DEFAULT_SIZE,
                    PUBLIC_LOOKUPS_PER_HOUR);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts a server. */
    public static StrataServer start(ServerSettings settings) {
        try {
            return StrataServer.start(settings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
