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
        return new ServerSettings(
                "127.0.0.1",
                0,
                folder,
                Optional.empty(),
                "public",
                demo,
                DemoAreaGenerator.DEFAULT_SEED,
                size,
                DemoAreaGenerator.GROUND_METRES,
                HeightConversion.HANGZHOU_GEOID_OFFSET_METRES,
                PUBLIC_LOOKUPS_PER_HOUR,
                Optional.empty());
    }

    /** Settings for PostGIS at {@code url} in {@code schema}, with the token key in a temporary folder. */
    public static ServerSettings postgis(String url, String schema) {
        try {
            Path folder = Files.createTempDirectory("strata-pg");
            return new ServerSettings(
                    "127.0.0.1",
                    0,
                    folder,
                    Optional.of(url),
                    schema,
                    true,
                    DemoAreaGenerator.DEFAULT_SEED,
                    DemoAreaGenerator.DEFAULT_SIZE,
                    DemoAreaGenerator.GROUND_METRES,
                    HeightConversion.HANGZHOU_GEOID_OFFSET_METRES,
                    PUBLIC_LOOKUPS_PER_HOUR,
                    Optional.empty());
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
