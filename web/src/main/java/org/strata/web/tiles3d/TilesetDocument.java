package org.strata.web.tiles3d;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.strata.geo.crs.GridTransform;
import org.strata.geo.model.GridBox;
import org.strata.geo.tiles3d.Ecef;
import org.strata.geo.tiles3d.VolumeCell;

/**
 * The explicit 3D Tiles 1.1 tileset of the volume quadtree over the register's extent: one tile per cell meeting the
 * extent, from the 1000 km cell down to 256 m, each with its cell's content ({@code content/level/x/y.glb}, additive
 * refinement), a region around its square, and its frame (east-north-up at the cell's centre) within its parent's.
 */
final class TilesetDocument {
    /** Ellipsoidal heights every registered volume lies between, metres: deep basements to the tallest towers. */
    private static final double LOWEST = -150;

    private static final double HIGHEST = 650;
    private static final int EDGE_SAMPLES = 8;
    /** Squares up to this side bend less than the region's padding: their corners are enough. */
    private static final double STRAIGHT_METRES = 10_000;

    private final GridTransform transform;
    private final TileContents contents;
    private final GridBox extent;
    private final long volumes;

    /** The tileset over an extent holding a number of volumes (told to clients in {@code extras.volumes}). */
    TilesetDocument(GridTransform transform, TileContents contents, GridBox extent, long volumes) {
        this.transform = transform;
        this.contents = contents;
        this.extent = extent;
        this.volumes = volumes;
    }

    /** The tileset as JSON-ready maps. */
    Map<String, Object> document() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("asset", Map.of("version", "1.1", "generator", "Strata"));
        // how many volumes the tiles hold: a client decides from it whether to stream them or load them whole
        doc.put("extras", Map.of("volumes", volumes));
        VolumeCell top = VolumeCell.top();
        doc.put("geometricError", VolumeCell.sideMetres(0) / 4);
        Map<String, Object> root = tile(top, null);
        root.put("refine", "ADD");
        doc.put("root", root);
        return doc;
    }

    private Map<String, Object> tile(VolumeCell cell, double[] parentFrame) {
        double[] centre = contents.centre(cell);
        double[] frame = Ecef.frame(centre[0], centre[1]);
        Map<String, Object> tile = new LinkedHashMap<>();
        tile.put("boundingVolume", Map.of("region", region(cell.box())));
        tile.put("geometricError", cell.geometricError());
        tile.put("transform", parentFrame == null ? frame : Ecef.relative(parentFrame, frame));
        tile.put("content", Map.of("uri", "content/" + cell + ".glb"));
        List<Map<String, Object>> children = new ArrayList<>();
        for (VolumeCell child : cell.children()) {
            if (child.box().intersects(extent)) {
                children.add(tile(child, frame));
            }
        }
        if (!children.isEmpty()) {
            tile.put("children", children);
        }
        return tile;
    }

    /** The region (radians and metres) around a square of the grid: its edges sampled, since they bend in lon/lat. */
    private double[] region(GridBox b) {
        double west = Double.MAX_VALUE;
        double south = Double.MAX_VALUE;
        double east = -Double.MAX_VALUE;
        double north = -Double.MAX_VALUE;
        int samples = b.maxEasting() - b.minEasting() <= STRAIGHT_METRES ? 1 : EDGE_SAMPLES;
        for (int i = 0; i <= samples; i++) {
            double f = (double) i / samples;
            double e = b.minEasting() + f * (b.maxEasting() - b.minEasting());
            double n = b.minNorthing() + f * (b.maxNorthing() - b.minNorthing());
            for (double[] p :
                    new double[][] {{e, b.minNorthing()}, {e, b.maxNorthing()}, {b.minEasting(), n}, {b.maxEasting(), n}
                    }) {
                double[] ll = transform.toLonLat(p[0], p[1]);
                west = Math.min(west, ll[0]);
                east = Math.max(east, ll[0]);
                south = Math.min(south, ll[1]);
                north = Math.max(north, ll[1]);
            }
        }
        double pad = 1e-6 + (east - west) * 1e-3;
        return new double[] {
            Math.toRadians(west - pad),
            Math.toRadians(south - pad),
            Math.toRadians(east + pad),
            Math.toRadians(north + pad),
            LOWEST,
            HIGHEST
        };
    }
}
