package org.strata.data.embedded;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.strata.data.jdbc.NeighbourIndex;
import org.strata.geo.model.GridBox;
import org.strata.geo.model.HeightRange;
import org.strata.geo.model.Prism;
import org.strata.registry.cadastre.RegisteredVolume;
import org.strata.registry.port.CadastreContents;

/**
 * The embedded store's in-memory index of registered volumes: a uniform grid of 50 m cells in EPSG:4549, each
 * listing the volumes whose plan box meets it. A query looks only at the cells its box covers, so its cost
 * depends on the neighbours, not on the size of the register (about half a kilobyte of memory per volume).
 */
final class VolumeGrid implements NeighbourIndex {
    private static final double CELL_METRES = 50;

    private final Map<Long, List<RegisteredVolume>> cells = new ConcurrentHashMap<>();

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
                cells.computeIfAbsent(key(x, y), k -> new CopyOnWriteArrayList<>())
                        .add(volume);
            }
        }
    }

    @Override
    public List<RegisteredVolume> near(GridBox box, HeightRange heights) {
        List<RegisteredVolume> out = new ArrayList<>();
        Set<RegisteredVolume> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (long x = cell(box.minEasting()); x <= cell(box.maxEasting()); x++) {
            for (long y = cell(box.minNorthing()); y <= cell(box.maxNorthing()); y++) {
                List<RegisteredVolume> list = cells.get(key(x, y));
                if (list == null) {
                    continue;
                }
                for (RegisteredVolume v : list) {
                    if (v.prism().footprint().box().intersects(box)
                            && v.prism().heights().interiorsOverlap(heights)
                            && seen.add(v)) {
                        out.add(v);
                    }
                }
            }
        }
        out.sort((a, b) -> a.unitCode().compareTo(b.unitCode()));
        return out;
    }

    private static long cell(double metres) {
        return (long) Math.floor(metres / CELL_METRES);
    }

    private static long key(long x, long y) {
        return (x << 32) ^ (y & 0xffffffffL);
    }
}
