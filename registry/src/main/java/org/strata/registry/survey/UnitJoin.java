package org.strata.registry.survey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.strata.geo.model.Solid;

/** Joins the CityJSON unit solids with the rows of an area table by unit code. */
final class UnitJoin {
    private UnitJoin() {}

    static List<SurveyData.SurveyedUnit> join(PackageContents contents, PartKind table, ValueReader values) {
        Map<String, Solid> solids = new HashMap<>();
        for (PartData.City city : contents.dataOf(PartKind.UNITS, PartData.City.class)) {
            for (PartData.CityObject o : city.objects()) {
                if (o.type().equals("BuildingUnit") && o.solid().isPresent()) {
                    solids.put(
                            o.attributes().getOrDefault("unitCode", o.id()),
                            o.solid().get());
                }
            }
        }
        List<SurveyData.SurveyedUnit> units = new ArrayList<>();
        for (PartData.Table t : contents.dataOf(table, PartData.Table.class)) {
            for (Map<String, String> r : t.rows()) {
                String code = values.text(r, "unit", "row " + (units.size() + 1));
                units.add(new SurveyData.SurveyedUnit(
                        code,
                        r.getOrDefault("building", code.length() >= 24 ? code.substring(0, 24) + "0000" : ""),
                        (int) values.number(r, "floor", code),
                        r.getOrDefault("room", ""),
                        values.buildingUse(r, code),
                        table == PartKind.UNIT_AREAS ? Optional.ofNullable(solids.get(code)) : Optional.empty(),
                        values.number(r, "buildingArea", code),
                        values.number(r, "innerArea", code),
                        values.number(r, "sharedArea", code)));
            }
        }
        return units;
    }
}
