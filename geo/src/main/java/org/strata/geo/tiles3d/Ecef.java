package org.strata.geo.tiles3d;

/**
 * Earth-centred, Earth-fixed coordinates on the CGCS2000 ellipsoid (which 3D Tiles and CesiumJS take as WGS 84: the
 * two differ by 0.1 mm in the semi-minor axis): x towards 0°E on the equator, z towards the north pole, metres.
 */
public final class Ecef {
    /** The semi-major axis, metres. */
    public static final double A = 6_378_137.0;
    /** The flattening of CGCS2000. */
    public static final double F = 1 / 298.257222101;

    private static final double E2 = F * (2 - F);

    private Ecef() {}

    /** The point at a longitude and latitude in degrees and a height above the ellipsoid in metres: {x, y, z}. */
    public static double[] of(double longitude, double latitude, double height) {
        double lon = Math.toRadians(longitude);
        double lat = Math.toRadians(latitude);
        double sinLat = Math.sin(lat);
        double cosLat = Math.cos(lat);
        double n = A / Math.sqrt(1 - E2 * sinLat * sinLat);
        return new double[] {
            (n + height) * cosLat * Math.cos(lon),
            (n + height) * cosLat * Math.sin(lon),
            (n * (1 - E2) + height) * sinLat
        };
    }

    /**
     * The east, north and up unit vectors at a longitude and latitude in degrees, as the rows of a 3×3 matrix:
     * {ex, ey, ez, nx, ny, nz, ux, uy, uz}.
     */
    public static double[] eastNorthUp(double longitude, double latitude) {
        double lon = Math.toRadians(longitude);
        double lat = Math.toRadians(latitude);
        double sinLon = Math.sin(lon);
        double cosLon = Math.cos(lon);
        double sinLat = Math.sin(lat);
        double cosLat = Math.cos(lat);
        return new double[] {
            -sinLon, cosLon, 0, -sinLat * cosLon, -sinLat * sinLon, cosLat, cosLat * cosLon, cosLat * sinLon, sinLat
        };
    }

    /**
     * The 4×4 column-major matrix from the east-north-up frame at a longitude and latitude (degrees, height 0) to
     * Earth-centred coordinates.
     */
    public static double[] frame(double longitude, double latitude) {
        double[] o = of(longitude, latitude, 0);
        double[] a = eastNorthUp(longitude, latitude);
        return new double[] {a[0], a[1], a[2], 0, a[3], a[4], a[5], 0, a[6], a[7], a[8], 0, o[0], o[1], o[2], 1};
    }

    /** The product {@code inverse(parent) × child} of two such frames: the child's frame within the parent's. */
    public static double[] relative(double[] parent, double[] child) {
        double[] m = new double[16];
        for (int column = 0; column < 4; column++) {
            for (int row = 0; row < 3; row++) {
                // the inverse of a rigid frame [R | o] is [Rᵀ | −Rᵀ o]
                double sum = 0;
                for (int k = 0; k < 3; k++) {
                    double childValue = column < 3 ? child[column * 4 + k] : child[12 + k] - parent[12 + k];
                    sum += parent[row * 4 + k] * childValue;
                }
                m[column * 4 + row] = sum;
            }
        }
        m[15] = 1;
        return m;
    }
}
