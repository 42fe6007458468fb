package org.strata.data.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.strata.geo.io.PolyhedronText;
import org.strata.geo.model.HeightRange;
import org.strata.geo.model.Polyhedron;
import org.strata.geo.model.Prism;
import org.strata.registry.cadastre.Building;
import org.strata.registry.cadastre.BuildingUnit;
import org.strata.registry.cadastre.BuildingUse;
import org.strata.registry.cadastre.Floor;
import org.strata.registry.cadastre.LandUse;
import org.strata.registry.cadastre.Parcel;
import org.strata.registry.cadastre.RegisteredVolume;
import org.strata.registry.unit.UnitCode;

/** The column lists and row readers of the cadastre tables. */
final class CadastreRows {
    static final String PARCEL_COLUMNS =
            "unit_code, land_use, location, stated_area, bottom_m, top_m, solid, ST_AsBinary(geom) AS wkb";
    static final String BUILDING_COLUMNS = "unit_code, name, use_class, bottom_m, top_m, ST_AsBinary(geom) AS wkb";
    static final String UNIT_COLUMNS = "unit_code, building_code, floor_number, room, use_class, building_area,"
            + " inner_area, bottom_m, top_m, solid, ST_AsBinary(geom) AS wkb";

    static final String VOLUME_COLUMNS = "unit_code, kind, bottom_m, top_m, solid, ST_AsBinary(geom) AS wkb";

    private CadastreRows() {}

    static RegisteredVolume volume(ResultSet rs) throws SQLException {
        return new RegisteredVolume(
                UnitCode.parse(rs.getString("unit_code")),
                rs.getString("kind").equals("parcel") ? RegisteredVolume.Kind.PARCEL : RegisteredVolume.Kind.UNIT,
                new Prism(FootprintCodec.fromWkb(rs.getBytes("wkb")), heights(rs)),
                solid(rs));
    }

    static Parcel parcel(ResultSet rs) throws SQLException {
        return new Parcel(
                UnitCode.parse(rs.getString("unit_code")),
                FootprintCodec.fromWkb(rs.getBytes("wkb")),
                heights(rs),
                rs.getDouble("stated_area"),
                LandUse.ofCode(rs.getString("land_use"))
                        .orElseThrow(() -> new IllegalStateException("unknown stored land use")),
                rs.getString("location"),
                solid(rs));
    }

    /** Reads a building row; its floors come from the floors table and are added by {@link BuildingRow#toBuilding}. */
    static BuildingRow buildingRow(ResultSet rs) throws SQLException {
        return new BuildingRow(
                rs.getString("unit_code"),
                rs.getString("name"),
                rs.getString("use_class"),
                rs.getBytes("wkb"),
                heights(rs));
    }

    /** A building row waiting for its floors. */
    record BuildingRow(String unitCode, String name, String use, byte[] wkb, HeightRange heights) {
        Building toBuilding(List<Floor> floors) {
            return new Building(
                    UnitCode.parse(unitCode),
                    name,
                    BuildingUse.parse(use),
                    FootprintCodec.fromWkb(wkb),
                    heights,
                    floors);
        }
    }

    static Floor floor(ResultSet rs) throws SQLException {
        return new Floor(rs.getInt("floor_number"), heights(rs));
    }

    static BuildingUnit unit(ResultSet rs) throws SQLException {
        return new BuildingUnit(
                UnitCode.parse(rs.getString("unit_code")),
                UnitCode.parse(rs.getString("building_code")),
                rs.getInt("floor_number"),
                rs.getString("room"),
                BuildingUse.parse(rs.getString("use_class")),
                FootprintCodec.fromWkb(rs.getBytes("wkb")),
                heights(rs),
                rs.getDouble("building_area"),
                rs.getDouble("inner_area"),
                solid(rs));
    }

    private static Optional<Polyhedron> solid(ResultSet rs) throws SQLException {
        String text = rs.getString("solid");
        return text == null ? Optional.empty() : Optional.of(PolyhedronText.read(text));
    }

    private static HeightRange heights(ResultSet rs) throws SQLException {
        double bottom = rs.getDouble("bottom_m");
        Double b = rs.wasNull() ? null : bottom;
        double top = rs.getDouble("top_m");
        Double t = rs.wasNull() ? null : top;
        return HeightRange.ofNullable(b, t);
    }
}
