package org.strata.registry.port;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.strata.registry.port.CadastreFixtures.E0;
import static org.strata.registry.port.CadastreFixtures.N0;
import static org.strata.registry.port.CadastreFixtures.rectangle;
import static org.strata.registry.port.CadastreFixtures.surfaceParcel;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.strata.geo.model.Face;
import org.strata.geo.model.Footprint;
import org.strata.geo.model.GridBox;
import org.strata.geo.model.HeightRange;
import org.strata.geo.model.Point3;
import org.strata.geo.model.Polyhedron;
import org.strata.geo.model.Shell;
import org.strata.registry.cadastre.Building;
import org.strata.registry.cadastre.BuildingUnit;
import org.strata.registry.cadastre.Parcel;
import org.strata.registry.cadastre.RegisteredVolume;
import org.strata.registry.unit.UnitCode;

/**
 * The behaviour every {@link CadastreStore} adapter must show. An adapter's test extends this class
 * and says how to open a fresh store and how to reopen one on the same data.
 */
public abstract class CadastreStoreContract {
    /** The store under test. */
    protected CadastreStore store;

    /** A store over empty storage of its own. */
    protected abstract CadastreStore openFresh();

    /** Closes {@code closed}'s storage and opens a new store on the same storage, as a restart does. */
    protected abstract CadastreStore reopen(CadastreStore closed);

    private final Parcel lShaped = CadastreSample.L_SHAPED;
    private final Parcel east = CadastreSample.EAST;
    private final Building tower = CadastreSample.TOWER;
    private final BuildingUnit low = CadastreSample.LOW;
    private final BuildingUnit high = CadastreSample.HIGH;

    @BeforeEach
    void openStore() {
        store = openFresh();
    }

    @AfterEach
    void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    private void addSample() {
        store.add(CadastreSample.contents());
    }

    @Test
    void anEmptyStoreHasNothing() {
        assertEquals(0, store.count(FeatureKind.PARCEL));
        assertEquals(Optional.empty(), store.extent(FeatureKind.UNIT));
        assertEquals(Optional.empty(), store.parcel(lShaped.unitCode()));
        store.checkHealth();
    }

    @Test
    void recordsReadBackExactly() {
        addSample();
        assertEquals(Optional.of(lShaped), store.parcel(lShaped.unitCode()));
        assertEquals(Optional.of(tower), store.building(tower.unitCode()));
        assertEquals(Optional.of(high), store.unit(high.unitCode()));
        assertEquals(List.of(low, high), store.unitsOfBuilding(tower.unitCode()));
        assertEquals(2, store.count(FeatureKind.PARCEL));
        assertEquals(1, store.count(FeatureKind.BUILDING));
        assertEquals(2, store.count(FeatureKind.UNIT));
    }

    @Test
    void unknownCodesAreEmpty() {
        addSample();
        UnitCode missing =
                UnitCode.landOf(CadastreFixtures.parcelCode(org.strata.registry.unit.ParcelRightLetter.B, 999));
        assertEquals(Optional.empty(), store.parcel(missing));
        assertEquals(Optional.empty(), store.building(missing));
        assertEquals(Optional.empty(), store.unit(missing));
    }

    @Test
    void boxQueryUsesTheExactShapeNotTheEnvelope() {
        addSample();
        // inside the L-shaped parcel's envelope, in its notch: only the east parcel is not there either
        GridBox notch = new GridBox(E0 + 60, N0 + 60, E0 + 90, N0 + 90);
        assertEquals(0, store.parcels(AreaQuery.in(notch, 10)).numberMatched());
        GridBox straddling = new GridBox(E0 + 90, N0 + 10, E0 + 110, N0 + 20);
        Page<Parcel> page = store.parcels(AreaQuery.in(straddling, 10));
        assertEquals(List.of(lShaped, east), page.items());
        assertEquals(2, page.numberMatched());
    }

    @Test
    void boxesThatOnlyTouchAFootprintFindIt() {
        addSample();
        GridBox touchingEastEdge = new GridBox(E0 + 200, N0 + 10, E0 + 210, N0 + 20);
        assertEquals(
                List.of(east), store.parcels(AreaQuery.in(touchingEastEdge, 10)).items());
    }

