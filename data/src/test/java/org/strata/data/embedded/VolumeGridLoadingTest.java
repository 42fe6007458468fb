package org.strata.data.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.strata.geo.model.Footprint;
import org.strata.geo.model.GridBox;
import org.strata.geo.model.HeightRange;
import org.strata.geo.model.Prism;
import org.strata.registry.cadastre.LandUse;
import org.strata.registry.cadastre.Parcel;
import org.strata.registry.cadastre.RegisteredVolume;
import org.strata.registry.port.CadastreContents;
import org.strata.registry.unit.UnitCode;

/**
 * The 3D index while it loads after a start: it does not answer (the store answers from its tables), and what
 * recordings add meanwhile is kept and added once the stored volumes are in.
 */
class VolumeGridLoadingTest {
    private static final GeometryFactory GF = new GeometryFactory();

    @Test
    void whatIsRecordedWhileLoadingIsAddedOnceLoaded() {
        VolumeGrid grid = new VolumeGrid();
        assertFalse(grid.ready(), "not ready before the stored volumes are in");
        grid.add(new RegisteredVolume(
                UnitCode.parse("330106003005GB00001W00000000"),
                RegisteredVolume.Kind.PARCEL,
                new Prism(box(500_000, 3_340_000, 500_020, 3_340_020), HeightRange.unbounded())));
        grid.added(underground("330106003005GX00002W00000000", 500_030));
        grid.loaded();
        assertTrue(grid.ready());
        assertEquals(1, grid.at(500_010, 3_340_010, 0).size(), "the stored volume");
        assertEquals(1, grid.at(500_040, 3_340_010, -10).size(), "the one recorded while loading");
        assertEquals(
                2,
                grid.near(new GridBox(499_990, 3_339_990, 500_060, 3_340_030), HeightRange.unbounded())
                        .size());
        grid.added(underground("330106003005GX00003W00000000", 500_060));
        assertEquals(1, grid.at(500_070, 3_340_010, -10).size(), "added at once after loading");
    }

    /** A recording's new underground right: a 20 m square from {@code west}, 20 to 5 m below the datum. */
    private static CadastreContents underground(String code, double west) {
        Parcel p = new Parcel(
                UnitCode.parse(code),
                box(west, 3_340_000, west + 20, 3_340_020),
                HeightRange.of(-20, -5),
                400,
                LandUse.TRANSPORT_STATION,
                "地下");
        return new CadastreContents(List.of(p), List.of(), List.of());
    }

    private static Footprint box(double minE, double minN, double maxE, double maxN) {
        return Footprint.ofEpsg4549((Polygon) GF.toGeometry(new Envelope(minE, maxE, minN, maxN)));
    }
}
