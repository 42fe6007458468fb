package org.strata.web.ogc;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
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
import org.strata.registry.cadastre.Floor;
import org.strata.registry.cadastre.Parcel;
import org.strata.registry.cadastre.RegisteredVolume;
import org.strata.registry.unit.UnitCode;

/**
 * Writes cadastre features as GeoJSON features straight to a JSON generator (no tree in between): the unit code
 * is the id, heights are metres in the 1985 national height datum ({@code bottom}/{@code top}, null when open),
 * areas are square metres. A caller the map policy shows no attributes gets empty properties and no volume.
 */
final class FeatureEncoder {
    private final GeoJsonPolygon geometry;

    FeatureEncoder(GridTransform transform) {
        this.geometry = new GeoJsonPolygon(transform);
    }

    void parcel(JsonGenerator g, Parcel p, Encoding enc) throws IOException {
        begin(g, p.unitCode(), p.footprint(), p.volume(), enc);
        if (enc.attributes()) {
            codeProperties(g, p.unitCode());
            g.writeStringField("landUse", p.landUse().code());
            g.writeStringField("landUseLabel", p.landUse().label());
            g.writeStringField("location", p.location());
            g.writeNumberField("statedArea", p.statedAreaSquareMetres());
            g.writeNumberField("computedArea", round2(p.computedAreaSquareMetres()));
            heights(g, p.heights());
        }
        end(g);
    }

    void building(JsonGenerator g, Building b, Encoding enc) throws IOException {
        begin(g, b.unitCode(), b.footprint(), new Prism(b.footprint(), b.heights()), enc);
        if (enc.attributes()) {
            codeProperties(g, b.unitCode());
            g.writeStringField("name", b.name());
            g.writeStringField("use", b.use().code());
            g.writeStringField("useName", b.use().name());
            g.writeNumberField("floorCount", b.floors().size());
            g.writeNumberField("floorsAboveGround", b.floorsAboveGround());
            g.writeNumberField("floorsBelowGround", b.floorsBelowGround());
            g.writeNumberField("footprintArea", round2(b.footprint().areaSquareMetres()));
            heights(g, b.heights());
            g.writeArrayFieldStart("floors");
            for (Floor f : b.floors()) {
                g.writeStartObject();
                g.writeNumberField("number", f.number());
                number(g, "bottom", f.heights().bottomOrNull());
                number(g, "top", f.heights().topOrNull());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        end(g);
    }

    void unit(JsonGenerator g, BuildingUnit u, Encoding enc) throws IOException {
        begin(g, u.unitCode(), u.footprint(), u.volume(), enc);
        if (enc.attributes()) {
            codeProperties(g, u.unitCode());
            g.writeStringField("buildingCode", u.buildingCode().toString());
            g.writeNumberField("floor", u.floorNumber());
            g.writeStringField("room", u.room());
            g.writeStringField("use", u.use().code());
            g.writeStringField("useName", u.use().name());
            g.writeNumberField("buildingArea", u.buildingAreaSquareMetres());
            g.writeNumberField("innerArea", u.innerAreaSquareMetres());
            heights(g, u.heights());
        }
        end(g);
    }

    /** A registered volume: kind, lower and upper heights (null when open). */
    void volume(JsonGenerator g, RegisteredVolume v, Encoding enc) throws IOException {
        begin(g, v.unitCode(), v.prism().footprint(), v.volume(), enc);
        if (enc.attributes()) {
            codeProperties(g, v.unitCode());
            g.writeStringField("kind", v.kind() == RegisteredVolume.Kind.PARCEL ? "land-unit" : "building-unit");
            number(g, "lower", v.prism().heights().bottomOrNull());
            number(g, "upper", v.prism().heights().topOrNull());
            g.writeNumberField("footprintArea", round2(v.prism().footprint().areaSquareMetres()));
        }
        end(g);
    }

    /**
     * How features are written.
     *
     * @param crs the CRS of {@code geometry} (GeoJSON) — JSON-FG keeps CRS84 there and puts the volume in place
     * @param jsonFg whether to write JSON-FG
     * @param attributes whether the caller may see the features' properties and volumes
     */
    record Encoding(Crs crs, boolean jsonFg, boolean attributes) {}

    /**
     * Opens a feature up to its properties. As JSON-FG it also carries {@code place} ({@link JsonFg}): a Prism, a
     * MultiPrism for a stepped volume or a MultiPolyhedron, in EPSG:4549 (northing, easting; heights in the 1985
     * datum), or null when the volume is open above; {@code geometry} then stays CRS84.
     */
    private void begin(JsonGenerator g, UnitCode id, Footprint footprint, Volume volume, Encoding enc)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("type", "Feature");
        g.writeStringField("id", id.toString());
        if (enc.jsonFg()) {
            g.writeNullField("time");
            if (enc.attributes()) {
                g.writeObjectField("place", JsonFg.place(volume));
            }
        }
        g.writeObjectFieldStart("geometry");
        g.writeStringField("type", "Polygon");
        g.writeArrayFieldStart("coordinates");
        for (double[][] ring : geometry.rings(footprint, enc.jsonFg() ? Crs.CRS84 : enc.crs())) {
            g.writeStartArray();
            for (double[] position : ring) {
                g.writeArray(position, 0, position.length);
            }
            g.writeEndArray();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeObjectFieldStart("properties");
    }

    private static void end(JsonGenerator g) throws IOException {
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void codeProperties(JsonGenerator g, UnitCode code) throws IOException {
        g.writeStringField("unitCode", code.toString());
        g.writeStringField("parcelCode", code.parcel().toString());
        g.writeStringField("layer", code.layer().wireName());
    }

    private static void heights(JsonGenerator g, HeightRange heights) throws IOException {
        number(g, "bottom", heights.bottomOrNull());
        number(g, "top", heights.topOrNull());
    }

    private static void number(JsonGenerator g, String name, Double value) throws IOException {
        if (value == null) {
            g.writeNullField(name);
        } else {
            g.writeNumberField(name, value.doubleValue());
        }
    }

    private static double round2(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
