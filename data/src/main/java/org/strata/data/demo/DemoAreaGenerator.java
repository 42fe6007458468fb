package org.strata.data.demo;

import static org.strata.data.demo.DemoLayout.BLOCK_METRES;
import static org.strata.data.demo.DemoLayout.GROUND_METRES;
import static org.strata.data.demo.DemoLayout.STREET_METRES;

import java.util.Random;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.strata.geo.crs.GridTransform;
import org.strata.geo.model.Footprint;
import org.strata.geo.model.HeightRange;
import org.strata.registry.cadastre.BuildingUse;
import org.strata.registry.cadastre.LandUse;
import org.strata.registry.cadastre.Parcel;
import org.strata.registry.unit.OwnershipLetter;
import org.strata.registry.unit.ParcelCode;
import org.strata.registry.unit.ParcelRightLetter;
import org.strata.registry.unit.UnitCode;

/**
 * Generates a synthetic pilot area in Xihu district, Hangzhou (county 330106), centred near 120.13°E
 * 30.26°N: square blocks of residential and office parcels with towers, floors and units; a main street
 * parcel with explicit bottom and top heights; an underground {@code GX} parcel (metro concourse and
 * mall) below it and an above-ground {@code GS} parcel (footbridge) over it. The same seed and size
 * always give the same area; every code is valid and every area is computed from the geometry.
 */
public final class DemoAreaGenerator {
    /** The seed of the standard demo area. */
    public static final long DEFAULT_SEED = 20_261_127L;
    /** Blocks a side of the standard demo area (3 gives about 0.44 km²). */
    public static final int DEFAULT_SIZE = 3;
    /** The ground surface reference of the demo area (the West Lake plain), metres of the 1985 datum. */
    public static final double GROUND_METRES = DemoLayout.GROUND_METRES;
    /** The county of the demo area: Xihu district, Hangzhou. */
    public static final String COUNTY = "330106";

    private static final GeometryFactory GF = new GeometryFactory();

    private final long seed;
    private final int size;
    private final double westEasting;
    private final double southNorthing;

    /**
     * A generator for an area of {@code size} × {@code size} blocks.
     *
     * @param seed the random seed
     * @param size blocks a side, 2 to 40
     * @param transform used once to place the area's centre at 120.13°E 30.26°N in EPSG:4549
     */
    public DemoAreaGenerator(long seed, int size, GridTransform transform) {
        if (size < 2 || size > 40) {
            throw new IllegalArgumentException("size " + size + " is outside 2-40 blocks a side");
        }
        this.seed = seed;
        this.size = size;
        double[] centre = transform.toGrid(DemoLayout.CENTRE_LONGITUDE, DemoLayout.CENTRE_LATITUDE);
        double half = DemoLayout.sideMetres(size) / 2;
        this.westEasting = Math.round(centre[0] - half);
        this.southNorthing = Math.round(centre[1] - half);
    }

    /** Generates the area. */
    public DemoArea generate() {
        Random random = new Random(seed);
        DemoNames names = new DemoNames(random);
        DemoBuilder builder = new DemoBuilder(random, names);
        int[] sequence = {0};
        addMainStreet(builder, sequence);
        for (int row = 0; row < size; row++) {
            for (int col = 0; col < size; col++) {
                addBlock(builder, random, row, col, sequence);
            }
        }
        return builder.area();
    }

    private void addMainStreet(DemoBuilder builder, int[] sequence) {
        double side = DemoLayout.sideMetres(size);
        double south = DemoLayout.blockStart(1) - STREET_METRES;
        double north = DemoLayout.blockStart(1);
        ParcelCode streetCode = code(ParcelRightLetter.B, ++sequence[0]);
        builder.addParcel(parcel(
                streetCode,
                rectangle(0, south, side, north),
                HeightRange.of(
                        GROUND_METRES - DemoLayout.STREET_DEPTH_METRES,
                        GROUND_METRES + DemoLayout.STREET_CLEARANCE_METRES),
                LandUse.URBAN_ROAD,
                "杭州市西湖区" + builder.names().street(0)));

        double concourseWest = DemoLayout.blockStart(0) + BLOCK_METRES / 2;
        double concourseEast = DemoLayout.blockStart(1) + BLOCK_METRES / 2;
        ParcelCode underground = code(ParcelRightLetter.X, ++sequence[0]);
        HeightRange below = HeightRange.of(
                GROUND_METRES - DemoLayout.CONCOURSE_DEPTH_METRES, GROUND_METRES - DemoLayout.STREET_DEPTH_METRES);
        Footprint concourse = rectangle(concourseWest, south + 2, concourseEast, north - 2);
        builder.addParcel(parcel(
                underground,
                concourse,
                below,
                LandUse.TRANSPORT_STATION,
                "杭州市西湖区" + builder.names().street(0) + "地铁站地下空间"));
        builder.addConcourse(underground, concourse, below);

        double bridgeWest = DemoLayout.blockStart(1) + BLOCK_METRES / 2 - 3;
        ParcelCode above = code(ParcelRightLetter.S, ++sequence[0]);
        HeightRange over = HeightRange.of(
                GROUND_METRES + DemoLayout.STREET_CLEARANCE_METRES, GROUND_METRES + DemoLayout.BRIDGE_TOP_METRES);
        Footprint bridge = rectangle(bridgeWest, south, bridgeWest + 6, north);
        builder.addParcel(parcel(
                above,
                bridge,
                over,
                LandUse.URBAN_ROAD,
                "杭州市西湖区" + builder.names().street(0) + "人行天桥"));
        builder.addFootbridge(above, bridge, over);
    }

