package org.strata.data.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The data parts of the demo project's sample packages, placed at the site's origin (EPSG:4549 metres). */
final class SampleParts {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final double e0;
    private final double n0;
    private final SampleOptions options;

    SampleParts(double[] origin, SampleOptions options) {
        this.e0 = origin[0];
        this.n0 = origin[1];
        this.options = options;
    }

    byte[] parcels() {
        ObjectNode p = feature(
                DemoProject.PARCEL_CODE, rectangle(0, 0, SampleGeometry.PARCEL_WIDTH, SampleGeometry.PARCEL_DEPTH));
        ObjectNode props = (ObjectNode) p.get("properties");
        props.put("code", DemoProject.PARCEL_CODE);
        props.put("statedArea", SampleGeometry.PARCEL_WIDTH * SampleGeometry.PARCEL_DEPTH);
        props.put("landUse", "0701");
        props.put("bottom", SampleGeometry.PARCEL_BOTTOM);
        props.put("top", SampleGeometry.PARCEL_TOP);
        props.put("location", "杭州市西湖区之江路17号 (demo)");
        return collection(p);
    }

    byte[] boundaryPoints() {
        StringBuilder csv = new StringBuilder("parcel,point,easting,northing,class\n");
        double[][] corners = {
            {0, 0},
            {SampleGeometry.PARCEL_WIDTH, 0},
            {SampleGeometry.PARCEL_WIDTH, SampleGeometry.PARCEL_DEPTH},
            {0, SampleGeometry.PARCEL_DEPTH}
        };
        for (int i = 0; i < corners.length; i++) {
            csv.append(DemoProject.PARCEL_CODE)
                    .append(",J")
                    .append(i + 1)
                    .append(',')
                    .append(e0 + corners[i][0])
                    .append(',')
                    .append(n0 + corners[i][1])
                    .append(",1\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    byte[] buildings(double areaFactor) {
        double[] b = SampleGeometry.BUILDING;
        ObjectNode f = feature(DemoProject.BUILDING_CODE, rectangle(b[0], b[1], b[2], b[3]));
        ObjectNode props = (ObjectNode) f.get("properties");
        props.put("code", DemoProject.BUILDING_CODE);
        props.put("bottom", SampleGeometry.BASEMENT_BOTTOM);
        props.put("top", SampleGeometry.buildingTop());
        props.put("zeroLevel", SampleGeometry.GROUND);
        props.put("floorsAbove", SampleGeometry.FLOORS);
        props.put("floorsBelow", 1);
        props.put("gfaAbove", gfaAbove(areaFactor));
        props.put("gfaBelow", gfaBelow());
        return collection(f);
    }

    double gfaAbove(double areaFactor) {
        return SampleGeometry.round(units(areaFactor, false).stream()
                .filter(u -> u.floor() > 0)
                .mapToDouble(SampleGeometry.Unit::buildingArea)
                .sum());
    }

    double gfaBelow() {
        return units(1, false).stream()
                .filter(u -> u.floor() < 0)
                .mapToDouble(SampleGeometry.Unit::buildingArea)
                .sum();
    }

    int unitCount() {
        return units(1, false).size();
    }

    byte[] unitAreas(double areaFactor, boolean overlap) {
        StringBuilder csv = new StringBuilder("unit,building,floor,room,use,buildingArea,innerArea,sharedArea\n");
        for (SampleGeometry.Unit u : units(areaFactor, overlap)) {
            csv.append(u.code())
                    .append(',')
                    .append(DemoProject.BUILDING_CODE)
                    .append(',')
                    .append(u.floor())
                    .append(',')
                    .append(u.room())
                    .append(',')
                    .append(u.use())
                    .append(',')
                    .append(u.buildingArea())
                    .append(',')
                    .append(u.innerArea())
                    .append(',')
                    .append(u.sharedArea())
                    .append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    byte[] cityJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("type", "CityJSON");
        root.put("version", "2.0");
        ObjectNode transform = root.putObject("transform");
        transform.putArray("scale").add(0.001).add(0.001).add(0.001);
        transform.putArray("translate").add(e0).add(n0).add(0.0);
        root.putObject("metadata").put("referenceSystem", "https://www.opengis.net/def/crs/EPSG/0/4549");
        ObjectNode objects = root.putObject("CityObjects");
        ArrayNode vertices = JSON.createArrayNode();
        ObjectNode building = objects.putObject(DemoProject.BUILDING_CODE);
        building.put("type", "Building");
        building.putObject("attributes").put("unitCode", DemoProject.BUILDING_CODE);
        ArrayNode storeys = building.putArray("children");
        Map<Integer, ArrayNode> storeyChildren = new TreeMap<>();
        for (SampleGeometry.Unit u : units(options.asBuiltAreaFactor(), options.overlappingUnits())) {
            String storeyId = DemoProject.BUILDING_CODE + "-F" + u.floor();
            ArrayNode children = storeyChildren.computeIfAbsent(u.floor(), n -> {
                storeys.add(storeyId);
                ObjectNode storey = objects.putObject(storeyId);
                storey.put("type", "BuildingStorey");
                storey.putArray("parents").add(DemoProject.BUILDING_CODE);
                storey.putObject("attributes").put("floor", n);
                return storey.putArray("children");
            });
            children.add(u.code());
            ObjectNode unit = objects.putObject(u.code());
            unit.put("type", "BuildingUnit");
            unit.putArray("parents").add(storeyId);
            unit.putObject("attributes")
                    .put("unitCode", u.code())
                    .put("floor", u.floor())
                    .put("room", u.room());
            ObjectNode geometry = unit.putArray("geometry").addObject();
            geometry.put("type", "Solid");
            geometry.put("lod", "2");
            geometry.set("boundaries", box(u.box(), vertices));
        }
        root.set("vertices", vertices);
        return SamplePackages.bytes(root);
    }

    byte[] civilDefence() {
        return ("space,area\n" + DemoProject.BUILDING_CODE + "-B1," + civilDefenceArea() + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    double civilDefenceArea() {
        return gfaBelow();
    }

    byte[] settingOut() {
        double[] b = SampleGeometry.BUILDING;
        double[][] corners = {{b[0], b[1]}, {b[2], b[1]}, {b[2], b[3]}, {b[0], b[3]}};
        StringBuilder csv = new StringBuilder("point,designedEasting,designedNorthing,stakedEasting,stakedNorthing\n");
        for (int i = 0; i < corners.length; i++) {
            double de = e0 + corners[i][0];
            double dn = n0 + corners[i][1];
            csv.append("Z")
                    .append(i + 1)
                    .append(',')
                    .append(de)
                    .append(',')
                    .append(dn)
                    .append(',')
                    .append(de + 0.012)
                    .append(',')
                    .append(dn - 0.008)
                    .append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    byte[] zeroLevel() {
        return ("building,designed,measured\n" + DemoProject.BUILDING_CODE + "," + SampleGeometry.GROUND + ","
                        + (SampleGeometry.GROUND + 0.006) + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    byte[] parking() {
        return ("space,kind,count\n" + DemoProject.BUILDING_CODE + "-B1,underground,20\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    byte[] greenSpace() {
        ObjectNode f = feature("G1", rectangle(5, 60, 15, 90));
        ((ObjectNode) f.get("properties")).put("area", 300.0);
        return collection(f);
    }

    byte[] fireLane() {
        ObjectNode f = feature("FL1", rectangle(55, 10, 61, 90));
        ((ObjectNode) f.get("properties")).put("kind", "fire lane");
        return collection(f);
    }

    byte[] pipelines() {
        return ("point,kind,depth,checkDepth\nP1,water,1.20,1.26\nP2,sewer,2.40,2.31\nP3,power,0.80,0.86\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The firm's own check points, each within its tolerance. */
    static byte[] checkPoints() {
        return "point,planeError,heightError\nK1,0.021,0.012\nK2,-0.034,0.018\nK3,0.015,-0.009\n"
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A minimal valid PDF standing for the signed survey report. */
    static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>"
                        + "endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n"
                        + "%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    private List<SampleGeometry.Unit> units(double factor, boolean overlap) {
        return SampleGeometry.units(DemoProject.BUILDING_CODE, factor, overlap);
    }

    private ArrayNode box(double[] b, ArrayNode vertices) {
        int base = vertices.size();
        double[][] corners = {{b[0], b[1]}, {b[3], b[1]}, {b[3], b[4]}, {b[0], b[4]}};
        for (double z : new double[] {b[2], b[5]}) {
            for (double[] c : corners) {
                vertices.addArray().add(mm(c[0])).add(mm(c[1])).add(mm(z));
            }
        }
        int[][] faces = {{0, 3, 2, 1}, {4, 5, 6, 7}, {0, 1, 5, 4}, {1, 2, 6, 5}, {2, 3, 7, 6}, {3, 0, 4, 7}};
        ArrayNode shell = JSON.createArrayNode();
        for (int[] face : faces) {
            ArrayNode ring = shell.addArray().addArray();
            for (int i : face) {
                ring.add(base + i);
            }
        }
        ArrayNode solid = JSON.createArrayNode();
        solid.add(shell);
        return solid;
    }

    private static long mm(double metres) {
        return Math.round(metres * 1000);
    }

    private ObjectNode rectangle(double x0, double y0, double x1, double y1) {
        ObjectNode g = JSON.createObjectNode();
        g.put("type", "Polygon");
        ArrayNode ring = g.putArray("coordinates").addArray();
        double[][] pts = {{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}, {x0, y0}};
        for (double[] p : pts) {
            ring.addArray().add(e0 + p[0]).add(n0 + p[1]);
        }
        return g;
    }

    private static ObjectNode feature(String id, ObjectNode geometry) {
        ObjectNode f = JSON.createObjectNode();
        f.put("type", "Feature");
        f.put("id", id);
        f.set("geometry", geometry);
        f.putObject("properties");
        return f;
    }

    private byte[] collection(ObjectNode... features) {
        ObjectNode c = JSON.createObjectNode();
        c.put("type", "FeatureCollection");
        c.putObject("coordRefSys").put("href", "http://www.opengis.net/def/crs/EPSG/0/4549");
        ArrayNode list = c.putArray("features");
        for (ObjectNode f : features) {
            list.add(f);
        }
        return SamplePackages.bytes(c);
    }
}
