package org.strata.web.ogc;

import java.util.LinkedHashMap;
import java.util.Map;
import org.strata.geo.crs.Crs;
import org.strata.geo.crs.GridTransform;
import org.strata.geo.io.GeoJsonPolygon;
import org.strata.geo.io.JsonFg;
import org.strata.geo.model.Footprint;
import org.strata.geo.model.HeightRange;
import org.strata.geo.model.Prism;
import org.strata.geo.model.Volume;
import org.strata.registry.cadastre.Building;
import org.strata.registry.cadastre.BuildingUnit;
import org.strata.registry.cadastre.Parcel;
import org.strata.registry.cadastre.RegisteredVolume;
import org.strata.registry.unit.UnitCode;

/**
 * Turns cadastre features into GeoJSON features: the unit code is the id, heights are metres in the 1985
 * national height datum ({@code bottom}/{@code top}, null when open), areas are square metres.
 */
final class FeatureEncoder {
    private final GeoJsonPolygon geometry;

    FeatureEncoder(GridTransform transform) {
        this.geometry = new GeoJsonPolygon(transform);
    }

    Map<String, Object> parcel(Parcel p, Encoding crs) {
        Map<String, Object> props = codeProperties(p.unitCode());
        props.put("landUse", p.landUse().code());
        props.put("landUseLabel", p.landUse().label());
        props.put("location", p.location());
        props.put("statedArea", p.statedAreaSquareMetres());
        props.put("computedArea", round2(p.computedAreaSquareMetres()));
        putHeights(props, p.heights());
        return feature(p.unitCode(), p.footprint(), p.volume(), crs, props);
    }

    Map<String, Object> building(Building b, Encoding crs) {
        Map<String, Object> props = codeProperties(b.unitCode());
        props.put("name", b.name());
        props.put("use", b.use().code());
        props.put("useName", b.use().name());
        props.put("floorCount", b.floors().size());
        props.put("floorsAboveGround", b.floorsAboveGround());
        props.put("floorsBelowGround", b.floorsBelowGround());
        props.put("footprintArea", round2(b.footprint().areaSquareMetres()));
        putHeights(props, b.heights());
        props.put(
                "floors",
                b.floors().stream()
                        .map(f -> {
                            Map<String, Object> floor = new LinkedHashMap<>();
                            floor.put("number", f.number());
                            floor.put("bottom", f.heights().bottomOrNull());
                            floor.put("top", f.heights().topOrNull());
                            return floor;
                        })
                        .toList());
        return feature(b.unitCode(), b.footprint(), new Prism(b.footprint(), b.heights()), crs, props);
    }

    Map<String, Object> unit(BuildingUnit u, Encoding crs) {
        Map<String, Object> props = codeProperties(u.unitCode());
        props.put("buildingCode", u.buildingCode().toString());
        props.put("floor", u.floorNumber());
        props.put("room", u.room());
        props.put("use", u.use().code());
        props.put("useName", u.use().name());
        props.put("buildingArea", u.buildingAreaSquareMetres());
        props.put("innerArea", u.innerAreaSquareMetres());
        putHeights(props, u.heights());
        return feature(u.unitCode(), u.footprint(), u.volume(), crs, props);
    }

    /** A registered volume: kind, lower and upper heights (null when open). */
    Map<String, Object> volume(RegisteredVolume v, Encoding crs) {
        Map<String, Object> props = codeProperties(v.unitCode());
        props.put("kind", v.kind() == RegisteredVolume.Kind.PARCEL ? "land-unit" : "building-unit");
        props.put("lower", v.prism().heights().bottomOrNull());
        props.put("upper", v.prism().heights().topOrNull());
        props.put("footprintArea", round2(v.prism().footprint().areaSquareMetres()));
        return feature(v.unitCode(), v.prism().footprint(), v.volume(), crs, props);
    }

    /**
     * A feature. As JSON-FG it also carries {@code place} ({@link JsonFg}): a Prism, a MultiPrism for a stepped
     * volume or a MultiPolyhedron, in EPSG:4549 (northing, easting; heights in the 1985 datum), or null when the
     * volume is open above; {@code geometry} then stays CRS84.
     */
    private Map<String, Object> feature(
            UnitCode id, Footprint footprint, Volume volume, Encoding encoding, Map<String, Object> props) {
        Map<String, Object> feature = new LinkedHashMap<>();
        feature.put("type", "Feature");
        feature.put("id", id.toString());
        if (encoding.jsonFg()) {
            feature.put("time", null);
            feature.put("place", JsonFg.place(volume));
            feature.put("geometry", geometry.polygon(footprint, Crs.CRS84));
        } else {
            feature.put("geometry", geometry.polygon(footprint, encoding.crs()));
        }
        feature.put("properties", props);
        return feature;
    }

    /**
     * How features are written.
     *
     * @param crs the CRS of {@code geometry} (GeoJSON) — JSON-FG keeps CRS84 there and puts the volume in place
     * @param jsonFg whether to write JSON-FG
     */
    record Encoding(Crs crs, boolean jsonFg) {}

    private static Map<String, Object> codeProperties(UnitCode code) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("unitCode", code.toString());
        props.put("parcelCode", code.parcel().toString());
        props.put("layer", code.layer().wireName());
        return props;
    }

    private static void putHeights(Map<String, Object> props, HeightRange heights) {
        props.put("bottom", heights.bottomOrNull());
        props.put("top", heights.topOrNull());
    }

    private static double round2(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