    @Test
    void pagesFollowCodeOrderAndCountAllMatches() {
        addSample();
        AreaQuery first = new AreaQuery(Optional.empty(), HeightRange.unbounded(), 0, 1);
        AreaQuery second = new AreaQuery(Optional.empty(), HeightRange.unbounded(), 1, 1);
        AreaQuery beyond = new AreaQuery(Optional.empty(), HeightRange.unbounded(), 5, 1);
        assertEquals(new Page<>(List.of(lShaped), 2), store.parcels(first));
        assertEquals(new Page<>(List.of(east), 2), store.parcels(second));
        assertEquals(new Page<>(List.of(), 2), store.parcels(beyond));
    }

    @Test
    void heightWindowsSelectUnitsAndKeepOpenColumns() {
        addSample();
        AreaQuery groundFloor = new AreaQuery(Optional.empty(), HeightRange.of(8, 11), 0, 10);
        assertEquals(List.of(low), store.units(groundFloor).items());
        AreaQuery touchingFloorPlane = new AreaQuery(Optional.empty(), HeightRange.of(11, 11.5), 0, 10);
        assertEquals(List.of(), store.units(touchingFloorPlane).items());
        AreaQuery deepBelow = new AreaQuery(Optional.empty(), HeightRange.of(-50, -40), 0, 10);
        assertEquals(List.of(), store.units(deepBelow).items());
        assertEquals(2, store.parcels(deepBelow).numberMatched(), "unbounded parcels reach every height");
        AreaQuery openAbove = new AreaQuery(Optional.empty(), HeightRange.ofNullable(30.0, null), 0, 10);
        assertEquals(List.of(high), store.units(openAbove).items());
        assertEquals(List.of(tower), store.buildings(openAbove).items());
    }

    @Test
    void volumesJoinLandAndBuildingUnitsInCodeOrder() {
        addSample();
        Page<RegisteredVolume> all = store.volumes(AreaQuery.all(100));
        assertEquals(4, all.numberMatched());
        assertEquals(
                List.of(high.unitCode(), low.unitCode(), lShaped.unitCode(), east.unitCode()).stream()
                        .sorted()
                        .toList(),
                all.items().stream().map(RegisteredVolume::unitCode).toList());
        AreaQuery atTenMetres = new AreaQuery(
                Optional.of(new GridBox(E0 + 20, N0 + 20, E0 + 20, N0 + 20)), HeightRange.of(10, 10.001), 0, 100);
        assertEquals(
                List.of(low.unitCode(), lShaped.unitCode()),
                store.volumes(atTenMetres).items().stream()
                        .map(RegisteredVolume::unitCode)
                        .toList());
        assertEquals(4, store.count(FeatureKind.RIGHT));
    }

    @Test
    void neighboursComeFromTheIndexAndSurviveARestart() {
        addSample();
        GridBox aroundTower = new GridBox(E0 + 30, N0 + 30, E0 + 36, N0 + 36);
        List<UnitCode> expected = List.of(high.unitCode(), lShaped.unitCode());
        assertEquals(
                expected,
                store.volumesNear(aroundTower, HeightRange.of(30, 40)).stream()
                        .map(RegisteredVolume::unitCode)
                        .toList());
        store = reopen(store);
        assertEquals(
                expected,
                store.volumesNear(aroundTower, HeightRange.of(30, 40)).stream()
                        .map(RegisteredVolume::unitCode)
                        .toList());
        assertEquals(
                List.of(), store.volumesNear(new GridBox(E0 + 500, N0, E0 + 510, N0 + 10), HeightRange.unbounded()));
    }

    @Test
    void pointsFindTheVolumesContainingThemExactly() {
        addSample();
        assertEquals(List.of(low.unitCode(), lShaped.unitCode()), codesAt(20, 20, 10));
        assertEquals(List.of(lShaped.unitCode()), codesAt(20, 20, 11.5), "no unit on floor 2");
        assertEquals(
                List.of(high.unitCode(), lShaped.unitCode()),
                codesAt(35, 35, 32),
                "the floor plane and the corner belong to the unit");
        assertEquals(List.of(), codesAt(70, 70, 10), "the L-shaped parcel's notch");
    }

