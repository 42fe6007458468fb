package org.strata.registry.port;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.strata.geo.model.GridBox;
import org.strata.geo.tiles3d.VolumeCell;
import org.strata.registry.cadastre.Building;
import org.strata.registry.cadastre.BuildingUnit;
import org.strata.registry.cadastre.Parcel;
import org.strata.registry.cadastre.RegisteredVolume;

/**
 * The tiles every {@link CadastreStore} adapter must serve alike: Mapbox Vector Tiles of a layer, and the volumes of
 * each cell of the volume quadtree (3D Tiles content), each volume in exactly one cell.
 */
public abstract class CadastreTilesContract {
    /** The store under test. */
    protected CadastreStore store;

    /** A store over empty storage of its own. */
    protected abstract CadastreStore openFresh();

    private final Parcel lShaped = CadastreSample.L_SHAPED;
    private final Parcel east = CadastreSample.EAST;
    private final Building tower = CadastreSample.TOWER;
    private final BuildingUnit low = CadastreSample.LOW;
    private final BuildingUnit high = CadastreSample.HIGH;

    @BeforeEach
    void openStore() {
        store = openFresh();
    }

    @AfterEach
    void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    private void addSample() {
        store.add(CadastreSample.contents());
    }

    @Test
    void everyVolumeIsInExactlyTheCellThatHoldsItsBox() {
        addSample();
        GridBox extent = store.extent(FeatureKind.RIGHT).orElseThrow();
        Map<String, VolumeCell> found = new HashMap<>();
        List<VolumeCell> visit = new ArrayList<>(List.of(VolumeCell.top()));
        int cells = 0;
        while (!visit.isEmpty()) {
            VolumeCell cell = visit.remove(visit.size() - 1);
            cells++;
            for (RegisteredVolume v : store.volumesInCell(cell)) {
                VolumeCell before = found.put(v.unitCode().toString(), cell);
                assertEquals(null, before, v.unitCode() + " is in one cell only");
            }
            cell.children().stream().filter(c -> c.box().intersects(extent)).forEach(visit::add);
        }
        assertTrue(cells > VolumeCell.LEAF_LEVEL, "the walk went down to the leaves: " + cells);
        Map<String, VolumeCell> expected = new HashMap<>();
        for (RegisteredVolume v : store.volumes(new AreaQuery(
                        java.util.Optional.empty(),
                        org.strata.geo.model.HeightRange.unbounded(),
                        0,
                        AreaQuery.MAX_LIMIT))
                .items()) {
            Envelope e = v.prism().footprint().polygon().getEnvelopeInternal();
            expected.put(
                    v.unitCode().toString(),
                    VolumeCell.of(new GridBox(e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY()))
                            .orElseThrow());
        }
        assertEquals(expected, found);
        assertEquals(
                VolumeCell.LEAF_LEVEL - 1,
                found.get(lShaped.unitCode().toString()).level(),
                "the L-shaped parcel crosses a leaf's edge: it is in the cell above");
        assertEquals(
                VolumeCell.LEAF_LEVEL, found.get(east.unitCode().toString()).level());
    }

    @Test
    void vectorTilesCarryTheFeaturesOfTheTileInBothTileMatrixSets() throws Exception {
        addSample();
        org.strata.geo.crs.GridTransform t = org.strata.geo.crs.GridTransform.epsg4549();
        double[] ll = t.toLonLat(CadastreFixtures.E0 + 100, CadastreFixtures.N0 + 50);
        for (org.strata.geo.tiles.TileMatrixSet tms : org.strata.geo.tiles.TileMatrixSet.values()) {
            int level = 13;
            long col;
            long row;
            if (tms.srid() == 3857) {
                long n = 1L << level;
                col = (long) ((ll[0] + 180) / 360 * n);
                double lat = Math.toRadians(ll[1]);
                row = (long) ((1 - Math.log(Math.tan(lat) + 1 / Math.cos(lat)) / Math.PI) / 2 * n);
            } else {
                double span = 180.0 / (1L << level);
                col = (long) ((ll[0] + 180) / span);
                row = (long) ((90 - ll[1]) / span);
            }
            org.locationtech.jts.geom.Envelope e = tms.bounds(level, row, col);
            org.strata.geo.model.GridBox area = t.toGrid(tms.lonLatBounds(level, row, col));
            byte[] tile = store.vectorTile(new VectorTileQuery(
                    FeatureKind.PARCEL,
                    "parcels",
                    tms.srid(),
                    e.getMinX(),
                    e.getMinY(),
                    e.getMaxX(),
                    e.getMaxY(),
                    area));
            java.util.Set<String> codes = new java.util.TreeSet<>();
            io.github.sebasbaumh.mapbox.vectortile.adapt.jts.model.JtsMvt mvt = decoded(tile);
            for (org.locationtech.jts.geom.Geometry g : mvt.getLayer("parcels").getGeometries()) {
                codes.add(String.valueOf(((java.util.Map<?, ?>) g.getUserData()).get("unitCode")));
                org.locationtech.jts.geom.Envelope px = g.getEnvelopeInternal();
                assertTrue(
                        px.getMinX() >= -VectorTileQuery.BUFFER
                                && px.getMaxX() <= VectorTileQuery.EXTENT + VectorTileQuery.BUFFER,
                        tms.id() + ": drawn in the tile's pixel grid: " + px);
            }
            assertEquals(
                    new java.util.TreeSet<>(List.of(
                            lShaped.unitCode().toString(), east.unitCode().toString())),
                    codes,
                    tms.id() + " " + level + "/" + row + "/" + col);
        }
        org.strata.geo.model.GridBox nowhere = new org.strata.geo.model.GridBox(400_000, 3_000_000, 400_100, 3_000_100);
        assertEquals(
                0,
                store.vectorTile(new VectorTileQuery(FeatureKind.PARCEL, "parcels", 3857, 0, 0, 1, 1, nowhere)).length,
                "a tile with no feature is empty");
    }

