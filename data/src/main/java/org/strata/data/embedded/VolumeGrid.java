package org.strata.data.embedded;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.strata.data.jdbc.NeighbourIndex;
import org.strata.geo.model.FlatRing;
import org.strata.geo.model.GridBox;
import org.strata.geo.model.HeightRange;
import org.strata.geo.model.Prism;
import org.strata.geo.op.ContainmentOp;
import org.strata.registry.cadastre.RegisteredVolume;
import org.strata.registry.port.CadastreContents;

/**
 * The embedded store's in-memory index of registered volumes: a uniform grid of 25 m cells in EPSG:4549, each
 * holding the boxes (plan and heights, as plain numbers scanned without touching the volumes) of the volumes that
 * meet it. A query looks only at the cells its box covers, so its cost depends on the neighbours, not on the
 * size of the register; a point query reads the cell's numbers and, for a match, one reference.
 */
final class VolumeGrid implements NeighbourIndex {
    private static final double CELL_METRES = 25;
    /** Numbers per entry: plan box (min e, min n, max e, max n), open height interval, and the test to run. */
    private static final int STRIDE = 7;
    /** The footprint is its plan box: the box test is exact. */
    private static final double BOX_EXACT = 0;
    /** The footprint is one ring: test it. */
    private static final double RING = 1;
    /** A solid, or a footprint with holes: test the volume itself. */
    private static final double WHOLE_VOLUME = 2;

    /** A volume covering more cells than this is kept once, in the list of large volumes every query scans. */
    private static final long LARGE_CELLS = 4096;
    /** The most cells one query may visit (a box of about 25 km by 25 km); larger boxes are refused. */
    static final long MAX_QUERY_CELLS = 1_000_000;
    /** Coordinates beyond this many metres from the grid's origin lie outside every projected CRS Strata uses. */
    private static final double MAX_ABS_METRES = 1e8;

