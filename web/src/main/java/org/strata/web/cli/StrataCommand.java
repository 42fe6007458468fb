package org.strata.web.cli;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.strata.data.demo.DemoAreaGenerator;
import org.strata.data.embedded.EmbeddedStore;
import org.strata.data.postgis.PostgisStore;
import org.strata.geo.crs.HeightConversion;
import org.strata.registry.port.StoreException;
import org.strata.registry.unit.InvalidUnitCodeException;
import org.strata.registry.unit.UnitCode;
import org.strata.web.boot.OidcSettings;
import org.strata.web.boot.ServerSettings;
import org.strata.web.boot.StrataServer;
import org.strata.web.reliability.BackupCommands;
import org.strata.web.reliability.CrashTestCommand;
import org.strata.web.reliability.RecoverCommand;
import org.strata.web.reliability.SoakCommand;
import org.strata.web.validate.ValidateCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The command line of Strata: {@code strata serve}, {@code strata import}, {@code strata code} and the rest. */
@Command(
        name = "strata",
        mixinStandardHelpOptions = true,
        version = "Strata 0.1.0",
        description = "Spatial and three-dimensional real-estate registry.",
        subcommands = {
            StrataCommand.Serve.class,
            ValidateCommand.class,
            StrataCommand.Code.class,
            SurveySampleCommand.class,
            CrashTestCommand.class,
            BackupCommands.Backup.class,
            BackupCommands.Restore.class,
            RecoverCommand.class,
            StrataCommand.LegalRules.class,
            SoakCommand.class,
            org.strata.web.importer.ImportCommand.class,
            org.strata.web.importer.ImportSample.class,
            CommandLine.HelpCommand.class
        })
