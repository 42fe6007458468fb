package org.strata.web.boot;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How to run the service.
 *
 * @param host the address to listen on
 * @param port the port to listen on (0 picks a free one)
 * @param dataFolder the folder of the embedded store and the token key
 * @param databaseUrl a PostGIS JDBC URL; empty for the embedded store
 * @param schema the PostGIS schema of Strata's tables
 * @param demo whether to enable the demo identity provider and load the demo area into an empty store
 * @param demoSeed the demo area's seed
 * @param demoSize the demo area's blocks a side
 * @param groundMetres the ground surface reference for the S/X/B layer rule, metres of the 1985 datum
 * @param geoidOffsetMetres the height of the quasi-geoid above the ellipsoid, for 3D display (CZML)
 * @param publicLookupsPerHour how many unit lookups an identity of the public tier may make in an hour
 * @param oidc the production identity provider; never together with {@code demo}
 * @param targetWorkingDays the office's own time target for an accepted application, in working days (the statutory
 *     limit is 30)
 */
public record ServerSettings(
        String host,
        int port,
        Path dataFolder,
        Optional<String> databaseUrl,
        String schema,
        boolean demo,
        long demoSeed,
        int demoSize,
        double groundMetres,
        double geoidOffsetMetres,
        int publicLookupsPerHour,
        Optional<OidcSettings> oidc,
        int targetWorkingDays) {
    /** The office's default time target: one working day. */
    public static final int DEFAULT_TARGET_WORKING_DAYS = 1;

    /** Settings with the default time target. */
    public ServerSettings(
            String host,
            int port,
            Path dataFolder,
            Optional<String> databaseUrl,
            String schema,
            boolean demo,
            long demoSeed,
            int demoSize,
            double groundMetres,
            double geoidOffsetMetres,
            int publicLookupsPerHour,
            Optional<OidcSettings> oidc) {
        this(
                host,
                port,
                dataFolder,
                databaseUrl,
                schema,
                demo,
                demoSeed,
                demoSize,
                groundMetres,
                geoidOffsetMetres,
                publicLookupsPerHour,
                oidc,
                DEFAULT_TARGET_WORKING_DAYS);
    }

    /** Checks the port and the time target. */
    public ServerSettings {
        if (targetWorkingDays < 1 || targetWorkingDays > 30) {
            throw new IllegalArgumentException("the time target of " + targetWorkingDays
                    + " working days is outside 1-30 (the statutory limit, Interim Regulation art. 20)");
        }
        if (demo && oidc.isPresent()) {
            throw new IllegalArgumentException("the demo identity provider (--demo) and an OpenID Connect provider"
                    + " (--oidc-issuer) cannot be enabled together");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is outside 0-65535");
        }
    }
}
