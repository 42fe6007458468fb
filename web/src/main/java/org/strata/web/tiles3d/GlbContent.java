package org.strata.web.tiles3d;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.javagl.jgltf.impl.v2.Accessor;
import de.javagl.jgltf.impl.v2.Asset;
import de.javagl.jgltf.impl.v2.Buffer;
import de.javagl.jgltf.impl.v2.BufferView;
import de.javagl.jgltf.impl.v2.GlTF;
import de.javagl.jgltf.impl.v2.Material;
import de.javagl.jgltf.impl.v2.MaterialPbrMetallicRoughness;
import de.javagl.jgltf.impl.v2.Mesh;
import de.javagl.jgltf.impl.v2.MeshPrimitive;
import de.javagl.jgltf.impl.v2.Node;
import de.javagl.jgltf.impl.v2.Scene;
import de.javagl.jgltf.model.io.JacksonUtils;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.strata.geo.tiles3d.PropertyTable;
import org.strata.geo.tiles3d.VolumeMesh;

/**
 * Writes a tile's content as binary glTF 2.0 (JglTF's glTF model, in the GLB container): one translucent mesh of the tile's volumes with
 * {@code _FEATURE_ID_0} per vertex (EXT_mesh_features) pointing into the tile's property table
 * (EXT_structural_metadata, class {@code volume}), so a client picks a feature and reads its unit code.
 */
public final class GlbContent {
    private static final int FLOAT = 5126;
    private static final int UNSIGNED_BYTE = 5121;
    private static final int UNSIGNED_SHORT = 5123;
    private static final int UNSIGNED_INT = 5125;
    private static final int ARRAY_BUFFER = 34962;
    private static final int ELEMENT_ARRAY_BUFFER = 34963;

    /** JglTF's mapper for its model classes, made once: it is costly to make and safe to share. */
    private static final ObjectMapper JSON = JacksonUtils.createObjectMapper();

    private final GlTF gltf = new GlTF();
    private final ByteArrayOutputStream binary = new ByteArrayOutputStream();

    private GlbContent() {}

    /** The binary glTF of a mesh and its features' table; a tile with no feature is a scene with no node. */
    public static byte[] write(VolumeMesh mesh, PropertyTable table) {
        GlbContent content = new GlbContent();
        Asset asset = new Asset();
        asset.setVersion("2.0");
        asset.setGenerator("Strata");
        content.gltf.setAsset(asset);
        Scene scene = new Scene();
        content.gltf.addScenes(scene);
        content.gltf.setScene(0);
        if (mesh.vertexCount() > 0) {
            content.addMesh(mesh, table);
            scene.addNodes(0);
        }
        return content.bytes();
    }

    private void addMesh(VolumeMesh mesh, PropertyTable table) {
        float[] positions = mesh.positions();
        MeshPrimitive primitive = new MeshPrimitive();
        primitive.addAttributes(
                "POSITION",
                accessor(floats(positions), ARRAY_BUFFER, FLOAT, "VEC3", positions.length / 3, bounds(positions)));
        primitive.addAttributes(
                "NORMAL", accessor(floats(mesh.normals()), ARRAY_BUFFER, FLOAT, "VEC3", positions.length / 3, null));
        int colours = accessor(mesh.colours(), ARRAY_BUFFER, UNSIGNED_BYTE, "VEC4", positions.length / 3, null);
        gltf.getAccessors().get(colours).setNormalized(true);
        primitive.addAttributes("COLOR_0", colours);
        primitive.addAttributes(
                "_FEATURE_ID_0",
                accessor(floats(mesh.featureIds()), ARRAY_BUFFER, FLOAT, "SCALAR", positions.length / 3, null));
        int[] indices = mesh.indices();
        // two bytes an index while the vertices can be counted in them
        boolean small = mesh.vertexCount() <= 0xFFFF;
        ByteBuffer ib = little(indices.length * (small ? 2 : 4));
        for (int i : indices) {
            if (small) {
                ib.putShort((short) i);
            } else {
                ib.putInt(i);
            }
        }
        primitive.setIndices(accessor(
                ib.array(),
                ELEMENT_ARRAY_BUFFER,
                small ? UNSIGNED_SHORT : UNSIGNED_INT,
                "SCALAR",
                indices.length,
                null));
        primitive.setMode(4);
        primitive.setMaterial(0);
        primitive.addExtensions(
                "EXT_mesh_features",
                Map.of(
                        "featureIds",
                        List.of(Map.of("featureCount", table.count(), "attribute", 0, "propertyTable", 0))));
        Mesh m = new Mesh();
        m.addPrimitives(primitive);
        gltf.addMeshes(m);
        Node node = new Node();
        node.setMesh(0);
        gltf.addNodes(node);
        Material material = new Material();
        MaterialPbrMetallicRoughness pbr = new MaterialPbrMetallicRoughness();
        pbr.setBaseColorFactor(new float[] {1, 1, 1, 1});
        pbr.setMetallicFactor(0f);
        pbr.setRoughnessFactor(1f);
        material.setPbrMetallicRoughness(pbr);
        material.setAlphaMode("BLEND");
        material.setDoubleSided(false);
        gltf.addMaterials(material);
        gltf.addExtensions("EXT_structural_metadata", metadata(table));
        gltf.addExtensionsUsed("EXT_mesh_features");
        gltf.addExtensionsUsed("EXT_structural_metadata");
    }

