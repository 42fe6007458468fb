package org.strata.registry.survey;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.locationtech.jts.geom.Polygon;
import org.strata.geo.model.Footprint;
import org.strata.geo.model.HeightRange;
import org.strata.geo.model.Polyhedron;
import org.strata.geo.model.Prism;
import org.strata.geo.model.Volume;
import org.strata.geo.op.VolumeOp;
import org.strata.registry.actor.Actor;
import org.strata.registry.actor.Role;
import org.strata.registry.cadastre.Building;
import org.strata.registry.cadastre.BuildingUnit;
import org.strata.registry.cadastre.BuildingUse;
import org.strata.registry.cadastre.Floor;
import org.strata.registry.cases.Application;
import org.strata.registry.cases.CaseException;
import org.strata.registry.cases.CaseService;
import org.strata.registry.cases.NewUnit;
import org.strata.registry.cases.RegistrationCase;
import org.strata.registry.party.IdType;
import org.strata.registry.party.Party;
import org.strata.registry.port.CadastreContents;
import org.strata.registry.port.CadastreStore;
import org.strata.registry.register.PartyRole;
import org.strata.registry.register.RegisteredParty;
import org.strata.registry.register.RegistrationType;
import org.strata.registry.unit.UnitCode;

/**
 * The pre-filled first-registration cases of an accepted completion package: its buildings (with floors from the
 * units' heights) enter the cadastre, and each as-built unit gets a submitted case naming the builder as holder,
 * with its as-built volume and areas and no attachment.
 */
final class CompletionCases {
    /** The identity that opens cases from survey results. */
    static final String SUBJECT = "strata-survey";

    private CompletionCases() {}

    static List<RegistrationCase> open(
            SurveyPackage accepted,
            Project project,
            SurveyData data,
            CaseService cases,
            CadastreStore cadastre,
            Clock clock) {
        Actor system =
                new Actor(SUBJECT, "多测合一 成果推送 (Strata)", Role.OFFICER, List.of(project.county()), Optional.empty());
        List<Building> buildings = new ArrayList<>();
        for (SurveyData.SurveyedBuilding b : data.buildings()) {
            UnitCode code = UnitCode.parse(b.code());
            if (cadastre.building(code).isEmpty()) {
                buildings.add(new Building(
                        code,
                        project.name(),
                        mainUse(b, data),
                        Footprint.ofEpsg4549(b.footprint()),
                        HeightRange.of(b.bottomMetres(), b.topMetres()),
                        floors(b, data)));
            }
        }
        if (!buildings.isEmpty()) {
            cadastre.add(new CadastreContents(List.of(), buildings, List.of()));
        }
        Party builder = new Party(project.builderName(), IdType.USCC, project.builderId());
        List<RegistrationCase> opened = new ArrayList<>();
        for (SurveyData.SurveyedUnit u : data.units()) {
            Volume volume = u.solid().flatMap(UnitVolumes::of).orElseThrow();
            UnitCode code = UnitCode.parse(u.code());
            BuildingUnit unit = unit(u, code, volume);
            Map<String, String> details = new TreeMap<>();
            details.put(SurveyRegistration.ORIGIN, "survey");
            details.put("surveyPackage", accepted.id());
            details.put("attachments", "0");
            details.put("statedArea", String.valueOf(u.buildingAreaSquareMetres()));
            Application a = new Application(
                    RegistrationType.FIRST,
                    code,
                    List.of(new RegisteredParty(PartyRole.HOLDER, builder, Optional.empty())),
                    new TreeMap<>(details),
                    Optional.of(new NewUnit(Optional.empty(), Optional.of(unit))));
            try {
                opened.add(cases.submit(system, a));
            } catch (CaseException e) {
                if (!e.code().equals("unit-exists")) {
                    throw e;
                }
            }
        }
        return opened;
    }

    /** The use of most of a building's surveyed floor area (its units' building area), or residential without units. */
    private static BuildingUse mainUse(SurveyData.SurveyedBuilding b, SurveyData data) {
        Map<String, Double> areaByUse = new TreeMap<>();
        for (SurveyData.SurveyedUnit u : data.units()) {
            if (u.building().equals(b.code())) {
                areaByUse.merge(u.use(), u.buildingAreaSquareMetres(), Double::sum);
            }
        }
        return areaByUse.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(e -> BuildingUse.parse(e.getKey()))
                .orElse(BuildingUse.RESIDENTIAL);
    }

    private static BuildingUnit unit(SurveyData.SurveyedUnit u, UnitCode code, Volume volume) {
        Prism bounds = volume instanceof Prism p
                ? p
                : new Prism(
                        Footprint.ofEpsg4549((Polygon) VolumeOp.planOutline((Polyhedron) volume)),
                        volume.box().heights());
        return new BuildingUnit(
                code,
                UnitCode.parse(u.building()),
                u.floor(),
                u.room(),
                BuildingUse.parse(u.use()),
                bounds.footprint(),
                bounds.heights(),
                u.buildingAreaSquareMetres(),
                u.innerAreaSquareMetres(),
                volume instanceof Polyhedron solid ? Optional.of(solid) : Optional.empty());
    }

    private static List<Floor> floors(SurveyData.SurveyedBuilding b, SurveyData data) {
        Map<Integer, double[]> ranges = new TreeMap<>();
        for (SurveyData.SurveyedUnit u : data.units()) {
            if (!u.building().equals(b.code()) || u.floor() == 0) {
                continue;
            }
            u.solid().flatMap(UnitVolumes::of).ifPresent(v -> {
                HeightRange h = v.box().heights();
                ranges.merge(u.floor(), new double[] {h.bottomOrNull(), h.topOrNull()}, (x, y) ->
                        new double[] {Math.min(x[0], y[0]), Math.max(x[1], y[1])});
            });
        }
        List<Floor> floors = new ArrayList<>();
        ranges.forEach((n, r) -> floors.add(new Floor(n, HeightRange.of(r[0], r[1]))));
        return floors;
    }
}