    private final GridCells cells = new GridCells();
    private final List<Object[]> large = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** Set once the stored volumes are all in; written under {@link #pending}'s lock. */
    private volatile boolean ready;
    /** What recordings added while the stored volumes were being loaded: added after them. */
    private final List<CadastreContents> pending = new ArrayList<>();

    @Override
    public boolean ready() {
        return ready;
    }

    /**
     * Marks the stored volumes as loaded: what recordings added meanwhile is added, and the index answers from now
     * on. The load must have read a snapshot fixed before any of those recordings (see {@link EmbeddedStore}).
     */
    void loaded() {
        synchronized (pending) {
            pending.forEach(this::addAll);
            pending.clear();
            ready = true;
        }
    }

    @Override
    public void added(CadastreContents contents) {
        if (!ready) {
            synchronized (pending) {
                if (!ready) {
                    pending.add(contents);
                    return;
                }
            }
        }
        addAll(contents);
    }

    private void addAll(CadastreContents contents) {
        contents.parcels()
                .forEach(p -> add(new RegisteredVolume(
                        p.unitCode(), RegisteredVolume.Kind.PARCEL, new Prism(p.footprint(), p.heights()), p.solid())));
        contents.units()
                .forEach(u -> add(new RegisteredVolume(
                        u.unitCode(), RegisteredVolume.Kind.UNIT, new Prism(u.footprint(), u.heights()), u.solid())));
    }

    void add(RegisteredVolume volume) {
        GridBox box = volume.prism().footprint().box();
        HeightRange h = volume.prism().heights();
        double[] ring =
                volume.solid().isPresent() ? null : volume.prism().footprint().simpleRing();
        double test = ring == null ? WHOLE_VOLUME : isBox(ring, box) ? BOX_EXACT : RING;
        double[] numbers = {
            box.minEasting(),
            box.minNorthing(),
            box.maxEasting(),
            box.maxNorthing(),
            h.bottomOrNull() == null ? Double.NEGATIVE_INFINITY : h.bottomOrNull(),
            h.topOrNull() == null ? Double.POSITIVE_INFINITY : h.topOrNull(),
            test
        };
        Object[] references = {volume, test == RING ? ring : null};
        long x0 = cell(box.minEasting());
        long x1 = cell(box.maxEasting());
        long y0 = cell(box.minNorthing());
        long y1 = cell(box.maxNorthing());
        if ((x1 - x0 + 1) * (y1 - y0 + 1) > LARGE_CELLS) {
            large.add(new Object[] {numbers, references});
            return;
        }
        for (long x = x0; x <= x1; x++) {
            for (long y = y0; y <= y1; y++) {
                cells.append(key(x, y), numbers, references);
            }
        }
    }

    @Override
    public List<RegisteredVolume> near(GridBox box, HeightRange heights) {
        double bottom = heights.bottomOrNull() == null ? Double.NEGATIVE_INFINITY : heights.bottomOrNull();
        double top = heights.topOrNull() == null ? Double.POSITIVE_INFINITY : heights.topOrNull();
        List<RegisteredVolume> out = new ArrayList<>();
        Set<RegisteredVolume> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        long x0 = cell(box.minEasting());
        long x1 = cell(box.maxEasting());
        long y0 = cell(box.minNorthing());
        long y1 = cell(box.maxNorthing());
        if ((x1 - x0 + 1) * (y1 - y0 + 1) > MAX_QUERY_CELLS) {
            throw new IllegalArgumentException("a neighbour query covers at most " + MAX_QUERY_CELLS + " cells of "
                    + CELL_METRES + " m; this box covers " + (x1 - x0 + 1) + " by " + (y1 - y0 + 1));
        }
        for (long x = x0; x <= x1; x++) {
            for (long y = y0; y <= y1; y++) {
                GridCells.Cell c = cells.get(key(x, y));
                if (c != null) {
                    collect(c.numbers(), c.references(), box, bottom, top, seen, out);
                }
            }
        }
        for (Object[] l : large) {
            collect((double[]) l[0], (Object[]) l[1], box, bottom, top, seen, out);
        }
        out.sort(BY_CODE);
        return out;
    }

    @Override
    public List<RegisteredVolume> at(double easting, double northing, double heightMetres) {
        GridCells.Cell c = cells.get(key(cell(easting), cell(northing)));
        List<RegisteredVolume> out = new ArrayList<>(2);
        if (c != null) {
            collectAt(c.numbers(), c.references(), easting, northing, heightMetres, out);
        }
        for (Object[] l : large) {
            collectAt((double[]) l[0], (Object[]) l[1], easting, northing, heightMetres, out);
        }
        if (out.size() > 1) {
            out.sort(BY_CODE);
        }
        return out;
    }

    private static void collectAt(
            double[] b, Object[] r, double easting, double northing, double heightMetres, List<RegisteredVolume> out) {
        for (int o = 0; o < b.length; o += STRIDE) {
            if (b[o] <= easting
                    && easting <= b[o + 2]
                    && b[o + 1] <= northing
                    && northing <= b[o + 3]
                    && b[o + 4] <= heightMetres
                    && heightMetres < b[o + 5]) {
                int e = o / STRIDE * 2;
                RegisteredVolume v = (RegisteredVolume) r[e];
                boolean inside = b[o + 6] == BOX_EXACT
                        || (b[o + 6] == RING
                                ? FlatRing.locate((double[]) r[e + 1], easting, northing) >= 0
                                : ContainmentOp.contains(v.volume(), easting, northing, heightMetres));
                if (inside) {
                    out.add(v);
                }
            }
        }
    }

    private static void collect(
            double[] b,
            Object[] r,
            GridBox q,
            double bottom,
            double top,
            Set<RegisteredVolume> seen,
            List<RegisteredVolume> out) {
        for (int o = 0; o < b.length; o += STRIDE) {
            if (b[o] <= q.maxEasting()
                    && q.minEasting() <= b[o + 2]
                    && b[o + 1] <= q.maxNorthing()
                    && q.minNorthing() <= b[o + 3]
                    && Math.max(b[o + 4], bottom) < Math.min(b[o + 5], top)) {
                RegisteredVolume v = (RegisteredVolume) r[o / STRIDE * 2];
                if (seen.add(v)) {
                    out.add(v);
                }
            }
        }
    }

    /**
     * Whether a closed ring of flat coordinates is its plan box: four corners joined by axis-parallel edges,
     * enclosing the box's area.
     */
    private static boolean isBox(double[] ring, GridBox box) {
        if (ring.length != 10) {
            return false;
        }
        for (int i = 0; i < 8; i += 2) {
            boolean corner = (ring[i] == box.minEasting() || ring[i] == box.maxEasting())
                    && (ring[i + 1] == box.minNorthing() || ring[i + 1] == box.maxNorthing());
            boolean axisParallel = ring[i] == ring[i + 2] || ring[i + 1] == ring[i + 3];
            if (!corner || !axisParallel) {
                return false;
            }
        }
        double twiceArea = 0;
        for (int i = 0; i < 8; i += 2) {
            double x1 = ring[i] - ring[0];
            double y1 = ring[i + 1] - ring[1];
            double x2 = ring[i + 2] - ring[0];
            double y2 = ring[i + 3] - ring[1];
            twiceArea += x1 * y2 - x2 * y1;
        }
        double boxArea = (box.maxEasting() - box.minEasting()) * (box.maxNorthing() - box.minNorthing());
        return boxArea > 0 && Math.abs(twiceArea) / 2 == boxArea;
    }

    /** The cell of a coordinate; refuses one that is not finite or lies beyond any projected grid. */
    private static long cell(double metres) {
        if (!(Math.abs(metres) <= MAX_ABS_METRES)) {
            throw new IllegalArgumentException("coordinate " + metres + " m lies outside the grid (at most "
                    + MAX_ABS_METRES + " m from its origin)");
        }
        return (long) Math.floor(metres / CELL_METRES);
    }

    private static long key(long x, long y) {
        return (x << 32) ^ (y & 0xffffffffL);
    }

    private static final Comparator<RegisteredVolume> BY_CODE =
            (a, b) -> a.unitCode().compareTo(b.unitCode());
}
