package org.strata.geo.tiles3d;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.WKTReader;
import org.strata.geo.crs.GridTransform;

/**
 * Prism meshes as a 3D Tiles client draws them (prisms.csv): closed solids whose signed volume is the footprint's
 * area times the height — so every triangle winds counter-clockwise seen from outside, as glTF wants — with each
 * vertex's normal that of its face and pointing away from the solid, written y-up.
 */
class VolumeMeshTest {
    private static final GridTransform GRID = GridTransform.epsg4549();

    @ParameterizedTest(name = "{3}")
    @CsvFileSource(resources = "prisms.csv", delimiter = '|')
    void aPrismIsAClosedOutwardFacingSolidOfItsVolume(String wkt, double bottom, double top, String why)
            throws Exception {
        Polygon footprint = (Polygon) new WKTReader().read(wkt);
        double[] centre = GRID.toLonLat(
                footprint.getCentroid().getX(), footprint.getCentroid().getY());
        VolumeMesh mesh = new VolumeMesh(GRID::toLonLat, centre[0], centre[1]);
        mesh.addPrism(7, footprint, bottom, top, new int[] {1, 2, 3, 4});
        float[] p = mesh.positions();
        float[] n = mesh.normals();
        int[] triangles = mesh.indices();

        double volume = 0;
        for (int t = 0; t < triangles.length; t += 3) {
            double[] a = point(p, triangles[t]);
            double[] b = point(p, triangles[t + 1]);
            double[] c = point(p, triangles[t + 2]);
            volume += dot(a, cross(b, c)) / 6;
            double[] face = cross(minus(b, a), minus(c, a));
            double[] normal = point(n, triangles[t]);
            assertEquals(1, Math.sqrt(dot(normal, normal)), 1e-5, "unit normals");
            assertTrue(dot(face, normal) > 0, "the normal is the face's, on its counter-clockwise side");
        }
        // the grid's scale factor near the central meridian is 1 to within 1e-4
        double expected = footprint.getArea() * (top - bottom);
        assertEquals(expected, volume, expected * 1e-3, why + ": the mesh is closed and faces outwards");

        double highest = -Double.MAX_VALUE;
        double lowest = Double.MAX_VALUE;
        for (int v = 0; v < mesh.vertexCount(); v++) {
            highest = Math.max(highest, p[3 * v + 1]);
            lowest = Math.min(lowest, p[3 * v + 1]);
            assertEquals(7f, mesh.featureIds()[v], "every vertex carries its feature");
            assertEquals(4, mesh.colours()[4 * v + 3], "and its colour");
        }
        assertEquals(top, highest, 0.05, "y is up");
        assertEquals(bottom, lowest, 0.05);
    }

    private static double[] point(float[] values, int index) {
        return new double[] {values[3 * index], values[3 * index + 1], values[3 * index + 2]};
    }

    private static double[] minus(double[] a, double[] b) {
        return new double[] {a[0] - b[0], a[1] - b[1], a[2] - b[2]};
    }

    private static double[] cross(double[] a, double[] b) {
        return new double[] {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
    }

    private static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }
}