public final class StrataCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        CommandLine.usage(this, System.out);
        return 2;
    }

    /** Runs the command line. */
    public static void main(String[] args) {
        System.setProperty("derby.stream.error.file", System.getProperty("java.io.tmpdir") + "/strata-derby.log");
        System.exit(commandLine().execute(args));
    }

    /**
     * The command line, answering a failure it can explain (a file, a store, a refused value) with one line
     * naming the command and the problem instead of a stack trace.
     */
    public static CommandLine commandLine() {
        return new CommandLine(new StrataCommand()).setExecutionExceptionHandler((e, line, parsed) -> {
            if (e instanceof java.io.IOException
                    || e instanceof org.strata.registry.port.StoreException
                    || e instanceof java.sql.SQLException
                    || e instanceof IllegalArgumentException
                    || e instanceof IllegalStateException) {
                line.getErr().println("strata " + line.getCommandName() + ": " + e.getMessage());
                return 1;
            }
            throw e;
        });
    }

    /** {@code strata serve}. */
    @Command(
            name = "serve",
            mixinStandardHelpOptions = true,
            description = "Run the registry service (OGC API at /ogc, health at /health).")
    static final class Serve implements Callable<Integer> {
        @Option(names = "--port", defaultValue = "8080", description = "port to listen on (default ${DEFAULT-VALUE})")
        int port;

        @Option(
                names = "--host",
                defaultValue = "127.0.0.1",
                description = "address to listen on (default ${DEFAULT-VALUE})")
        String host;

        @Option(
                names = "--data",
                defaultValue = "strata-data",
                description = "folder of the embedded store and the token key (default ${DEFAULT-VALUE})")
        Path data;

        @Option(
                names = "--db",
                description = "PostGIS JDBC URL (jdbc:postgresql://host:port/db?user=..&password=..);"
                        + " the embedded store is used when absent")
        String db;

        @Option(names = "--schema", defaultValue = "public", description = "PostGIS schema (default ${DEFAULT-VALUE})")
        String schema;

        @Option(names = "--demo", description = "enable the demo accounts and load the demo area into an empty store")
        boolean demo;

        @Option(names = "--seed", defaultValue = "" + DemoAreaGenerator.DEFAULT_SEED, description = "demo area seed")
        long seed;

        @Option(
                names = "--size",
                defaultValue = "" + DemoAreaGenerator.DEFAULT_SIZE,
                description = "demo area blocks a side, 2-40 (default ${DEFAULT-VALUE})")
        int size;

        @Option(
                names = "--ground-height",
                defaultValue = "" + DemoAreaGenerator.GROUND_METRES,
                description = "ground surface reference for the surface/above/below rule, metres of the 1985 datum"
                        + " (default ${DEFAULT-VALUE}, the West Lake plain)")
        double ground;

        @Option(
                names = "--geoid-offset",
                defaultValue = "" + HeightConversion.HANGZHOU_GEOID_OFFSET_METRES,
                description = "height of the quasi-geoid above the ellipsoid, metres, for 3D display"
                        + " (default ${DEFAULT-VALUE}, central Hangzhou)")
        double geoidOffset;

        @Option(
                names = "--public-lookups-per-hour",
                defaultValue = "60",
                description =
                        "unit lookups an identity of the public tier may make in an hour (default ${DEFAULT-VALUE})")
        int lookupsPerHour;

        @Option(
                names = "--oidc-issuer",
                description = "accept tokens of this OpenID Connect issuer (production identity)")
        String oidcIssuer;

        @Option(names = "--oidc-jwks", description = "the OpenID Connect provider's key set URL (with --oidc-issuer)")
        String oidcJwks;

        @Option(
                names = "--target-working-days",
                defaultValue = "1",
                description = "the office's time target for an accepted application, in working days (1-30; the"
                        + " statutory limit is 30, Interim Regulation art. 20); default ${DEFAULT-VALUE}")
        int targetWorkingDays;

        @Option(names = "--pool-size", description = "connections to the store (default 8 embedded, 16 on PostGIS)")
        Integer poolSize;

        @Option(
                names = "--cache-mb",
                description = "the embedded store's page cache per connection, megabytes (default 64); the JVM's"
                        + " heap is set with STRATA_JAVA_OPTS, e.g. -Xmx2g")
        Integer cacheMegabytes;

        @Override
        public Integer call() throws Exception {
            if (poolSize != null) {
                System.setProperty(EmbeddedStore.POOL_PROPERTY, poolSize.toString());
                System.setProperty(PostgisStore.POOL_PROPERTY, poolSize.toString());
            }
            if (cacheMegabytes != null) {
                System.setProperty(EmbeddedStore.CACHE_PROPERTY, cacheMegabytes.toString());
            }
            ServerSettings settings = new ServerSettings(
                    host,
                    port,
                    data,
                    Optional.ofNullable(db),
                    schema,
                    demo,
                    seed,
                    size,
                    ground,
                    geoidOffset,
                    lookupsPerHour,
                    oidcIssuer == null
                            ? Optional.empty()
                            : Optional.of(new OidcSettings(oidcIssuer, URI.create(String.valueOf(oidcJwks)))),
                    targetWorkingDays);
            StrataServer server;
            try {
                server = StrataServer.start(settings);
            } catch (StoreException e) {
                System.err.println("Strata cannot start: " + e.getMessage());
                return 1;
            }
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                stopped.countDown();
            }));
            System.out.println(
                    "Strata is serving " + server.uri() + " (OGC API: " + server.uri() + "ogc). Ctrl-C stops it.");
            stopped.await();
            return 0;
        }
    }

    /** {@code strata code}. */
    @Command(name = "code", mixinStandardHelpOptions = true, description = "Check real-estate unit codes (GB/T 37346).")
    static final class Code implements Callable<Integer> {
        @Parameters(arity = "1..*", description = "28-character unit codes")
        String[] codes;

        @Override
        public Integer call() {
            int bad = 0;
            for (String text : codes) {
                try {
                    UnitCode code = UnitCode.parse(text);
                    System.out.println(code + "  valid: parcel " + code.parcel() + ", "
                            + code.parcel().rightLetter().meaning() + ", fixture "
                            + code.fixture().meaning() + " " + code.fixtureNumber());
                } catch (InvalidUnitCodeException e) {
                    bad++;
                    System.out.println(text + "  invalid (" + e.part() + "): " + e.getMessage());
                }
            }
            return bad == 0 ? 0 : 1;
        }
    }

    /** {@code strata legal-rules}. */
    @Command(
            name = "legal-rules",
            mixinStandardHelpOptions = true,
            description = "Print every rule with legal effect and the disposal matrix, with their sources (Markdown).")
    static final class LegalRules implements Callable<Integer> {
        @Override
        public Integer call() {
            System.out.print(org.strata.registry.cases.rules.RulesDocument.render(
                    new org.strata.registry.cases.rules.RuleBook()));
            return 0;
        }
    }
}
