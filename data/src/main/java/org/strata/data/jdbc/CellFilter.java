package org.strata.data.jdbc;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.strata.geo.model.GridBox;
import org.strata.geo.tiles3d.VolumeCell;

/**
 * The WHERE clause selecting the volumes of one cell of the volume quadtree: footprint box inside the cell's square
 * and, unless the cell is a leaf, across one of its two midlines (so in none of its children). Both databases answer
 * from their spatial index: PostGIS's GiST with a degenerate box along each midline, SQLite's R*Tree with its bounds.
 */
final class CellFilter {
    private final String clause;
    private final List<Double> arguments;

    private CellFilter(String clause, List<Double> arguments) {
        this.clause = clause;
        this.arguments = arguments;
    }

    static CellFilter of(VolumeCell cell, Dialect dialect) {
        GridBox b = cell.box();
        double midE = (b.minEasting() + b.maxEasting()) / 2;
        double midN = (b.minNorthing() + b.maxNorthing()) / 2;
        List<Double> args = new ArrayList<>();
        String clause;
        if (dialect == Dialect.SQLITE) {
            String inside =
                    "SELECT unit_code FROM cadastre_rtree WHERE min_e >= ? AND max_e <= ? AND min_n >= ? AND max_n <= ?";
            List<Double> box = List.of(b.minEasting(), b.maxEasting(), b.minNorthing(), b.maxNorthing());
            if (cell.isLeaf()) {
                clause = "unit_code IN (" + inside + ")";
                args.addAll(box);
            } else {
                clause = "unit_code IN (" + inside + " AND min_e < ? AND max_e > ? UNION " + inside
                        + " AND min_n < ? AND max_n > ?)";
                args.addAll(box);
                args.addAll(List.of(midE, midE));
                args.addAll(box);
                args.addAll(List.of(midN, midN));
            }
        } else {
            String inside = "geom && ST_MakeEnvelope(?, ?, ?, ?, 4549) AND ST_XMin(geom) >= ? AND ST_XMax(geom) <= ?"
                    + " AND ST_YMin(geom) >= ? AND ST_YMax(geom) <= ?";
            args.addAll(List.of(b.minEasting(), b.minNorthing(), b.maxEasting(), b.maxNorthing()));
            args.addAll(List.of(b.minEasting(), b.maxEasting(), b.minNorthing(), b.maxNorthing()));
            if (cell.isLeaf()) {
                clause = inside;
            } else {
                clause = inside + " AND ((geom && ST_MakeEnvelope(?, ?, ?, ?, 4549)"
                        + " AND ST_XMin(geom) < ? AND ST_XMax(geom) > ?)"
                        + " OR (geom && ST_MakeEnvelope(?, ?, ?, ?, 4549)"
                        + " AND ST_YMin(geom) < ? AND ST_YMax(geom) > ?))";
                args.addAll(List.of(midE, b.minNorthing(), midE, b.maxNorthing(), midE, midE));
                args.addAll(List.of(b.minEasting(), midN, b.maxEasting(), midN, midN, midN));
            }
        }
        return new CellFilter(" WHERE " + clause, args);
    }

    String clause() {
        return clause;
    }

    /** Binds the arguments from index 1. */
    void bind(PreparedStatement s) throws SQLException {
        for (int i = 0; i < arguments.size(); i++) {
            s.setDouble(i + 1, arguments.get(i));
        }
    }
}
