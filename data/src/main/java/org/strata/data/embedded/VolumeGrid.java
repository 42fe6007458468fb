package org.strata.data.embedded;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
 * holding the boxes (plan and heights, as plain arrays scanned without touching the volumes) of the volumes that
 * meet it. A query looks only at the cells its box covers, so its cost depends on the neighbours, not on the
 * size of the register (roughly half a kilobyte of memory per volume).
 */
final class VolumeGrid implements NeighbourIndex {
    private static final double CELL_METRES = 25;

    private final Map<Long, Cell> cells = new ConcurrentHashMap<>();

    @Override
    public void added(CadastreContents contents) {
        contents.parcels()
                .forEach(p -> add(new RegisteredVolume(
                        p.unitCode(), RegisteredVolume.Kind.PARCEL, new Prism(p.footprint(), p.heights()), p.solid())));
        contents.units()
                .forEach(u -> add(new RegisteredVolume(
                        u.unitCode(), RegisteredVolume.Kind.UNIT, new Prism(u.footprint(), u.heights()), u.solid())));
    }

    void add(RegisteredVolume volume) {
        GridBox box = volume.prism().footprint().box();
        for (long x = cell(box.minEasting()); x <= cell(box.maxEasting()); x++) {
            for (long y = cell(box.minNorthing()); y <= cell(box.maxNorthing()); y++) {
                cells.computeIfAbsent(key(x, y), k -> new Cell()).add(volume, box);
            }
        }
    }

    @Override
    public List<RegisteredVolume> near(GridBox box, HeightRange heights) {
        double bottom = heights.bottomOrNull() == null ? Double.NEGATIVE_INFINITY : heights.bottomOrNull();
        double top = heights.topOrNull() == null ? Double.POSITIVE_INFINITY : heights.topOrNull();
        List<RegisteredVolume> out = new ArrayList<>();
        Set<RegisteredVolume> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (long x = cell(box.minEasting()); x <= cell(box.maxEasting()); x++) {
            for (long y = cell(box.minNorthing()); y <= cell(box.maxNorthing()); y++) {
                Cell c = cells.get(key(x, y));
                if (c != null) {
                    c.collect(box, bottom, top, seen, out);
                }
            }
        }
        out.sort((a, b) -> a.unitCode().compareTo(b.unitCode()));
        return out;
    }

    @Override
    public List<RegisteredVolume> at(double easting, double northing, double heightMetres) {
        Cell c = cells.get(key(cell(easting), cell(northing)));
        if (c == null) {
            return List.of();
        }
        List<RegisteredVolume> out = c.at(easting, northing, heightMetres);
        out.sort((a, b) -> a.unitCode().compareTo(b.unitCode()));
        return out;
    }

    private static long cell(double metres) {
        return (long) Math.floor(metres / CELL_METRES);
    }

    private static long key(long x, long y) {
        return (x << 32) ^ (y & 0xffffffffL);
    }

    /**
     * One cell: six numbers a volume (plan box and open height interval), the outer ring of each simple prism
     * footprint as flat coordinates, and the volumes, in step — so that a point test reads a few arrays only.
     */
    private static final class Cell {
        private volatile double[] boxes = new double[0];
        private volatile double[][] rings = new double[0][];
        private volatile RegisteredVolume[] volumes = new RegisteredVolume[0];

        synchronized void add(RegisteredVolume volume, GridBox box) {
            int n = volumes.length;
            double[][] r = Arrays.copyOf(rings, n + 1);
            r[n] = volume.solid().isPresent()
                    ? null
                    : volume.prism().footprint().simpleRing();
            rings = r;
            double[] b = Arrays.copyOf(boxes, (n + 1) * 6);
            HeightRange h = volume.prism().heights();
            b[n * 6] = box.minEasting();
            b[n * 6 + 1] = box.minNorthing();
            b[n * 6 + 2] = box.maxEasting();
            b[n * 6 + 3] = box.maxNorthing();
            b[n * 6 + 4] = h.bottomOrNull() == null ? Double.NEGATIVE_INFINITY : h.bottomOrNull();
            b[n * 6 + 5] = h.topOrNull() == null ? Double.POSITIVE_INFINITY : h.topOrNull();
            RegisteredVolume[] v = Arrays.copyOf(volumes, n + 1);
            v[n] = volume;
            boxes = b;
            volumes = v;
        }

        List<RegisteredVolume> at(double e, double n, double z) {
            RegisteredVolume[] v = volumes;
            double[] b = boxes;
            double[][] r = rings;
            List<RegisteredVolume> out = new ArrayList<>(4);
            for (int i = 0; i < v.length; i++) {
                int o = i * 6;
                if (b[o] <= e && e <= b[o + 2] && b[o + 1] <= n && n <= b[o + 3] && b[o + 4] <= z && z < b[o + 5]) {
                    boolean inside = r[i] != null
                            ? FlatRing.locate(r[i], e, n) >= 0
                            : ContainmentOp.contains(v[i].volume(), e, n, z);
                    if (inside) {
                        out.add(v[i]);
                    }
                }
            }
            return out;
        }

        void collect(GridBox q, double bottom, double top, Set<RegisteredVolume> seen, List<RegisteredVolume> out) {
            RegisteredVolume[] v = volumes;
            double[] b = boxes;
            for (int i = 0; i < v.length; i++) {
                int o = i * 6;
                if (b[o] <= q.maxEasting()
                        && q.minEasting() <= b[o + 2]
                        && b[o + 1] <= q.maxNorthing()
                        && q.minNorthing() <= b[o + 3]
                        && Math.max(b[o + 4], bottom) < Math.min(b[o + 5], top)
                        && seen.add(v[i])) {
                    out.add(v[i]);
                }
            }
        }
    }
}
