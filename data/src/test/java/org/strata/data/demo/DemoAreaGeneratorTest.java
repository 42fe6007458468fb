package org.strata.data.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.strata.geo.crs.GridTransform;
import org.strata.geo.model.GridBox;
import org.strata.registry.cadastre.Building;
import org.strata.registry.cadastre.BuildingUnit;
import org.strata.registry.cadastre.Parcel;
import org.strata.registry.cases.Application;
import org.strata.registry.port.CadastreContents;
import org.strata.registry.register.RegistrationType;
import org.strata.registry.right.Share;
import org.strata.registry.unit.SpatialLayer;
import org.strata.registry.unit.UnitCode;

/** The demo area is deterministic, lies in Xihu, and its codes, layers and areas are coherent. */
class DemoAreaGeneratorTest {
    private static GridTransform transform;
    private static DemoArea demo;
    private static CadastreContents area;

    @BeforeAll
    static void generate() {
        transform = GridTransform.epsg4549();
        demo = new DemoAreaGenerator(DemoAreaGenerator.DEFAULT_SEED, DemoAreaGenerator.DEFAULT_SIZE, transform)
                .generate();
        area = demo.cadastre();
    }

    @Test
    void theSameSeedGivesTheSameAreaAndAnotherSeedAnother() {
        DemoArea again = new DemoAreaGenerator(DemoAreaGenerator.DEFAULT_SEED, 3, transform).generate();
        assertEquals(demo, again);
        DemoArea other = new DemoAreaGenerator(7, 3, transform).generate();
        assertNotEquals(area.units(), other.cadastre().units());
    }

    @Test
    void everyCodeIsValidAndUnique() {
        Set<String> codes = new HashSet<>();
        area.parcels().forEach(p -> assertTrue(codes.add(p.unitCode().toString())));
        area.buildings().forEach(b -> assertTrue(codes.add(b.unitCode().toString())));
        area.units().forEach(u -> assertTrue(codes.add(u.unitCode().toString())));
        codes.forEach(c -> assertEquals(c, UnitCode.parse(c).toString()));
        codes.forEach(c -> assertTrue(c.startsWith("330106")));
    }

    @Test
    void theAreaIsItsBlocksAndStreetsAroundItsCentre() {
        GridBox box = area.parcels().stream()
                .map(p -> p.footprint().box())
                .reduce(GridBox::union)
                .orElseThrow();
        // the parcels cover the blocks and the streets between them; the outer streets' far halves lie outside
        double side = DemoLayout.sideMetres(DemoAreaGenerator.DEFAULT_SIZE);
        assertTrue(box.maxEasting() - box.minEasting() <= side, "east-west " + (box.maxEasting() - box.minEasting()));
        assertTrue(
                box.maxEasting() - box.minEasting() >= side - 2 * DemoLayout.STREET_METRES,
                "east-west " + (box.maxEasting() - box.minEasting()));
        assertTrue(box.maxNorthing() - box.minNorthing() >= side - 2 * DemoLayout.STREET_METRES);
        double[] centre = transform.toLonLat(
                (box.minEasting() + box.maxEasting()) / 2, (box.minNorthing() + box.maxNorthing()) / 2);
        // a metre is about 1e-5 degrees here: the centre is within 100 m of the layout's
        assertEquals(DemoLayout.CENTRE_LONGITUDE, centre[0], 0.001);
        assertEquals(DemoLayout.CENTRE_LATITUDE, centre[1], 0.001);
    }

    @Test
    void theStreetLiesBetweenTheConcourseBelowAndTheBridgeAbove() {
        Parcel underground = onlyParcel(SpatialLayer.UNDERGROUND);
        Parcel above = onlyParcel(SpatialLayer.ABOVE_GROUND);
        Parcel street = area.parcels().stream()
                .filter(p -> p.heights().isBounded() && p.unitCode().layer() == SpatialLayer.SURFACE)
                .findFirst()
                .orElseThrow();
        assertTrue(street.footprint().polygon().covers(underground.footprint().polygon()));
        assertTrue(street.footprint().polygon().covers(above.footprint().polygon()));
        assertEquals(underground.heights().topOrNull(), street.heights().bottomOrNull());
        assertEquals(street.heights().topOrNull(), above.heights().bottomOrNull());
        assertTrue(underground.heights().topOrNull() < DemoLayout.GROUND_METRES);
        assertTrue(above.heights().bottomOrNull() > DemoLayout.GROUND_METRES);
    }

    @Test
    void buildingsHaveFloorsAndUnitsInsideThem() {
        Map<UnitCode, Building> byCode =
                area.buildings().stream().collect(Collectors.toMap(Building::unitCode, Function.identity()));
        // a residential tower has 8 floors or more of 2 units, an office tower 6 or more of 4: at least 16 units a
        // tower; the concourse and the footbridge are the two buildings that are not towers
        long towers = area.buildings().size() - 2;
        assertTrue(towers >= DemoAreaGenerator.DEFAULT_SIZE, towers + " towers");
        assertTrue(area.units().size() >= 16 * towers, area.units().size() + " units in " + towers + " towers");
        for (BuildingUnit unit : area.units()) {
            Building building = byCode.get(unit.buildingCode());
            assertTrue(
                    building.footprint().polygon().covers(unit.footprint().polygon()),
                    unit.unitCode().toString());
            assertTrue(building.floors().stream()
                    .anyMatch(
                            f -> f.number() == unit.floorNumber() && f.heights().equals(unit.heights())));
            assertEquals(unit.footprint().areaSquareMetres(), unit.buildingAreaSquareMetres(), 0.01);
        }
        Set<String> parcels = area.parcels().stream()
                .map(p -> p.unitCode().parcel().toString())
                .collect(Collectors.toSet());
        area.buildings()
                .forEach(b -> assertTrue(parcels.contains(b.unitCode().parcel().toString())));
    }

    @Test
    void statedAreasAreTheComputedOnesRounded() {
        for (Parcel p : area.parcels()) {
            assertEquals(p.computedAreaSquareMetres(), p.statedAreaSquareMetres(), 0.005);
        }
    }

    @Test
    void everyUnitHasOneFirstRegistrationWithWholeShares() {
        Map<UnitCode, List<Application>> byUnit =
                demo.registrations().stream().collect(Collectors.groupingBy(Application::unitCode));
        for (BuildingUnit unit : area.units()) {
            assertEquals(1, byUnit.get(unit.unitCode()).size(), unit.unitCode().toString());
        }
        for (Application a : demo.registrations()) {
            assertEquals(RegistrationType.FIRST, a.type());
            assertTrue(Share.addUpToWhole(
                    a.parties().stream().map(p -> p.share().orElseThrow()).toList()));
        }
        assertTrue(demo.registrations().stream().anyMatch(a -> a.parties().size() > 1), "some units are co-owned");
        assertEquals(
                DemoBuilder.DEMO_OWNER_UNITS,
                demo.registrations().stream()
                        .filter(a -> a.parties().stream()
                                .anyMatch(p -> p.party().idNumber().equals(DemoData.DEMO_OWNER_ID_NUMBER)))
                        .count());
    }

    private static Parcel onlyParcel(SpatialLayer layer) {
        List<Parcel> found = area.parcels().stream()
                .filter(p -> p.unitCode().layer() == layer)
                .toList();
        assertEquals(1, found.size(), layer.toString());
        return found.get(0);
    }
}
