package org.strata.web.tiles3d;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.strata.geo.crs.GridTransform;
import org.strata.geo.crs.HeightConversion;
import org.strata.geo.model.GridBox;
import org.strata.geo.model.HeightRange;
import org.strata.geo.tiles3d.PropertyTable;
import org.strata.geo.tiles3d.VolumeCell;
import org.strata.geo.tiles3d.VolumeMesh;
import org.strata.registry.cadastre.RegisteredVolume;
import org.strata.registry.cases.RegisterStore;
import org.strata.registry.port.CadastreStore;
import org.strata.registry.register.Availability;
import org.strata.registry.register.RegisterEvent;
import org.strata.registry.unit.UnitCode;

/**
 * The content of one 3D tile: the volumes of its cell as a glTF mesh in the cell's frame, with a property table of
 * what the public map shows — unit code, kind, layer, bounds in metres of the 1985 datum and the registration's legal
 * validity (seconds since 1970; none when never registered or still valid). No names, shares or amounts.
 */
public final class TileContents {
    /** The string columns of a tile's property table. */
    static final List<String> STRINGS = List.of("unitCode", "kind", "layer");
    /** The number columns of a tile's property table. */
    static final List<String> NUMBERS = List.of("lower", "upper", "validFrom", "validTo");

    private static final double OPEN_VOLUME_SLAB_METRES = 0.5;

    private final CadastreStore cadastre;
    private final RegisterStore register;
    private final GridTransform transform;
    private final HeightConversion heights;
    private final double groundMetres;

    /** Contents read from the stores. */
    public TileContents(
            CadastreStore cadastre,
            RegisterStore register,
            GridTransform transform,
            HeightConversion heights,
            double groundMetres) {
        this.cadastre = cadastre;
        this.register = register;
        this.transform = transform;
        this.heights = heights;
        this.groundMetres = groundMetres;
    }

    /** The cell's content as binary glTF. */
    public byte[] glb(VolumeCell cell) {
        List<RegisteredVolume> volumes = cadastre.volumesInCell(cell);
        Map<UnitCode, List<RegisterEvent>> events = volumes.isEmpty()
                ? Map.of()
                : register.eventsOfUnits(
                        volumes.stream().map(RegisteredVolume::unitCode).toList());
        double[] centre = centre(cell);
        VolumeMesh mesh = new VolumeMesh(transform::toLonLat, centre[0], centre[1]);
        PropertyTable table = new PropertyTable(STRINGS, NUMBERS);
        for (RegisteredVolume v : volumes) {
            int feature = table.add(strings(v), numbers(v, events.getOrDefault(v.unitCode(), List.of())));
            HeightRange h = v.prism().heights();
            double bottom = h.isBounded() ? h.bottomOrNull() : groundMetres;
            double top = h.isBounded() ? h.topOrNull() : groundMetres + OPEN_VOLUME_SLAB_METRES;
            mesh.addPrism(
                    feature,
                    v.prism().footprint().polygon(),
                    heights.toEllipsoidal(bottom),
                    heights.toEllipsoidal(top),
                    colour(v));
        }
        return GlbContent.write(mesh, table);
    }

    /** The longitude and latitude of a cell's centre: the origin of its content's frame. */
    double[] centre(VolumeCell cell) {
        GridBox b = cell.box();
        return transform.toLonLat((b.minEasting() + b.maxEasting()) / 2, (b.minNorthing() + b.maxNorthing()) / 2);
    }

    private static Map<String, String> strings(RegisteredVolume v) {
        return Map.of(
                "unitCode", v.unitCode().toString(),
                "kind", v.kind() == RegisteredVolume.Kind.PARCEL ? "land-unit" : "building-unit",
                "layer", v.unitCode().layer().wireName());
    }

    private static Map<String, Double> numbers(RegisteredVolume v, List<RegisterEvent> events) {
        Map<String, Double> numbers = new HashMap<>();
        HeightRange h = v.prism().heights();
        numbers.put("lower", h.bottomOrNull());
        numbers.put("upper", h.topOrNull());
        Availability.of(events).ifPresent(a -> {
            numbers.put("validFrom", (double) a.start().getEpochSecond());
            a.end().ifPresent(end -> numbers.put("validTo", (double) end.getEpochSecond()));
        });
        return numbers;
    }

    /** The colours of the CZML and the map: units blue, underground purple, above-ground orange, surface green. */
    private static int[] colour(RegisteredVolume v) {
        if (v.kind() == RegisteredVolume.Kind.UNIT) {
            return new int[] {120, 170, 230, 215};
        }
        return switch (v.unitCode().layer()) {
            case UNDERGROUND -> new int[] {150, 90, 200, 190};
            case ABOVE_GROUND -> new int[] {240, 150, 40, 215};
            default -> new int[] {90, 180, 90, 110};
        };
    }
}
