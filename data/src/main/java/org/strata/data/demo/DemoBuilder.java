package org.strata.data.demo;

import static org.strata.data.demo.DemoLayout.GROUND_METRES;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.strata.geo.model.Footprint;
import org.strata.geo.model.GridBox;
import org.strata.geo.model.HeightRange;
import org.strata.registry.cadastre.Building;
import org.strata.registry.cadastre.BuildingUnit;
import org.strata.registry.cadastre.BuildingUse;
import org.strata.registry.cadastre.Floor;
import org.strata.registry.cadastre.Parcel;
import org.strata.registry.cases.Application;
import org.strata.registry.party.IdType;
import org.strata.registry.party.Party;
import org.strata.registry.port.CadastreContents;
import org.strata.registry.register.PartyRole;
import org.strata.registry.register.RegisteredParty;
import org.strata.registry.register.RegistrationType;
import org.strata.registry.right.RightNature;
import org.strata.registry.right.Share;
import org.strata.registry.unit.ParcelCode;
import org.strata.registry.unit.UnitCode;

/** Collects the demo area's records: buildings with floors and units, and their holders and rights. */
final class DemoBuilder {
    /** The demo account {@code owner}: a resident who holds two units, one of them with a spouse. */
    static final Party DEMO_OWNER = new Party("陈静", IdType.RESIDENT_ID, "330106198503150024");
    /** The demo owner's dwellings: the first held alone, the second by halves with a neighbour. */
    static final int DEMO_OWNER_UNITS = 2;

    private static final GeometryFactory GF = new GeometryFactory();
    private static final double BASEMENT_METRES = 4.5;

    private final Random random;
    private final DemoNames names;
    private final List<Parcel> parcels = new ArrayList<>();
    private final List<Building> buildings = new ArrayList<>();
    private final List<BuildingUnit> units = new ArrayList<>();
    private final List<Application> registrations = new ArrayList<>();
    private int demoOwnerUnits;

    DemoBuilder(Random random, DemoNames names) {
        this.random = random;
        this.names = names;
    }

    DemoNames names() {
        return names;
    }

    void addParcel(Parcel parcel) {
        parcels.add(parcel);
    }

    /** A tower of {@code floors} floors of {@code floorMetres}, each floor split into alongE × alongN units. */
    void addTower(
            ParcelCode parcel,
            int number,
            Footprint footprint,
            BuildingUse use,
            int floors,
            double floorMetres,
            int alongE,
            int alongN) {
        List<Floor> floorList = new ArrayList<>();
        boolean basement = use.equals(BuildingUse.OFFICE);
        if (basement) {
            floorList.add(new Floor(-1, HeightRange.of(GROUND_METRES - BASEMENT_METRES, GROUND_METRES)));
        }
        for (int f = 1; f <= floors; f++) {
            floorList.add(new Floor(
                    f, HeightRange.of(GROUND_METRES + (f - 1) * floorMetres, GROUND_METRES + f * floorMetres)));
        }
        double bottom = basement ? GROUND_METRES - BASEMENT_METRES : GROUND_METRES;
        UnitCode code = UnitCode.buildingUnit(parcel, number, 0);
        String name = (use.equals(BuildingUse.RESIDENTIAL) ? "住宅楼" : "办公楼") + number + "幢";
        buildings.add(new Building(
                code, name, use, footprint, HeightRange.of(bottom, GROUND_METRES + floors * floorMetres), floorList));
        List<Footprint> parts = split(footprint, alongE, alongN);
        Party company = use.equals(BuildingUse.OFFICE) ? company() : null;
        int unitNumber = 0;
        for (Floor floor : floorList) {
            if (floor.number() < 1) {
                continue;
            }
            for (int k = 0; k < parts.size(); k++) {
                BuildingUnit unit = unit(
                        code,
                        number,
                        ++unitNumber,
                        floor,
                        String.format("%d%02d", floor.number(), k + 1),
                        use,
                        parts.get(k));
                units.add(unit);
                if (company != null) {
                    addRight(unit.unitCode(), List.of(holder(company, Share.WHOLE)), 50);
                } else {
                    addRight(unit.unitCode(), residentHolders(), 70);
                }
            }
        }
    }

    /** The underground structure of the GX parcel: mall on B1, concourse on B2, platform on B3. */
    void addConcourse(ParcelCode parcel, Footprint footprint, HeightRange range) {
        double top = range.topOrNull();
        double bottom = range.bottomOrNull();
        Floor b3 = new Floor(-3, HeightRange.of(bottom, top - 12));
        Floor b2 = new Floor(-2, HeightRange.of(top - 12, top - 6));
        Floor b1 = new Floor(-1, HeightRange.of(top - 6, top));
        UnitCode code = UnitCode.buildingUnit(parcel, 1, 0);
        buildings.add(new Building(code, "地铁站及地下商业", BuildingUse.TRANSPORT, footprint, range, List.of(b3, b2, b1)));
        Party metro = company();
        List<RegisteredParty> metroHolds = List.of(holder(metro, Share.WHOLE));
        int n = 0;
        units.add(unit(code, 1, ++n, b3, "B3站台", BuildingUse.TRANSPORT, footprint));
        units.add(unit(code, 1, ++n, b2, "B2站厅", BuildingUse.TRANSPORT, footprint));
        GridBox box = footprint.box();
        double depth = (box.maxNorthing() - box.minNorthing() - 4) / 2;
        Footprint southRow =
                rectangle(box.minEasting(), box.minNorthing(), box.maxEasting(), box.minNorthing() + depth);
        Footprint northRow =
                rectangle(box.minEasting(), box.maxNorthing() - depth, box.maxEasting(), box.maxNorthing());
        int shops = 10;
        for (Footprint row : List.of(southRow, northRow)) {
            for (Footprint shop : split(row, shops, 1)) {
                units.add(unit(code, 1, ++n, b1, String.format("B1-%02d", n - 2), BuildingUse.COMMERCIAL, shop));
            }
        }
        for (BuildingUnit unit : units.subList(units.size() - n, units.size())) {
            addRight(unit.unitCode(), metroHolds, 50);
        }
    }