    @Test
    void solidsReadBackExactly() {
        addSample();
        Point3[] c = {
            new Point3(E0 + 300, N0, -10), new Point3(E0 + 310, N0, -10), new Point3(E0 + 310, N0 + 10, -10),
            new Point3(E0 + 300, N0 + 10, -10), new Point3(E0 + 300, N0, -10), new Point3(E0 + 310, N0, -6),
            new Point3(E0 + 310, N0 + 10, -6), new Point3(E0 + 300, N0 + 10, -10)
        };
        Shell ramp = new Shell(List.of(
                new Face(List.of(List.of(c[0], c[3], c[2], c[1]))), new Face(List.of(List.of(c[0], c[5], c[6]))),
                new Face(List.of(List.of(c[0], c[1], c[5]))), new Face(List.of(List.of(c[1], c[2], c[6], c[5]))),
                new Face(List.of(List.of(c[2], c[3], c[6]))), new Face(List.of(List.of(c[3], c[0], c[6])))));
        Parcel underground = new Parcel(
                UnitCode.landOf(CadastreFixtures.parcelCode(org.strata.registry.unit.ParcelRightLetter.X, 7)),
                rectangle(300, 0, 310, 10),
                HeightRange.of(-10, -6),
                100,
                lShaped.landUse(),
                "ramp",
                Optional.of(new Polyhedron(List.of(ramp))));
        store.add(new CadastreContents(List.of(underground), List.of(), List.of()));
        assertEquals(Optional.of(underground), store.parcel(underground.unitCode()));
        RegisteredVolume volume = store.volumes(AreaQuery.in(new GridBox(E0 + 301, N0 + 1, E0 + 302, N0 + 2), 10))
                .items()
                .get(0);
        assertEquals(underground.solid(), volume.solid());
        assertEquals(List.of(underground.unitCode()), codesAt(309, 5, -6.5), "under the high end of the ramp");
        assertEquals(List.of(), codesAt(301, 5, -6.5), "above the low end: inside the box only");
    }

    @Test
    void aFootprintsHoleIsOutsideItsVolume() {
        Polygon outer = rectangle(300, 0, 400, 100).polygon();
        Polygon hole = rectangle(340, 40, 360, 60).polygon();
        Footprint courtyard = Footprint.ofEpsg4549(
                outer.getFactory().createPolygon(outer.getExteriorRing(), new LinearRing[] {hole.getExteriorRing()}));
        Parcel parcel = surfaceParcel(5, courtyard);
        store.add(new CadastreContents(List.of(parcel), List.of(), List.of()));
        assertEquals(List.of(parcel.unitCode()), codesAt(310, 50, 0), "in the built ring");
        assertEquals(List.of(), codesAt(350, 50, 0), "in the courtyard");
        assertEquals(List.of(parcel.unitCode()), codesAt(340, 50, 0), "on the courtyard's edge");
    }

    private List<UnitCode> codesAt(double east, double north, double height) {
        return store.volumesAt(E0 + east, N0 + north, height).stream()
                .map(RegisteredVolume::unitCode)
                .toList();
    }

    @Test
    void extentCoversEveryFootprint() {
        addSample();
        assertEquals(Optional.of(new GridBox(E0, N0, E0 + 200, N0 + 100)), store.extent(FeatureKind.PARCEL));
        assertEquals(Optional.of(new GridBox(E0 + 5, N0 + 5, E0 + 35, N0 + 35)), store.extent(FeatureKind.UNIT));
    }

    @Test
    void anUnfilteredPagesMatchCountFollowsEveryWrite() {
        addSample();
        assertEquals(2, store.parcels(AreaQuery.all(1)).numberMatched());
        Parcel fresh = surfaceParcel(3, rectangle(300, 0, 400, 100));
        store.add(new CadastreContents(List.of(fresh), List.of(), List.of()));
        assertEquals(3, store.parcels(AreaQuery.all(1)).numberMatched(), "counted as it was added");
        assertEquals(5, store.volumes(AreaQuery.all(1)).numberMatched(), "three land units and two building units");
        assertThrows(
                DuplicateRecordException.class,
                () -> store.add(new CadastreContents(List.of(fresh), List.of(), List.of())));
        assertEquals(3, store.parcels(AreaQuery.all(1)).numberMatched(), "a refused batch adds nothing");
        assertEquals(
                store.count(FeatureKind.PARCEL), store.parcels(AreaQuery.all(1)).numberMatched());
    }

