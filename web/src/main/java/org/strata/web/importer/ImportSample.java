package org.strata.web.importer;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.function.LongConsumer;
import org.strata.geo.crs.GridTransform;
import org.strata.geo.model.GridBox;
import org.strata.registry.party.IdNumbers;
import org.strata.registry.right.RightNature;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code strata import-sample}: writes a synthetic register to import — land units of 20 × 20 m on a 25 m grid east
 * of the demo area in Xihu (330106), each with one or two holders whose identity numbers carry valid check
 * characters — as GeoJSONSeq in EPSG:4549, for trying and measuring {@code strata import}.
 */
@Command(
        name = "import-sample",
        mixinStandardHelpOptions = true,
        description = "Write a synthetic register of land units as GeoJSONSeq (EPSG:4549) for strata import.")
public final class ImportSample implements Callable<Integer> {
    /** The grid's south-west corner: 120.30°E, 30.20°N, clear of the demo area. */
    static final double WEST_LONGITUDE = 120.30;

    static final double SOUTH_LATITUDE = 30.20;
    private static final double PITCH = 25;
    private static final double SIDE = 20;
    private static final int PER_SUB_ZONE = 99_999;

    @Option(names = "--units", defaultValue = "10000", description = "how many units (default ${DEFAULT-VALUE})")
    long units;

    @Option(names = "--seed", defaultValue = "1", description = "the random seed of holders and dates")
    long seed;

    @Parameters(index = "0", paramLabel = "FILE", description = "the .geojsonl file to write")
    Path file;

    @Override
    public Integer call() throws IOException {
        write(file, units, seed, n -> {});
        System.out.println("wrote " + units + " land units to " + file);
        return 0;
    }

    /** The grid box the sample of {@code units} units covers, in EPSG:4549. */
    public static GridBox extent(long units) {
        double[] origin = GridTransform.epsg4549().toGrid(WEST_LONGITUDE, SOUTH_LATITUDE);
        long perRow = Math.max(1, (long) Math.ceil(Math.sqrt(units)));
        long rows = (units + perRow - 1) / perRow;
        double e = Math.floor(origin[0]);
        double n = Math.floor(origin[1]);
        return new GridBox(e, n, e + (perRow - 1) * PITCH + SIDE, n + (rows - 1) * PITCH + SIDE);
    }

    /** Writes {@code units} land units to a GeoJSONSeq file. */
    public static void write(Path file, long units, long seed, LongConsumer progress) throws IOException {
        double[] origin = GridTransform.epsg4549().toGrid(WEST_LONGITUDE, SOUTH_LATITUDE);
        long perRow = Math.max(1, (long) Math.ceil(Math.sqrt(units)));
        Random random = new Random(seed);
        try (OutputStream out = Files.newOutputStream(file);
                JsonGenerator g = new JsonFactory().setRootValueSeparator("").createGenerator(out, JsonEncoding.UTF8)) {
            for (long i = 0; i < units; i++) {
                double e = Math.floor(origin[0]) + (i % perRow) * PITCH;
                double n = Math.floor(origin[1]) + (i / perRow) * PITCH;
                feature(g, i, e, n, random);
                g.writeRaw('\n');
                if (i % 10_000 == 0) {
                    progress.accept(i);
                }
            }
        }
    }

    private static void feature(JsonGenerator g, long i, double e, double n, Random random) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", "Feature");
        g.writeObjectFieldStart("geometry");
        g.writeStringField("type", "Polygon");
        g.writeArrayFieldStart("coordinates");
        g.writeStartArray();
        double[][] ring = {{e, n}, {e + SIDE, n}, {e + SIDE, n + SIDE}, {e, n + SIDE}, {e, n}};
        for (double[] p : ring) {
            g.writeStartArray();
            g.writeNumber(p[0]);
            g.writeNumber(p[1]);
            g.writeEndArray();
        }
        g.writeEndArray();
        g.writeEndArray();
        g.writeEndObject();
        g.writeObjectFieldStart("properties");
        g.writeStringField("unitCode", code(i));
        g.writeStringField("use", "0701");
        g.writeNumberField("statedArea", SIDE * SIDE);
        g.writeStringField("location", "西湖区 示范路 " + (i + 1) + " 号");
        g.writeNumberField("rightNature", RightNature.GRANT.code());
        int year = 2000 + random.nextInt(25);
        g.writeStringField("validFrom", year + "-0" + (1 + random.nextInt(9)) + "-01");
        g.writeArrayFieldStart("holders");
        boolean two = random.nextInt(10) < 3;
        holder(g, i, 0, two ? "1/2" : "1", random);
        if (two) {
            holder(g, i, 1, "1/2", random);
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void holder(JsonGenerator g, long i, int which, String share, Random random) throws IOException {
        String head = String.format(
                "330106%04d%02d%02d%03d",
                1950 + random.nextInt(50), 1 + random.nextInt(12), 1 + random.nextInt(28), random.nextInt(1000));
        g.writeStartObject();
        g.writeStringField("name", "示范持有人" + (2 * i + which + 1));
        g.writeStringField("idType", "resident-id");
        g.writeStringField("idNumber", head + IdNumbers.residentIdCheckCharacter(head));
        g.writeStringField("share", share);
        g.writeEndObject();
    }

    /** The code of the sample's i-th unit: sub-zones of 99,999 parcels, ownership G, surface right B. */
    static String code(long i) {
        long block = i / PER_SUB_ZONE;
        long sequence = i % PER_SUB_ZONE + 1;
        return String.format("330106%03d%03dGB%05dW00000000", block / 999 + 1, block % 999 + 1, sequence);
    }
}