    /** The footbridge of the GS parcel: one deck. */
    void addFootbridge(ParcelCode parcel, Footprint footprint, HeightRange range) {
        double bottom = range.bottomOrNull() + 0.5;
        double top = range.topOrNull() - 0.5;
        Floor deck = new Floor(1, HeightRange.of(bottom, top));
        UnitCode code = UnitCode.buildingUnit(parcel, 1, 0);
        buildings.add(new Building(
                code, "人行天桥", BuildingUse.TRANSPORT, footprint, HeightRange.of(bottom, top), List.of(deck)));
        BuildingUnit unit = unit(code, 1, 1, deck, "桥面", BuildingUse.TRANSPORT, footprint);
        units.add(unit);
        addRight(unit.unitCode(), List.of(holder(company(), Share.WHOLE)), 50);
    }

    DemoArea area() {
        return new DemoArea(new CadastreContents(parcels, buildings, units), registrations);
    }

    private BuildingUnit unit(
            UnitCode building,
            int buildingNumber,
            int unitNumber,
            Floor floor,
            String room,
            BuildingUse use,
            Footprint footprint) {
        double area = Math.round(footprint.areaSquareMetres() * 100) / 100.0;
        double inner = Math.round(footprint.areaSquareMetres() * 85) / 100.0;
        return new BuildingUnit(
                UnitCode.buildingUnit(building.parcel(), buildingNumber, unitNumber),
                building,
                floor.number(),
                room,
                use,
                footprint,
                floor.heights(),
                area,
                inner);
    }

    private List<RegisteredParty> residentHolders() {
        if (demoOwnerUnits < DEMO_OWNER_UNITS) {
            demoOwnerUnits++;
            if (demoOwnerUnits == 1) {
                return List.of(holder(DEMO_OWNER, Share.WHOLE));
            }
            return List.of(holder(DEMO_OWNER, new Share(1, 2)), holder(person(), new Share(1, 2)));
        }
        Party first = person();
        if (random.nextDouble() < 0.3) {
            return List.of(holder(first, new Share(1, 2)), holder(person(), new Share(1, 2)));
        }
        return List.of(holder(first, Share.WHOLE));
    }

    private Party person() {
        return new Party(names.personName(), IdType.RESIDENT_ID, names.residentId());
    }

    private Party company() {
        return new Party(names.companyName(), IdType.USCC, names.uscc());
    }

    private static RegisteredParty holder(Party party, Share share) {
        return new RegisteredParty(PartyRole.HOLDER, party, Optional.of(share));
    }

    /** A first registration of the unit, valid since the start of its land use term. */
    private void addRight(UnitCode unit, List<RegisteredParty> holders, int years) {
        LocalDate start = LocalDate.of(2000 + random.nextInt(21), 1 + random.nextInt(12), 1);
        TreeMap<String, String> details = new TreeMap<>();
        details.put("validFrom", start.toString());
        details.put("termStart", start.toString());
        details.put("termEnd", start.plusYears(years).minusDays(1).toString());
        details.put("rightNature", Integer.toString(RightNature.GRANT.code()));
        registrations.add(new Application(RegistrationType.FIRST, unit, holders, details, Optional.empty()));
    }

    private static List<Footprint> split(Footprint footprint, int alongE, int alongN) {
        GridBox box = footprint.box();
        double w = (box.maxEasting() - box.minEasting()) / alongE;
        double h = (box.maxNorthing() - box.minNorthing()) / alongN;
        List<Footprint> parts = new ArrayList<>();
        for (int j = 0; j < alongN; j++) {
            for (int i = 0; i < alongE; i++) {
                double west = box.minEasting() + i * w;
                double south = box.minNorthing() + j * h;
                parts.add(rectangle(
                        west,
                        south,
                        i == alongE - 1 ? box.maxEasting() : west + w,
                        j == alongN - 1 ? box.maxNorthing() : south + h));
            }
        }
        return parts;
    }

    private static Footprint rectangle(double west, double south, double east, double north) {
        return Footprint.ofEpsg4549(GF.createPolygon(new Coordinate[] {
            new Coordinate(west, south),
            new Coordinate(east, south),
            new Coordinate(east, north),
            new Coordinate(west, north),
            new Coordinate(west, south)
        }));
    }
}
