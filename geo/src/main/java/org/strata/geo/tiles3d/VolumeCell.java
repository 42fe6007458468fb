package org.strata.geo.tiles3d;

import java.util.ArrayList;
import java.util.List;
import org.strata.geo.model.GridBox;

/**
 * A cell of the volume quadtree: square cells of the EPSG:4549 grid, {@link #TOP_METRES} a side at level 0 (one cell
 * holding the whole of Zhejiang in the 120°E zone), halved at each level down to {@link #LEAF_LEVEL} (256 m).
 * Every volume belongs to exactly one cell — the deepest whose square holds its footprint's box — so a tile's
 * content is never repeated in another tile and a tile's square bounds everything in it.
 *
 * @param level 0 to {@link #LEAF_LEVEL}
 * @param x the column, 0 at the west, up to 2^level − 1
 * @param y the row, 0 at the south, up to 2^level − 1
 */
public record VolumeCell(int level, long x, long y) {
    /** The deepest level: cells of 256 m. */
    public static final int LEAF_LEVEL = 12;
    /** The side of the level-0 cell, metres. */
    public static final double TOP_METRES = 1 << 20;
    /** The level-0 cell's west edge: the zone's central meridian (easting 500 km) in its middle. */
    public static final double ORIGIN_EASTING = 500_000 - TOP_METRES / 2;
    /** The level-0 cell's south edge, about 23.7°N; its north edge is about 33.1°N. */
    public static final double ORIGIN_NORTHING = 2.5 * TOP_METRES;

    /** Checks the level and the indexes. */
    public VolumeCell {
        if (level < 0 || level > LEAF_LEVEL) {
            throw new IllegalArgumentException("level " + level + " is outside 0-" + LEAF_LEVEL);
        }
        long n = 1L << level;
        if (x < 0 || x >= n || y < 0 || y >= n) {
            throw new IllegalArgumentException("cell " + x + "/" + y + " is outside level " + level);
        }
    }

    /** The level-0 cell. */
    public static VolumeCell top() {
        return new VolumeCell(0, 0, 0);
    }

    /** The side of a cell of this level, metres. */
    public static double sideMetres(int level) {
        return TOP_METRES / (1L << level);
    }

    /** The cell's square in grid coordinates. */
    public GridBox box() {
        double side = sideMetres(level);
        double west = ORIGIN_EASTING + x * side;
        double south = ORIGIN_NORTHING + y * side;
        return new GridBox(west, south, west + side, south + side);
    }

    /** Whether this cell has no children. */
    public boolean isLeaf() {
        return level == LEAF_LEVEL;
    }

    /** The four children, south-west first; none for a leaf. */
    public List<VolumeCell> children() {
        List<VolumeCell> children = new ArrayList<>(4);
        if (!isLeaf()) {
            for (int dy = 0; dy < 2; dy++) {
                for (int dx = 0; dx < 2; dx++) {
                    children.add(new VolumeCell(level + 1, 2 * x + dx, 2 * y + dy));
                }
            }
        }
        return children;
    }

    /**
     * The cell a footprint's box belongs to: the deepest holding it entirely; empty when even the level-0 cell
     * does not (a footprint outside the zone's Zhejiang band).
     */
    public static java.util.Optional<VolumeCell> of(GridBox footprint) {
        if (!top().holds(footprint)) {
            return java.util.Optional.empty();
        }
        VolumeCell cell = top();
        while (!cell.isLeaf()) {
            VolumeCell next = null;
            for (VolumeCell child : cell.children()) {
                if (child.holds(footprint)) {
                    next = child;
                }
            }
            if (next == null) {
                break;
            }
            cell = next;
        }
        return java.util.Optional.of(cell);
    }

    /** Whether the cell's square holds a box, edges included. */
    public boolean holds(GridBox b) {
        GridBox c = box();
        return b.minEasting() >= c.minEasting()
                && b.maxEasting() <= c.maxEasting()
                && b.minNorthing() >= c.minNorthing()
                && b.maxNorthing() <= c.maxNorthing();
    }

    /**
     * The tile's geometric error in metres: what is left out by not drawing its children — a quarter of a cell's
     * side at the level below, 0 for a leaf — so a client refines a cell once its children would cover a few pixels.
     */
    public double geometricError() {
        return isLeaf() ? 0 : sideMetres(level + 1) / 4;
    }

    /** The cell as {@code level/x/y}, the form of its content's path. */
    @Override
    public String toString() {
        return level + "/" + x + "/" + y;
    }
}
