package org.strata.data.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.function.UnaryOperator;
import org.strata.geo.io.PolyhedronText;
import org.strata.geo.model.HeightRange;
import org.strata.registry.cadastre.Building;
import org.strata.registry.cadastre.BuildingUnit;
import org.strata.registry.cadastre.Floor;
import org.strata.registry.cadastre.Parcel;
import org.strata.registry.port.CadastreContents;

/**
 * Inserts a {@link CadastreContents} with batched statements on one connection (the caller owns the transaction),
 * each row with its county, the partition key on PostgreSQL.
 */
final class CadastreWriter {
    private final Connection connection;
    private final UnaryOperator<String> table;

    CadastreWriter(Connection connection) {
        this(connection, name -> name);
    }

    /** A writer that inserts the rows of each table into {@code table.apply(name)} (a bulk load's own tables). */
    CadastreWriter(Connection connection, UnaryOperator<String> table) {
        this.connection = connection;
        this.table = table;
    }

    void write(CadastreContents contents) throws SQLException {
        writeParcels(contents);
        writeBuildings(contents);
        writeUnits(contents);
    }

    private void writeParcels(CadastreContents contents) throws SQLException {
        try (PreparedStatement s =
                connection.prepareStatement("INSERT INTO " + table.apply("parcels") + " (unit_code, parcel_code,"
                        + " right_letter, land_use, location, stated_area, computed_area, bottom_m, top_m, solid, geom, county)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ST_GeomFromWKB(?, 4549), ?)")) {
            for (Parcel p : contents.parcels()) {
                s.setString(1, p.unitCode().toString());
                s.setString(2, p.unitCode().parcel().toString());
                s.setString(3, p.unitCode().parcel().rightLetter().name());
                s.setString(4, p.landUse().code());
                s.setString(5, p.location());
                s.setDouble(6, p.statedAreaSquareMetres());
                s.setDouble(7, p.computedAreaSquareMetres());
                setHeights(s, 8, p.heights());
                s.setString(10, p.solid().map(PolyhedronText::write).orElse(null));
                s.setBytes(11, FootprintCodec.toWkb(p.footprint()));
                s.setString(12, p.unitCode().parcel().county());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private void writeBuildings(CadastreContents contents) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(
                        "INSERT INTO " + table.apply("buildings") + " (unit_code, parcel_code, name,"
                                + " use_class, footprint_area, floors_above, floors_below, bottom_m, top_m, geom, county)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ST_GeomFromWKB(?, 4549), ?)");
                PreparedStatement f = connection.prepareStatement("INSERT INTO " + table.apply("floors")
                        + " (building_code, floor_number, bottom_m, top_m, county) VALUES (?, ?, ?, ?, ?)")) {
            for (Building b : contents.buildings()) {
                s.setString(1, b.unitCode().toString());
                s.setString(2, b.unitCode().parcel().toString());
                s.setString(3, b.name());
                s.setString(4, b.use().code());
                s.setDouble(5, b.footprint().areaSquareMetres());
                s.setInt(6, b.floorsAboveGround());
                s.setInt(7, b.floorsBelowGround());
                setHeights(s, 8, b.heights());
                s.setBytes(10, FootprintCodec.toWkb(b.footprint()));
                s.setString(11, b.unitCode().parcel().county());
                s.addBatch();
                for (Floor floor : b.floors()) {
                    f.setString(1, b.unitCode().toString());
                    f.setInt(2, floor.number());
                    setHeights(f, 3, floor.heights());
                    f.setString(5, b.unitCode().parcel().county());
                    f.addBatch();
                }
            }
            s.executeBatch();
            f.executeBatch();
        }
    }

    private void writeUnits(CadastreContents contents) throws SQLException {
        try (PreparedStatement s =
                connection.prepareStatement("INSERT INTO " + table.apply("units") + " (unit_code, building_code,"
                        + " floor_number, room, use_class, building_area, inner_area, bottom_m, top_m, solid, geom, county)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ST_GeomFromWKB(?, 4549), ?)")) {
            int pending = 0;
            for (BuildingUnit u : contents.units()) {
                s.setString(1, u.unitCode().toString());
                s.setString(2, u.buildingCode().toString());
                s.setInt(3, u.floorNumber());
                s.setString(4, u.room());
                s.setString(5, u.use().code());
                s.setDouble(6, u.buildingAreaSquareMetres());
                s.setDouble(7, u.innerAreaSquareMetres());
                setHeights(s, 8, u.heights());
                s.setString(10, u.solid().map(PolyhedronText::write).orElse(null));
                s.setBytes(11, FootprintCodec.toWkb(u.footprint()));
                s.setString(12, u.unitCode().parcel().county());
                s.addBatch();
                if (++pending % 1000 == 0) {
                    s.executeBatch();
                }
            }
            s.executeBatch();
        }
    }

    private static void setHeights(PreparedStatement s, int index, HeightRange heights) throws SQLException {
        setNullableDouble(s, index, heights.bottomOrNull());
        setNullableDouble(s, index + 1, heights.topOrNull());
    }

    private static void setNullableDouble(PreparedStatement s, int index, Double value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.DOUBLE);
        } else {
            s.setDouble(index, value);
        }
    }
}