    @Test
    void aDuplicateRejectsTheWholeBatch() {
        addSample();
        Parcel fresh = surfaceParcel(3, rectangle(300, 0, 400, 100));
        CadastreContents withDuplicate = new CadastreContents(List.of(fresh, east), List.of(), List.of());
        assertThrows(DuplicateRecordException.class, () -> store.add(withDuplicate));
        assertEquals(Optional.empty(), store.parcel(fresh.unitCode()));
        assertEquals(2, store.count(FeatureKind.PARCEL));
    }

    @Test
    void filtersArePushedIntoTheStoresQuery() {
        addSample();
        assertEquals(List.of(high.unitCode()), unitCodes(cmp(Queryable.FLOOR, FeatureFilter.Op.EQ, 9L)));
        assertEquals(
                List.of(high.unitCode()),
                unitCodes(new FeatureFilter.And(List.of(
                        cmp(Queryable.FLOOR, FeatureFilter.Op.GE, 1L), new FeatureFilter.Like(Queryable.ROOM, "9%")))));
        assertEquals(
                List.of(low.unitCode(), high.unitCode()),
                unitCodes(new FeatureFilter.In(Queryable.ROOM, List.of("101", "902"))));
        assertEquals(List.of(low.unitCode()), unitCodes(new FeatureFilter.Between(Queryable.BOTTOM, 0.0, 10.0)));
        assertEquals(
                List.of(high.unitCode()),
                unitCodes(new FeatureFilter.Not(cmp(Queryable.FLOOR, FeatureFilter.Op.EQ, 1L))));
        assertEquals(
                List.of(low.unitCode(), high.unitCode()),
                unitCodes(new FeatureFilter.Or(List.of(
                        cmp(Queryable.FLOOR, FeatureFilter.Op.EQ, 1L),
                        cmp(Queryable.FLOOR, FeatureFilter.Op.EQ, 9L)))));
        assertEquals(List.of(), unitCodes(new FeatureFilter.IsNull(Queryable.TOP)));
        assertEquals(
                List.of(lShaped.unitCode(), east.unitCode()), parcelCodes(new FeatureFilter.IsNull(Queryable.TOP)));
        assertEquals(List.of(east.unitCode()), parcelCodes(new FeatureFilter.Like(Queryable.LOCATION, "%Road 2")));
        assertEquals(List.of(east.unitCode()), parcelCodes(cmp(Queryable.STATED_AREA, FeatureFilter.Op.GT, 9000.0)));
        assertEquals(
                List.of(east.unitCode()),
                parcelCodes(
                        new FeatureFilter.Intersects(rectangle(150, 50, 151, 51).polygon())));
        assertEquals(
                List.of(lShaped.unitCode()),
                parcelCodes(
                        new FeatureFilter.Intersects(rectangle(10, 90, 11, 91).polygon())),
                "the exact shape: the L's arm, not its envelope's empty corner");
        assertEquals(
                List.of(),
                parcelCodes(
                        new FeatureFilter.Intersects(rectangle(60, 60, 61, 61).polygon())),
                "the L's empty corner");
        Page<BuildingUnit> page = store.units(new AreaQuery(
                Optional.empty(),
                HeightRange.unbounded(),
                1,
                1,
                Optional.empty(),
                Optional.of(cmp(Queryable.USE, FeatureFilter.Op.EQ, low.use().code()))));
        assertEquals(2, page.numberMatched(), "counted under the same filter");
    }

    private static FeatureFilter cmp(Queryable q, FeatureFilter.Op op, Object value) {
        return new FeatureFilter.Compare(q, op, value);
    }

    private List<UnitCode> unitCodes(FeatureFilter f) {
        return store.units(filtered(f)).items().stream()
                .map(BuildingUnit::unitCode)
                .toList();
    }

    private List<UnitCode> parcelCodes(FeatureFilter f) {
        return store.parcels(filtered(f)).items().stream().map(Parcel::unitCode).toList();
    }

    private static AreaQuery filtered(FeatureFilter f) {
        return new AreaQuery(Optional.empty(), HeightRange.unbounded(), 0, 100, Optional.empty(), Optional.of(f));
    }

    @Test
    void everythingSurvivesARestart() {
        addSample();
        store = reopen(store);
        assertEquals(Optional.of(lShaped), store.parcel(lShaped.unitCode()));
        assertEquals(Optional.of(tower), store.building(tower.unitCode()));
        assertEquals(List.of(low, high), store.unitsOfBuilding(tower.unitCode()));
        assertTrue(store.count(FeatureKind.UNIT) == 2);
    }
}
