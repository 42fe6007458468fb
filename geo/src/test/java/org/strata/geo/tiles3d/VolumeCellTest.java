package org.strata.geo.tiles3d;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.strata.geo.crs.GridTransform;
import org.strata.geo.model.GridBox;
import org.strata.geo.model.LonLatBox;

/**
 * The volume quadtree: the level-0 cell holds Zhejiang, a footprint belongs to the deepest cell holding its box (a
 * box across a cell's edge goes up to the parent that holds it), children tile their parent, and cells outside a
 * level are refused.
 */
class VolumeCellTest {
    @Test
    void theTopCellHoldsZhejiangInTheZone() {
        GridTransform grid = GridTransform.epsg4549();
        LonLatBox area = grid.areaOfUse();
        GridBox top = VolumeCell.top().box();
        for (double lat = 27.0; lat <= 31.2; lat += 0.3) {
            double[] p = grid.toGrid(Math.max(area.minLongitude(), 118.5), lat);
            double[] q = grid.toGrid(Math.min(area.maxLongitude(), 121.5), lat);
            assertTrue(top.intersects(new GridBox(p[0], p[1], p[0], p[1])), "west edge at " + lat);
            assertTrue(top.intersects(new GridBox(q[0], q[1], q[0], q[1])), "east edge at " + lat);
        }
        assertEquals(256, VolumeCell.sideMetres(VolumeCell.LEAF_LEVEL));
    }

    @ParameterizedTest(name = "{4}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            500010 | 3350010 | 500030 | 3350030 | a room inside one 256 m cell is a leaf's
            500000 | 3350010 | 500030 | 3350030 | touching the cell's west edge still a leaf's
            499990 | 3350010 | 500030 | 3350030 | across a leaf edge: a parent's
            -24288 | 2621440 | 1024000 | 3670000 | almost the whole zone: the top's
            """)
    void aFootprintBelongsToTheDeepestCellHoldingIt(double w, double s, double e, double n, String why) {
        GridBox box = new GridBox(w, s, e, n);
        VolumeCell cell = VolumeCell.of(box).orElseThrow();
        assertTrue(cell.holds(box), why);
        for (VolumeCell child : cell.children()) {
            assertTrue(!child.holds(box), why + ": no child holds it");
        }
    }

    @Test
    void aFootprintOutsideTheTopCellHasNone() {
        assertTrue(VolumeCell.of(new GridBox(-30000, 3000000, -25000, 3000100)).isEmpty());
    }

    @Test
    void childrenTileTheirParentAndErrorsShrinkToZeroAtLeaves() {
        VolumeCell cell = new VolumeCell(5, 17, 9);
        List<VolumeCell> children = cell.children();
        assertEquals(4, children.size());
        double area = 0;
        for (VolumeCell child : children) {
            assertTrue(cell.holds(child.box()));
            area += (child.box().maxEasting() - child.box().minEasting())
                    * (child.box().maxNorthing() - child.box().minNorthing());
            assertTrue(child.geometricError() < cell.geometricError());
        }
        GridBox b = cell.box();
        assertEquals((b.maxEasting() - b.minEasting()) * (b.maxNorthing() - b.minNorthing()), area, 1e-3);
        VolumeCell leaf = new VolumeCell(VolumeCell.LEAF_LEVEL, 0, 0);
        assertTrue(leaf.children().isEmpty());
        assertEquals(0, leaf.geometricError());
        assertEquals("5/17/9", cell.toString());
    }

    @ParameterizedTest
    @CsvSource({"-1, 0, 0", "13, 0, 0", "2, 4, 0", "2, 0, -1"})
    void cellsOutsideTheirLevelAreRefused(int level, long x, long y) {
        assertThrows(IllegalArgumentException.class, () -> new VolumeCell(level, x, y));
    }
}
