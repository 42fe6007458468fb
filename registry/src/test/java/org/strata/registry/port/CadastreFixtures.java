package org.strata.registry.port;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.strata.geo.model.Footprint;
import org.strata.geo.model.HeightRange;
import org.strata.registry.cadastre.Building;
import org.strata.registry.cadastre.BuildingUnit;
import org.strata.registry.cadastre.BuildingUse;
import org.strata.registry.cadastre.Floor;
import org.strata.registry.cadastre.LandUse;
import org.strata.registry.cadastre.Parcel;
import org.strata.registry.unit.OwnershipLetter;
import org.strata.registry.unit.ParcelCode;
import org.strata.registry.unit.ParcelRightLetter;
import org.strata.registry.unit.UnitCode;

/** Small hand-made cadastre records for the store contract tests, near (512500 E, 3349000 N) in EPSG:4549. */
public final class CadastreFixtures {
    /** Origin easting of the fixtures, metres. */
    public static final double E0 = 512_500;
    /** Origin northing of the fixtures, metres. */
    public static final double N0 = 3_349_000;

    private static final GeometryFactory GF = new GeometryFactory();

    private CadastreFixtures() {}

    /** A parcel code in Xihu with the given right letter and sequence. */
    public static ParcelCode parcelCode(ParcelRightLetter letter, int sequence) {
        return new ParcelCode("330106", 1, 2, OwnershipLetter.G, letter, sequence);
    }

    /** A rectangle footprint, offsets in metres from the origin. */
    public static Footprint rectangle(double west, double south, double east, double north) {
        return Footprint.ofEpsg4549(
                polygon(new double[][] {{west, south}, {east, south}, {east, north}, {west, north}, {west, south}}));
    }

    /** A polygon footprint from offsets in metres from the origin; the ring must be closed. */
    public static Footprint footprint(double[][] ring) {
        return Footprint.ofEpsg4549(polygon(ring));
    }

    private static Polygon polygon(double[][] ring) {
        Coordinate[] coordinates = new Coordinate[ring.length];
        for (int i = 0; i < ring.length; i++) {
            coordinates[i] = new Coordinate(E0 + ring[i][0], N0 + ring[i][1]);
        }
        return GF.createPolygon(coordinates);
    }

    /** A surface parcel, unbounded vertically. */
    public static Parcel surfaceParcel(int sequence, Footprint footprint) {
        return new Parcel(
                UnitCode.landOf(parcelCode(ParcelRightLetter.B, sequence)),
                footprint,
                HeightRange.unbounded(),
                Math.round(footprint.areaSquareMetres() * 100) / 100.0,
                LandUse.URBAN_RESIDENTIAL,
                "Fixture Road " + sequence);
    }

    /** A building of {@code floors} 3 m floors from 8 m on the parcel, numbered {@code number}. */
    public static Building building(Parcel parcel, int number, Footprint footprint, int floors) {
        List<Floor> list = new ArrayList<>();
        for (int f = 1; f <= floors; f++) {
            list.add(new Floor(f, HeightRange.of(8 + 3 * (f - 1), 8 + 3 * f)));
        }
        return new Building(
                UnitCode.buildingUnit(parcel.unitCode().parcel(), number, 0),
                "Block " + number,
                BuildingUse.RESIDENTIAL,
                footprint,
                HeightRange.of(8, 8 + 3 * floors),
                list);
    }

    /** The unit of a building on floor {@code floor}, numbered {@code number}, with the building's footprint. */
    public static BuildingUnit unit(Building building, int floor, int number) {
        int buildingNo = Integer.parseInt(building.unitCode().fixtureNumber().substring(0, 4));
        double area = building.footprint().areaSquareMetres();
        return new BuildingUnit(
                UnitCode.buildingUnit(building.unitCode().parcel(), buildingNo, number),
                building.unitCode(),
                floor,
                floor + "0" + number,
                BuildingUse.RESIDENTIAL,
                building.footprint(),
                HeightRange.of(8 + 3 * (floor - 1), 8 + 3 * floor),
                area,
                area * 0.85);
    }
}
