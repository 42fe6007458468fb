package org.strata.data.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.io.WKTWriter;
import org.strata.geo.io.PolyhedronText;
import org.strata.geo.model.Footprint;
import org.strata.geo.model.HeightRange;
import org.strata.geo.model.Polyhedron;
import org.strata.registry.cadastre.BuildingUnit;
import org.strata.registry.cadastre.BuildingUse;
import org.strata.registry.cadastre.LandUse;
import org.strata.registry.cadastre.Parcel;
import org.strata.registry.cases.Application;
import org.strata.registry.cases.CaseStatus;
import org.strata.registry.cases.CaseStep;
import org.strata.registry.cases.Finding;
import org.strata.registry.cases.NewUnit;
import org.strata.registry.cases.RegistrationCase;
import org.strata.registry.register.EventText;
import org.strata.registry.register.InstantText;
import org.strata.registry.register.KeyValueText;
import org.strata.registry.register.RegistrationType;
import org.strata.registry.unit.UnitCode;

/** The stored text of a case: its application (with any new unit), status, steps, findings and outcome. */
public final class CaseText {
    private CaseText() {}

    /** Writes a case. */
    public static String encode(RegistrationCase c) {
        Application a = c.application();
        KeyValueText text = new KeyValueText()
                .put("id", c.id())
                .put("type", a.type().wireName())
                .put("unit", a.unitCode().toString())
                .put("status", c.status().name())
                .put("version", Long.toString(c.version()))
                .put("event", c.eventId().orElse(""))
                .put("certificate", c.certificateNo().orElse(""));
        EventText.putParties(text, a.parties());
        a.details().forEach((k, v) -> text.put("detail." + k, v));
        a.newUnit().ifPresent(u -> putUnit(text, u));
        for (int i = 0; i < c.steps().size(); i++) {
            CaseStep s = c.steps().get(i);
            text.put("step." + i + ".step", s.step())
                    .put("step." + i + ".by", s.by())
                    .put("step." + i + ".at", s.at().toString())
                    .put("step." + i + ".note", s.note());
            for (Map.Entry<String, String> fact : s.facts().entrySet()) {
                text.put("step." + i + ".fact." + fact.getKey(), fact.getValue());
            }
        }
        for (int i = 0; i < c.findings().size(); i++) {
            Finding f = c.findings().get(i);
            text.put("finding." + i + ".code", f.code())
                    .put("finding." + i + ".severity", f.severity().name())
                    .put("finding." + i + ".unit", f.unitCode().toString())
                    .put("finding." + i + ".event", f.eventId().orElse(""))
                    .put("finding." + i + ".message", f.message())
                    .put(
                            "finding." + i + ".overlap",
                            f.overlapCubicMetres().map(String::valueOf).orElse(""));
        }
        return text.toString();
    }