    @Test
    void anOverviewTileCountsTheFeaturesCoveringEachCellWithoutTheirCodes() throws Exception {
        addSample();
        org.strata.geo.crs.GridTransform t = org.strata.geo.crs.GridTransform.epsg4549();
        double[] ll = t.toLonLat(CadastreFixtures.E0 + 100, CadastreFixtures.N0 + 50);
        int level = 13;
        long n = 1L << level;
        long col = (long) ((ll[0] + 180) / 360 * n);
        double lat = Math.toRadians(ll[1]);
        long row = (long) ((1 - Math.log(Math.tan(lat) + 1 / Math.cos(lat)) / Math.PI) / 2 * n);
        org.strata.geo.tiles.TileMatrixSet tms =
                org.strata.geo.tiles.TileMatrixSet.byId("WebMercatorQuad").orElseThrow();
        Envelope e = tms.bounds(level, row, col);
        int cells = 64;
        byte[] tile = store.vectorTile(new VectorTileQuery(
                FeatureKind.PARCEL,
                "parcels",
                3857,
                e.getMinX(),
                e.getMinY(),
                e.getMaxX(),
                e.getMaxY(),
                t.toGrid(tms.lonLatBounds(level, row, col)),
                cells));
        Map<String, Integer> expected = new java.util.TreeMap<>();
        int size = VectorTileQuery.EXTENT / cells;
        for (Parcel p : List.of(lShaped, east)) {
            Envelope grid = p.footprint().polygon().getEnvelopeInternal();
            Envelope box = new Envelope();
            for (double[] corner : new double[][] {
                {grid.getMinX(), grid.getMinY()}, {grid.getMinX(), grid.getMaxY()},
                {grid.getMaxX(), grid.getMinY()}, {grid.getMaxX(), grid.getMaxY()}
            }) {
                double[] c = t.toLonLat(corner[0], corner[1]);
                box.expandToInclude(
                        Math.toRadians(c[0]) * 6378137.0,
                        Math.log(Math.tan(Math.PI / 4 + Math.toRadians(c[1]) / 2)) * 6378137.0);
            }
            long west = (long) Math.floor((box.getMinX() - e.getMinX()) / e.getWidth() * cells);
            long east = (long) Math.floor((box.getMaxX() - e.getMinX()) / e.getWidth() * cells);
            long top = (long) Math.floor((e.getMaxY() - box.getMaxY()) / e.getHeight() * cells);
            long bottom = (long) Math.floor((e.getMaxY() - box.getMinY()) / e.getHeight() * cells);
            for (long y = top; y <= bottom; y++) {
                for (long x = west; x <= east; x++) {
                    expected.merge(x * size + "," + y * size, 1, Integer::sum);
                }
            }
        }
        Map<String, Integer> found = new java.util.TreeMap<>();
        io.github.sebasbaumh.mapbox.vectortile.adapt.jts.model.JtsMvt mvt = decoded(tile);
        for (org.locationtech.jts.geom.Geometry g : mvt.getLayer("parcels").getGeometries()) {
            Map<?, ?> properties = (Map<?, ?>) g.getUserData();
            assertEquals(java.util.Set.of("features"), properties.keySet(), "a cell carries its count only");
            Envelope px = g.getEnvelopeInternal();
            assertEquals(VectorTileQuery.EXTENT / cells, px.getWidth(), "a square of the grid: " + px);
            assertEquals(VectorTileQuery.EXTENT / cells, px.getHeight(), "a square of the grid: " + px);
            found.put(
                    (long) px.getMinX() + "," + (long) px.getMinY(), ((Number) properties.get("features")).intValue());
        }
        assertEquals(expected, found, "each parcel is counted in every cell its box covers");
        assertTrue(expected.size() > 1, "the sample's parcels cover several cells: " + expected);
    }

    private static io.github.sebasbaumh.mapbox.vectortile.adapt.jts.model.JtsMvt decoded(byte[] tile)
            throws java.io.IOException {
        return io.github.sebasbaumh.mapbox.vectortile.adapt.jts.MvtReader.loadMvt(
                new java.io.ByteArrayInputStream(tile),
                new org.locationtech.jts.geom.GeometryFactory(),
                new io.github.sebasbaumh.mapbox.vectortile.adapt.jts.TagKeyValueMapConverter());
    }
}