    private void addBlock(DemoBuilder builder, Random random, int row, int col, int[] sequence) {
        double west = DemoLayout.blockStart(col);
        double south = DemoLayout.blockStart(row);
        int split = random.nextInt(4);
        int columns = split == 1 || split == 3 ? 2 : 1;
        int rows = split == 2 || split == 3 ? 2 : 1;
        double width = BLOCK_METRES / columns;
        double height = BLOCK_METRES / rows;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                double w = west + c * width;
                double s = south + r * height;
                double pick = random.nextDouble();
                LandUse use = pick < 0.55
                        ? LandUse.URBAN_RESIDENTIAL
                        : pick < 0.9 ? LandUse.BUSINESS_FINANCE : LandUse.PARK_AND_GREEN;
                ParcelCode code = code(ParcelRightLetter.B, ++sequence[0]);
                String location = "杭州市西湖区" + builder.names().street(row + col + 1) + (sequence[0] * 2) + "号";
                builder.addParcel(
                        parcel(code, rectangle(w, s, w + width, s + height), HeightRange.unbounded(), use, location));
                if (use != LandUse.PARK_AND_GREEN) {
                    addTowers(builder, random, code, use, w, s, width, height);
                }
            }
        }
    }

    private void addTowers(
            DemoBuilder builder,
            Random random,
            ParcelCode parcel,
            LandUse use,
            double west,
            double south,
            double width,
            double height) {
        boolean residential = use == LandUse.URBAN_RESIDENTIAL;
        double towerWidth = residential ? 36 : 44;
        double towerDepth = residential ? 16 : 30;
        double gapE = 20;
        double gapN = residential ? 28 : 24;
        int fitE = (int) ((width - 2 * 12 + gapE) / (towerWidth + gapE));
        int fitN = (int) ((height - 2 * 12 + gapN) / (towerDepth + gapN));
        int capacity = Math.max(1, fitE) * Math.max(1, fitN);
        int towers = 1 + random.nextInt(Math.min(residential ? 4 : 2, capacity));
        int number = 0;
        for (int i = 0; i < capacity && number < towers; i++) {
            int ie = i % Math.max(1, fitE);
            int in = i / Math.max(1, fitE);
            double w = west + 12 + ie * (towerWidth + gapE);
            double s = south + 12 + in * (towerDepth + gapN);
            Footprint footprint = rectangle(w, s, w + towerWidth, s + towerDepth);
            number++;
            if (residential) {
                builder.addTower(parcel, number, footprint, BuildingUse.RESIDENTIAL, 8 + random.nextInt(11), 3.0, 2, 1);
            } else {
                builder.addTower(parcel, number, footprint, BuildingUse.OFFICE, 6 + random.nextInt(9), 4.2, 2, 2);
            }
        }
    }

    private Parcel parcel(ParcelCode code, Footprint footprint, HeightRange heights, LandUse use, String location) {
        double stated = Math.round(footprint.areaSquareMetres() * 100) / 100.0;
        return new Parcel(UnitCode.landOf(code), footprint, heights, stated, use, location);
    }

    private static ParcelCode code(ParcelRightLetter letter, int sequence) {
        return new ParcelCode(COUNTY, 3, 5, OwnershipLetter.G, letter, sequence);
    }

    private Footprint rectangle(double west, double south, double east, double north) {
        Coordinate[] ring = {
            new Coordinate(westEasting + west, southNorthing + south),
            new Coordinate(westEasting + east, southNorthing + south),
            new Coordinate(westEasting + east, southNorthing + north),
            new Coordinate(westEasting + west, southNorthing + north),
            new Coordinate(westEasting + west, southNorthing + south)
        };
        return Footprint.ofEpsg4549(GF.createPolygon(ring));
    }
}
