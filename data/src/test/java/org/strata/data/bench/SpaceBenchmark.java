package org.strata.data.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.strata.data.embedded.EmbeddedStore;
import org.strata.data.jdbc.JdbcStores;
import org.strata.geo.model.Footprint;
import org.strata.geo.model.HeightRange;
import org.strata.registry.cadastre.LandUse;
import org.strata.registry.cadastre.Parcel;
import org.strata.registry.cases.Finding;
import org.strata.registry.cases.NewUnit;
import org.strata.registry.port.CadastreContents;
import org.strata.registry.space.SpaceQueries;
import org.strata.registry.space.SpaceRules;
import org.strata.registry.unit.OwnershipLetter;
import org.strata.registry.unit.ParcelCode;
import org.strata.registry.unit.ParcelRightLetter;
import org.strata.registry.unit.UnitCode;

/**
 * Measures the conflict check for a new layered right and the 3D point query on the embedded store with
 * 10,000 and 1,000,000 registered prisms (a grid of 10 m cells, each with an underground, a bounded
 * surface and an above-ground stratum, and a fourth stratum on every third cell), printing medians and
 * the ratio of the two sizes measured in the same run (the small size is run first to warm the JIT up and
 * measured again after the large one). Run with {@code scripts/bench}.
 */
public final class SpaceBenchmark {
    private static final GeometryFactory GF = new GeometryFactory();
    private static final double E0 = 500_000;
    private static final double N0 = 3_300_000;
    private static final double CELL = 10;
    private static final int QUERIES = 10_000;
    private static final int WARMUP = 10_000;

    private SpaceBenchmark() {}

    /** Runs the benchmark: {@code [smallSize] [largeSize]}. */
    public static void main(String[] args) throws IOException {
        int small = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int large = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        System.out.println("Strata 3D benchmark: embedded store, in-process, " + QUERIES + " queries per figure");
        run(small); // warms the JIT up; measured again after the large size, when the code is compiled
        double[] largeMedians = run(large);
        double[] smallMedians = run(small);
        System.out.printf(
                "%nconflict check median: %.3f ms at %,d, %.3f ms at %,d, ratio %.2f (must be <= 1.5, and < 1 ms)%n",
                smallMedians[0], small, largeMedians[0], large, largeMedians[0] / smallMedians[0]);
        System.out.printf(
                "point query median:    %.3f ms at %,d, %.3f ms at %,d, ratio %.2f (must be <= 1.5, and < 1 ms)%n",
                smallMedians[1], small, largeMedians[1], large, largeMedians[1] / smallMedians[1]);
        boolean ok = largeMedians[0] < 1
                && largeMedians[1] < 1
                && largeMedians[0] / smallMedians[0] <= 1.5
                && largeMedians[1] / smallMedians[1] <= 1.5;
        System.out.println(ok ? "PASS: within the targets" : "FAIL: outside the targets");
    }

    private static double[] run(int prisms) throws IOException {
        Path folder = Files.createTempDirectory("strata-bench");
        try (JdbcStores stores = EmbeddedStore.open(folder)) {
            int cells = load(stores, prisms);
            int side = (int) Math.ceil(Math.sqrt(cells));
            SpaceRules rules = new SpaceRules(stores.cadastre(), 8.0);
            SpaceQueries queries = new SpaceQueries(stores.cadastre());
            Random random = new Random(42);
            int[] conflicts = {0};
            double conflict = median(() -> {
                int cell = random.nextInt(cells);
                double top = -3 - random.nextInt(45);
                Parcel candidate = parcel(
                        900_000_000 + cell, cell % side, cell / side, 2, 2, 6, 6, ParcelRightLetter.X, top - 5, top);
                List<Finding> found = rules.check(new NewUnit(Optional.of(candidate), Optional.empty()));
                conflicts[0] += found.isEmpty() ? 0 : 1;
            });
            double point = median(() -> {
                int cell = random.nextInt(cells);
                double x = E0 + (cell % side) * CELL + 1 + random.nextDouble() * 8;
                double y = N0 + (cell / side) * CELL + 1 + random.nextDouble() * 8;
                queries.at(x, y, -40 + random.nextDouble() * 80);
            });
            System.out.printf(
                    "%,9d prisms: conflict check %.3f ms (%d of %d refused), point query %.3f ms%n",
                    prisms, conflict, conflicts[0], QUERIES + WARMUP, point);
            return new double[] {conflict, point};
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Loads {@code prisms} strata over a square grid of cells; returns the number of cells. */
    private static int load(JdbcStores stores, int prisms) {
        int cells = (int) Math.ceil(prisms / 3.34);
        int side = (int) Math.ceil(Math.sqrt(cells));
        List<Parcel> batch = new ArrayList<>();
        int written = 0;
        long started = System.nanoTime();
        for (int cell = 0; cell < cells && written < prisms; cell++) {
            int col = cell % side;
            int row = cell / side;
            List<Parcel> strata = new ArrayList<>(List.of(
                    parcel(written, col, row, 0, 0, 10, 10, ParcelRightLetter.X, -20, -3),
                    parcel(written + 1, col, row, 0, 0, 10, 10, ParcelRightLetter.B, -3, 14),
                    parcel(written + 2, col, row, 0, 0, 10, 10, ParcelRightLetter.S, 14, 40)));
            if (cell % 3 == 0) {
                strata.add(parcel(written + 3, col, row, 0, 0, 10, 10, ParcelRightLetter.X, -40, -20));
            }
            for (Parcel p : strata) {
                if (written < prisms) {
                    batch.add(p);
                    written++;
                }
            }
            if (batch.size() >= 20_000) {
                stores.cadastre().add(new CadastreContents(batch, List.of(), List.of()));
                batch.clear();
                System.out.printf(
                        "  loading: %,d of %,d prisms (%.0f s)%n",
                        written, prisms, (System.nanoTime() - started) / 1e9);
            }
        }
        stores.cadastre().add(new CadastreContents(batch, List.of(), List.of()));
        return cells;
    }

    private static Parcel parcel(
            int serial,
            int col,
            int row,
            double west,
            double south,
            double east,
            double north,
            ParcelRightLetter letter,
            double bottom,
            double top) {
        int zone = 1 + serial / (999 * 99_999);
        int subZone = 1 + (serial / 99_999) % 999;
        int sequence = 1 + serial % 99_999;
        ParcelCode code = new ParcelCode("330106", zone, subZone, OwnershipLetter.G, letter, sequence);
        double e = E0 + col * CELL;
        double n = N0 + row * CELL;
        Footprint footprint = Footprint.ofEpsg4549(GF.createPolygon(new Coordinate[] {
            new Coordinate(e + west, n + south),
            new Coordinate(e + east, n + south),
            new Coordinate(e + east, n + north),
            new Coordinate(e + west, n + north),
            new Coordinate(e + west, n + south)
        }));
        return new Parcel(
                UnitCode.landOf(code),
                footprint,
                HeightRange.of(bottom, top),
                footprint.areaSquareMetres(),
                LandUse.URBAN_ROAD,
                "bench");
    }

    private static double median(Runnable query) {
        for (int i = 0; i < WARMUP; i++) {
            query.run();
        }
        double[] times = new double[QUERIES];
        for (int i = 0; i < QUERIES; i++) {
            long t = System.nanoTime();
            query.run();
            times[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(times);
        return times[QUERIES / 2];
    }
}
