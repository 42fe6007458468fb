package org.strata.web.reliability;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.strata.data.embedded.EmbeddedStore;
import org.strata.data.jdbc.JdbcStores;
import org.strata.data.postgis.PostgisBackup;
import org.strata.registry.actor.Actor;
import org.strata.registry.actor.Role;
import org.strata.registry.cases.RegisterQueries;
import org.strata.registry.port.FeatureKind;
import org.strata.registry.register.ChainReport;
import org.strata.web.console.CommandOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code strata backup} and {@code strata restore} for both stores, and the check a restore ends with. */
public final class BackupCommands {
    private BackupCommands() {}

    /** {@code strata backup}. */
    @Command(
            name = "backup",
            mixinStandardHelpOptions = true,
            description = "Copy the store, online and consistent, to a new file: the embedded store of a data folder"
                    + " (a SQLite file), or a PostGIS schema with --db (a zip of its tables, one snapshot).")
    public static final class Backup implements Callable<Integer> {

        @Mixin
        private CommandOutput output;

        @Option(names = "--data", defaultValue = "strata-data", description = "data folder (default ${DEFAULT-VALUE})")
        Path data;

        @Mixin
        PostgisOptions postgis;

        @Option(names = "--to", required = true, description = "the backup file to write (must not exist)")
        Path to;

        @Override
        public Integer call() throws Exception {
            long started = System.nanoTime();
            if (postgis.chosen()) {
                Map<String, Long> rows = PostgisBackup.backup(postgis.url(), postgis.schema, to);
                output.out()
                        .printf(
                                "backup: schema %s (%,d rows in %d tables) -> %s (%,d bytes) in %.1f s%n",
                                postgis.schema,
                                rows.values().stream()
                                        .mapToLong(Long::longValue)
                                        .sum(),
                                rows.size(),
                                to,
                                java.nio.file.Files.size(to),
                                (System.nanoTime() - started) / 1e9);
                return 0;
            }
            EmbeddedBackup.backup(data, to);
            output.out()
                    .printf(
                            "backup: %s -> %s (%,d bytes) in %.1f s%n",
                            EmbeddedBackup.storeFile(data),
                            to,
                            java.nio.file.Files.size(to),
                            (System.nanoTime() - started) / 1e9);
            return 0;
        }
    }

    /** {@code strata restore}. */
    @Command(
            name = "restore",
            mixinStandardHelpOptions = true,
            description = "Restore a backup into a data folder that holds no store, or with --db into a PostGIS schema"
                    + " that holds no data, then verify it.")
    public static final class Restore implements Callable<Integer> {

        @Mixin
        private CommandOutput output;

        @Option(names = "--from", required = true, description = "the backup file")
        Path from;

        @Option(names = "--data", description = "the data folder to restore into (holding no store)")
        Path data;

        @Mixin
        PostgisOptions postgis;

        @Override
        public Integer call() throws Exception {
            if (postgis.chosen()) {
                PostgisBackup.restore(from, postgis.url(), postgis.schema);
                try (JdbcStores stores = postgis.open()) {
                    Verified v = verify(stores);
                    output.out().println("restore: " + v);
                    return v.chain().intact() ? 0 : 1;
                }
            }
            if (data == null) {
                throw new picocli.CommandLine.ParameterException(
                        new picocli.CommandLine(this), "restore needs --data (embedded) or --db (PostGIS)");
            }
            EmbeddedBackup.restore(from, data);
            Verified v = verify(data);
            output.out().println("restore: " + v);
            return v.chain().intact() ? 0 : 1;
        }
    }

    /** What a restored store holds, and whether its chains verify. */
    record Verified(long parcels, long buildings, long units, long events, ChainReport chain) {
        @Override
        public String toString() {
            return String.format(
                    "%d parcels, %d buildings, %d units, %d events in %s; chain %s",
                    parcels,
                    buildings,
                    units,
                    events,
                    chain.counties(),
                    chain.intact()
                            ? "intact"
                            : "BROKEN at " + chain.firstBroken().orElseThrow());
        }
    }

    /** Opens the store in a data folder and verifies it. */
    static Verified verify(Path data) {
        try (JdbcStores stores = EmbeddedStore.open(data.resolve("store"))) {
            return verify(stores);
        }
    }

    /** Verifies an open store: its counts, and every county chain from its first event. */
    static Verified verify(JdbcStores stores) {
        {
            List<String> counties = stores.register().counties();
            Actor checker = new Actor("restore-check", "Restore check", Role.OFFICER, counties, Optional.empty());
            ChainReport chain = new RegisterQueries(stores.register(), Clock.systemUTC()).verify(checker);
            return new Verified(
                    stores.cadastre().count(FeatureKind.PARCEL),
                    stores.cadastre().count(FeatureKind.BUILDING),
                    stores.cadastre().count(FeatureKind.UNIT),
                    chain.eventsChecked(),
                    chain);
        }
    }
}