    private Map<String, Object> metadata(PropertyTable table) {
        Map<String, Object> classProperties = new LinkedHashMap<>();
        Map<String, Object> tableProperties = new LinkedHashMap<>();
        table.strings().forEach((name, values) -> {
            classProperties.put(name, Map.of("type", "STRING"));
            ByteArrayOutputStream text = new ByteArrayOutputStream();
            ByteBuffer offsets = little((values.size() + 1) * 4);
            for (String v : values) {
                offsets.putInt(text.size());
                text.writeBytes(v.getBytes(StandardCharsets.UTF_8));
            }
            offsets.putInt(text.size());
            tableProperties.put(
                    name,
                    Map.of(
                            "values", view(text.toByteArray(), null),
                            "stringOffsets", view(offsets.array(), null),
                            "stringOffsetType", "UINT32"));
        });
        table.numbers().forEach((name, values) -> {
            classProperties.put(
                    name, Map.of("type", "SCALAR", "componentType", "FLOAT64", "noData", PropertyTable.NO_DATA));
            ByteBuffer b = little(values.size() * 8);
            values.forEach(b::putDouble);
            tableProperties.put(name, Map.of("values", view(b.array(), null)));
        });
        return Map.of(
                "schema",
                Map.of("id", "strata", "classes", Map.of("volume", Map.of("properties", classProperties))),
                "propertyTables",
                List.of(Map.of("class", "volume", "count", table.count(), "properties", tableProperties)));
    }

    private int accessor(byte[] data, int target, int componentType, String type, int count, float[][] minMax) {
        Accessor a = new Accessor();
        a.setBufferView(view(data, target));
        a.setComponentType(componentType);
        a.setType(type);
        a.setCount(count);
        if (minMax != null) {
            a.setMin(boxed(minMax[0]));
            a.setMax(boxed(minMax[1]));
        }
        gltf.addAccessors(a);
        return gltf.getAccessors().size() - 1;
    }

    /** Appends data to the binary chunk on an 8-byte boundary; returns its buffer view. */
    private int view(byte[] data, Integer target) {
        while (binary.size() % 8 != 0) {
            binary.write(0);
        }
        BufferView v = new BufferView();
        v.setBuffer(0);
        v.setByteOffset(binary.size());
        v.setByteLength(data.length);
        v.setTarget(target);
        binary.writeBytes(data);
        gltf.addBufferViews(v);
        return gltf.getBufferViews().size() - 1;
    }

    private byte[] bytes() {
        ByteBuffer data = null;
        if (binary.size() > 0) {
            while (binary.size() % 4 != 0) {
                binary.write(0);
            }
            Buffer buffer = new Buffer();
            buffer.setByteLength(binary.size());
            gltf.addBuffers(buffer);
            data = ByteBuffer.wrap(binary.toByteArray());
        }
        byte[] text;
        try {
            text = JSON.writeValueAsBytes(gltf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return glb(text, data == null ? new byte[0] : data.array());
    }

    /** The binary container (glTF 2.0, section "GLB File Format Specification"): header, JSON chunk, BIN chunk. */
    private static byte[] glb(byte[] text, byte[] bin) {
        int jsonLength = (text.length + 3) & ~3;
        int binLength = (bin.length + 3) & ~3;
        int total = 12 + 8 + jsonLength + (bin.length == 0 ? 0 : 8 + binLength);
        ByteBuffer out = little(total);
        out.putInt(0x46546C67).putInt(2).putInt(total);
        out.putInt(jsonLength).putInt(0x4E4F534A).put(text);
        for (int i = text.length; i < jsonLength; i++) {
            out.put((byte) ' ');
        }
        if (bin.length > 0) {
            out.putInt(binLength).putInt(0x004E4942).put(bin);
        }
        return out.array();
    }

    private static byte[] floats(float[] values) {
        ByteBuffer b = little(values.length * 4);
        for (float v : values) {
            b.putFloat(v);
        }
        return b.array();
    }

    private static float[][] bounds(float[] xyz) {
        float[] min = {Float.MAX_VALUE, Float.MAX_VALUE, Float.MAX_VALUE};
        float[] max = {-Float.MAX_VALUE, -Float.MAX_VALUE, -Float.MAX_VALUE};
        for (int i = 0; i < xyz.length; i++) {
            min[i % 3] = Math.min(min[i % 3], xyz[i]);
            max[i % 3] = Math.max(max[i % 3], xyz[i]);
        }
        return new float[][] {min, max};
    }

    private static Number[] boxed(float[] values) {
        Number[] boxed = new Number[values.length];
        for (int i = 0; i < values.length; i++) {
            boxed[i] = values[i];
        }
        return boxed;
    }

    private static ByteBuffer little(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }
}
