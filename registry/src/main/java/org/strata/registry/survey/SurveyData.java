package org.strata.registry.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Polygon;
import org.strata.geo.model.HeightRange;
import org.strata.geo.model.Solid;

/**
 * The typed survey results of a package — parcels, boundary points, buildings, units and tables — taken from
 * its decoded parts; values that cannot be read become {@code package.part-value} errors.
 *
 * @param parcels the parcels
 * @param points the boundary points
 * @param buildings the buildings
 * @param units the units: CityJSON solids joined with their area rows (as-built or, at construction, predicted)
 * @param predicted the predicted unit areas (construction stage)
 * @param problems what could not be read
 */
public record SurveyData(
        List<SurveyedParcel> parcels,
        List<BoundaryPoint> points,
        List<SurveyedBuilding> buildings,
        List<SurveyedUnit> units,
        List<SurveyedUnit> predicted,
        List<CheckResult> problems) {
    /** Copies the lists. */
    public SurveyData {
        parcels = List.copyOf(parcels);
        points = List.copyOf(points);
        buildings = List.copyOf(buildings);
        units = List.copyOf(units);
        predicted = List.copyOf(predicted);
        problems = List.copyOf(problems);
    }

    /**
     * A surveyed parcel.
     *
     * @param code the 19-character parcel code
     * @param boundary the boundary polygon, easting/northing metres (validity is checked separately)
     * @param heights the vertical range, 1985 datum metres
     * @param statedAreaSquareMetres the area stated by the surveyor
     * @param landUse the GB/T 21010 land-use code
     * @param location the address
     */
    public record SurveyedParcel(
            String code,
            Polygon boundary,
            HeightRange heights,
            double statedAreaSquareMetres,
            String landUse,
            String location) {}

    /**
     * A boundary point (界址点).
     *
     * @param parcel the parcel code
     * @param id the point id
     * @param easting EPSG:4549 easting, metres
     * @param northing EPSG:4549 northing, metres
     * @param pointClass accuracy class 1, 2 or 3
     */
    public record BoundaryPoint(String parcel, String id, double easting, double northing, int pointClass) {}

    /**
     * A building as surveyed.
     *
     * @param code the building's 28-character code (unit number 0000)
     * @param footprint the outline, easting/northing metres
     * @param bottomMetres the bottom, 1985 datum metres
     * @param topMetres the top, 1985 datum metres
     * @param zeroLevelMetres the ±0 level, 1985 datum metres
     * @param floorsAbove floors above ground
     * @param floorsBelow floors below ground
     * @param gfaAboveSquareMetres gross floor area above ground
     * @param gfaBelowSquareMetres gross floor area below ground
     */
    public record SurveyedBuilding(
            String code,
            Polygon footprint,
            double bottomMetres,
            double topMetres,
            double zeroLevelMetres,
            int floorsAbove,
            int floorsBelow,
            double gfaAboveSquareMetres,
            double gfaBelowSquareMetres) {}

    /**
     * A unit (户) as surveyed.
     *
     * @param code the unit's 28-character code
     * @param building the building's code
     * @param floor the floor number
     * @param room the room label
     * @param use the building use code of the registration data dictionary ({@code BuildingUse})
     * @param solid its volume, when the part gives one
     * @param buildingAreaSquareMetres construction area (建筑面积)
     * @param innerAreaSquareMetres inner area (套内建筑面积)
     * @param sharedAreaSquareMetres apportioned shared area (分摊面积)
     */
    public record SurveyedUnit(
            String code,
            String building,
            int floor,
            String room,
            String use,
            Optional<Solid> solid,
            double buildingAreaSquareMetres,
            double innerAreaSquareMetres,
            double sharedAreaSquareMetres) {}

    /** Reads the typed results from decoded contents. */
    public static SurveyData of(PackageContents contents) {
        List<CheckResult> problems = new ArrayList<>();
        ValueReader values = new ValueReader(problems);
        List<SurveyedParcel> parcels = new ArrayList<>();
        for (PartData.Features part : contents.dataOf(PartKind.PARCELS, PartData.Features.class)) {
            for (PartData.Feature f : part.features()) {
                Optional<Polygon> polygon = values.polygon(f);
                if (polygon.isEmpty()) {
                    continue;
                }
                Map<String, String> p = f.properties();
                parcels.add(new SurveyedParcel(
                        values.text(p, "code", f.id()),
                        polygon.get(),
                        HeightRange.ofNullable(
                                values.optionalNumber(p, "bottom", f.id()), values.optionalNumber(p, "top", f.id())),
                        values.number(p, "statedArea", f.id()),
                        p.getOrDefault("landUse", ""),
                        p.getOrDefault("location", "")));
            }
        }
        List<BoundaryPoint> points = new ArrayList<>();
        for (PartData.Table t : contents.dataOf(PartKind.BOUNDARY_POINTS, PartData.Table.class)) {
            for (Map<String, String> r : t.rows()) {
                String id = r.getOrDefault("point", "?");
                points.add(new BoundaryPoint(
                        values.text(r, "parcel", id),
                        id,
                        values.number(r, "easting", id),
                        values.number(r, "northing", id),
                        (int) values.number(r, "class", id)));
            }
        }
        List<SurveyedBuilding> buildings = new ArrayList<>();
        for (PartData.Features part : contents.dataOf(PartKind.BUILDINGS, PartData.Features.class)) {
            for (PartData.Feature f : part.features()) {
                Optional<Polygon> polygon = values.polygon(f);
                if (polygon.isEmpty()) {
                    continue;
                }
                Map<String, String> p = f.properties();
                String id = f.id();
                buildings.add(new SurveyedBuilding(
                        values.text(p, "code", id),
                        polygon.get(),
                        values.number(p, "bottom", id),
                        values.number(p, "top", id),
                        values.number(p, "zeroLevel", id),
                        (int) values.number(p, "floorsAbove", id),
                        (int) values.number(p, "floorsBelow", id),
                        values.number(p, "gfaAbove", id),
                        values.number(p, "gfaBelow", id)));
            }
        }
        List<SurveyedUnit> units = UnitJoin.join(contents, PartKind.UNIT_AREAS, values);
        List<SurveyedUnit> predicted = UnitJoin.join(contents, PartKind.PREDICTED_UNITS, values);
        return new SurveyData(parcels, points, buildings, units, predicted, problems);
    }
}
