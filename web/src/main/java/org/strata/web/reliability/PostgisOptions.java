package org.strata.web.reliability;

import java.util.Optional;
import org.strata.data.jdbc.JdbcStores;
import org.strata.data.postgis.PostgisStore;
import picocli.CommandLine.Option;

/** The options that point a store command at a PostGIS schema instead of the embedded store. */
final class PostgisOptions {
    @Option(names = "--db", description = "a PostGIS JDBC URL: work on its schema instead of the embedded store")
    Optional<String> databaseUrl = Optional.empty();

    @Option(names = "--schema", defaultValue = "strata", description = "the PostGIS schema (default ${DEFAULT-VALUE})")
    String schema = "strata";

    /** Whether a PostGIS URL was given. */
    boolean chosen() {
        return databaseUrl.isPresent();
    }

    /** The URL given. */
    String url() {
        return databaseUrl.orElseThrow();
    }

    /** Opens (and migrates) the schema. */
    JdbcStores open() {
        return PostgisStore.open(url(), schema);
    }
}