    /** Reads a case written by {@link #encode}. */
    public static RegistrationCase decode(String text) {
        Map<String, String> f = KeyValueText.parse(text);
        TreeMap<String, String> details = new TreeMap<>();
        f.forEach((k, v) -> {
            if (k.startsWith("detail.")) {
                details.put(k.substring(7), v);
            }
        });
        Application a = new Application(
                RegistrationType.ofWireName(f.get("type")).orElseThrow(),
                UnitCode.parse(f.get("unit")),
                EventText.readParties(f),
                details,
                readUnit(f));
        List<CaseStep> steps = new ArrayList<>();
        for (int i = 0; f.containsKey("step." + i + ".step"); i++) {
            steps.add(new CaseStep(
                    f.get("step." + i + ".step"),
                    f.get("step." + i + ".by"),
                    InstantText.parse(f.get("step." + i + ".at")),
                    f.get("step." + i + ".note"),
                    facts(f, "step." + i + ".fact.")));
        }
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; f.containsKey("finding." + i + ".code"); i++) {
            String event = f.get("finding." + i + ".event");
            findings.add(new Finding(
                    f.get("finding." + i + ".code"),
                    Finding.Severity.valueOf(f.get("finding." + i + ".severity")),
                    UnitCode.parse(f.get("finding." + i + ".unit")),
                    event.isEmpty() ? Optional.empty() : Optional.of(event),
                    f.get("finding." + i + ".message"),
                    optional(f.get("finding." + i + ".overlap")).map(Double::valueOf)));
        }
        return new RegistrationCase(
                f.get("id"),
                a,
                CaseStatus.valueOf(f.get("status")),
                steps,
                findings,
                optional(f.get("event")),
                optional(f.get("certificate")),
                Long.parseLong(f.get("version")));
    }

    private static void putUnit(KeyValueText text, NewUnit u) {
        u.parcel().ifPresent(p -> text.put("unit.kind", "parcel")
                .put("unit.code", p.unitCode().toString())
                .put("unit.footprint", new WKTWriter().write(p.footprint().polygon()))
                .put("unit.bottom", String.valueOf(p.heights().bottomOrNull()))
                .put("unit.top", String.valueOf(p.heights().topOrNull()))
                .put("unit.statedArea", Double.toString(p.statedAreaSquareMetres()))
                .put("unit.landUse", p.landUse().code())
                .put("unit.location", p.location())
                .put("unit.solid", p.solid().map(PolyhedronText::write).orElse("")));
        u.buildingUnit().ifPresent(b -> text.put("unit.kind", "unit")
                .put("unit.code", b.unitCode().toString())
                .put("unit.buildingCode", b.buildingCode().toString())
                .put("unit.floor", Integer.toString(b.floorNumber()))
                .put("unit.room", b.room())
                .put("unit.use", b.use().code())
                .put("unit.footprint", new WKTWriter().write(b.footprint().polygon()))
                .put("unit.bottom", String.valueOf(b.heights().bottomOrNull()))
                .put("unit.top", String.valueOf(b.heights().topOrNull()))
                .put("unit.buildingArea", Double.toString(b.buildingAreaSquareMetres()))
                .put("unit.innerArea", Double.toString(b.innerAreaSquareMetres()))
                .put("unit.solid", b.solid().map(PolyhedronText::write).orElse("")));
    }

    private static Optional<NewUnit> readUnit(Map<String, String> f) {
        String kind = f.get("unit.kind");
        if (kind == null) {
            return Optional.empty();
        }
        Footprint footprint = footprint(f.get("unit.footprint"));
        HeightRange heights = HeightRange.ofNullable(number(f.get("unit.bottom")), number(f.get("unit.top")));
        if (kind.equals("parcel")) {
            return Optional.of(new NewUnit(
                    Optional.of(new Parcel(
                            UnitCode.parse(f.get("unit.code")),
                            footprint,
                            heights,
                            Double.parseDouble(f.get("unit.statedArea")),
                            LandUse.ofCode(f.get("unit.landUse")).orElseThrow(),
                            f.get("unit.location"),
                            solid(f))),
                    Optional.empty()));
        }
        return Optional.of(new NewUnit(
                Optional.empty(),
                Optional.of(new BuildingUnit(
                        UnitCode.parse(f.get("unit.code")),
                        UnitCode.parse(f.get("unit.buildingCode")),
                        Integer.parseInt(f.get("unit.floor")),
                        f.get("unit.room"),
                        BuildingUse.parse(f.get("unit.use")),
                        footprint,
                        heights,
                        Double.parseDouble(f.get("unit.buildingArea")),
                        Double.parseDouble(f.get("unit.innerArea")),
                        solid(f)))));
    }

    private static Optional<Polyhedron> solid(Map<String, String> f) {
        return optional(f.get("unit.solid")).map(PolyhedronText::read);
    }

    private static Footprint footprint(String wkt) {
        try {
            return Footprint.ofEpsg4549((Polygon) new WKTReader().read(wkt));
        } catch (ParseException e) {
            throw new IllegalArgumentException("stored footprint is not WKT", e);
        }
    }

    private static Double number(String text) {
        return text == null || text.equals("null") ? null : Double.valueOf(text);
    }

    private static Optional<String> optional(String value) {
        return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    private static Map<String, String> facts(Map<String, String> fields, String prefix) {
        Map<String, String> facts = new TreeMap<>();
        fields.forEach((key, value) -> {
            if (key.startsWith(prefix)) {
                facts.put(key.substring(prefix.length()), value);
            }
        });
        return facts;
    }
}
