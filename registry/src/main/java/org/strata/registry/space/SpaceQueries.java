package org.strata.registry.space;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.strata.geo.model.GridBox;
import org.strata.geo.model.HeightRange;
import org.strata.registry.cadastre.RegisteredVolume;
import org.strata.registry.port.CadastreStore;

/**
 * 3D questions about a spot: which registered volumes contain a point, and what lies above and below it,
 * ordered by height, with the gaps between. The store's index finds the candidates; the exact tests run here.
 */
public final class SpaceQueries {
    private final CadastreStore cadastre;

    /** Queries over the cadastre. */
    public SpaceQueries(CadastreStore cadastre) {
        this.cadastre = cadastre;
    }

    /**
     * The volumes containing a point ({@code [bottom, top)} vertically, boundary included in plan), lowest
     * first.
     *
     * @param easting EPSG:4549 easting, metres
     * @param northing EPSG:4549 northing, metres
     * @param heightMetres height in metres of the 1985 datum
     */
    public List<RegisteredVolume> at(double easting, double northing, double heightMetres) {
        List<RegisteredVolume> found = new ArrayList<>(cadastre.volumesAt(easting, northing, heightMetres));
        found.sort(BY_HEIGHT);
        return found;
    }

    /** Everything above and below a spot, lowest first, and the height gaps between them. */
    public Column column(double easting, double northing) {
        GridBox spot = new GridBox(easting, northing, easting, northing);
        List<RegisteredVolume> volumes = cadastre.volumesNear(spot, HeightRange.unbounded()).stream()
                .filter(v -> v.prism().footprint().covers(easting, northing))
                .sorted(BY_HEIGHT)
                .toList();
        return new Column(volumes, gaps(volumes));
    }

    private static List<HeightRange> gaps(List<RegisteredVolume> volumes) {
        List<HeightRange> gaps = new ArrayList<>();
        double reached = Double.NaN;
        for (RegisteredVolume v : volumes) {
            HeightRange h = v.prism().heights();
            double bottom = h.bottomOrNull() == null ? Double.NEGATIVE_INFINITY : h.bottomOrNull();
            double top = h.topOrNull() == null ? Double.POSITIVE_INFINITY : h.topOrNull();
            if (!Double.isNaN(reached) && bottom > reached) {
                gaps.add(HeightRange.of(reached, bottom));
            }
            reached = Double.isNaN(reached) ? top : Math.max(reached, top);
        }
        return gaps;
    }

    private static final Comparator<RegisteredVolume> BY_HEIGHT = Comparator.comparingDouble(
                    (RegisteredVolume v) -> v.prism().heights().bottomOrNull() == null
                            ? Double.NEGATIVE_INFINITY
                            : v.prism().heights().bottomOrNull())
            .thenComparing(v -> v.unitCode().toString());

    /**
     * What lies over a spot.
     *
     * @param volumes the volumes whose footprint covers the spot, lowest first
     * @param gaps the height ranges between them that no volume covers
     */
    public record Column(List<RegisteredVolume> volumes, List<HeightRange> gaps) {
        /** Copies the lists. */
        public Column {
            volumes = List.copyOf(volumes);
            gaps = List.copyOf(gaps);
        }
    }
}
