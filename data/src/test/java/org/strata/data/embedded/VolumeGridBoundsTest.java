package org.strata.data.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.strata.geo.model.Footprint;
import org.strata.geo.model.GridBox;
import org.strata.geo.model.HeightRange;
import org.strata.geo.model.Prism;
import org.strata.registry.cadastre.RegisteredVolume;
import org.strata.registry.unit.UnitCode;

/**
 * Finding 13.3: the grid's loops are bounded by construction. A coordinate far outside any grid (which once made
 * the cell index overflow and a query loop forever) is refused at once, a query box over a million cells is
 * refused, and a large volume is kept once and still found.
 */
class VolumeGridBoundsTest {
    private static final GeometryFactory GF = new GeometryFactory();

    @Test
    void coordinatesBeyondAnyGridAreRefusedAtOnce() {
        VolumeGrid grid = new VolumeGrid();
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            assertThrows(
                    IllegalArgumentException.class,
                    () -> grid.near(new GridBox(1e21, 3_348_654, 1e21, 3_348_654), HeightRange.unbounded()));
            assertThrows(IllegalArgumentException.class, () -> grid.at(-1e300, 3_348_654, 0));
        });
    }

    @Test
    void aQueryOverAMillionCellsIsRefused() {
        VolumeGrid grid = new VolumeGrid();
        assertThrows(
                IllegalArgumentException.class,
                () -> grid.near(new GridBox(400_000, 3_000_000, 450_000, 3_050_000), HeightRange.unbounded()));
    }

    @Test
    void aLargeVolumeIsKeptOnceAndFound() {
        VolumeGrid grid = new VolumeGrid();
        UnitCode code = UnitCode.parse("330106003005GB00901W00000000");
        grid.add(new RegisteredVolume(
                code,
                RegisteredVolume.Kind.PARCEL,
                new Prism(box(500_000, 3_340_000, 515_000, 3_355_000), HeightRange.unbounded())));
        assertEquals(
                1,
                grid.near(new GridBox(507_000, 3_347_000, 507_010, 3_347_010), HeightRange.unbounded())
                        .size());
        assertEquals(1, grid.at(514_999, 3_354_999, 10).size());
        assertEquals(0, grid.at(515_100, 3_354_999, 10).size());
    }

    private static Footprint box(double minE, double minN, double maxE, double maxN) {
        return Footprint.ofEpsg4549((Polygon) GF.toGeometry(new Envelope(minE, maxE, minN, maxN)));
    }
}
