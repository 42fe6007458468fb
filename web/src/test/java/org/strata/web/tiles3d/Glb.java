package org.strata.web.tiles3d;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A binary glTF file read as the glTF 2.0 specification lays it out (header, JSON chunk, BIN chunk), with the string
 * and number columns of its EXT_structural_metadata property table — what a 3D Tiles client reads of a tile.
 */
record Glb(JsonNode json, ByteBuffer bin) {
    /** Reads a file, checking the header's magic, version and length. */
    static Glb read(byte[] bytes) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(0x46546C67, b.getInt(), "magic glTF");
        assertEquals(2, b.getInt(), "version 2");
        assertEquals(bytes.length, b.getInt(), "the header's length is the file's");
        int jsonLength = b.getInt();
        assertEquals(0x4E4F534A, b.getInt(), "the first chunk is JSON");
        JsonNode json = new ObjectMapper().readTree(Arrays.copyOfRange(bytes, 20, 20 + jsonLength));
        ByteBuffer bin = ByteBuffer.allocate(0);
        if (20 + jsonLength < bytes.length) {
            b.position(20 + jsonLength);
            int binLength = b.getInt();
            assertEquals(0x004E4942, b.getInt(), "the second chunk is BIN");
            bin = ByteBuffer.wrap(bytes, b.position(), binLength).slice().order(ByteOrder.LITTLE_ENDIAN);
        }
        return new Glb(json, bin);
    }

    /** The property table's row count; 0 for a tile without one. */
    int featureCount() {
        return json.at("/extensions/EXT_structural_metadata/propertyTables/0/count")
                .asInt(0);
    }

    /** A string column of the property table. */
    List<String> strings(String property) {
        JsonNode p = json.at("/extensions/EXT_structural_metadata/propertyTables/0/properties/" + property);
        ByteBuffer values = view(p.get("values").asInt());
        ByteBuffer offsets = view(p.get("stringOffsets").asInt());
        List<String> strings = new ArrayList<>();
        for (int i = 0; i < featureCount(); i++) {
            int from = offsets.getInt(4 * i);
            int to = offsets.getInt(4 * i + 4);
            byte[] text = new byte[to - from];
            values.get(from, text);
            strings.add(new String(text, StandardCharsets.UTF_8));
        }
        return strings;
    }

    /** A FLOAT64 column of the property table. */
    double[] numbers(String property) {
        JsonNode p = json.at("/extensions/EXT_structural_metadata/propertyTables/0/properties/" + property);
        ByteBuffer values = view(p.get("values").asInt());
        double[] numbers = new double[featureCount()];
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = values.getDouble(8 * i);
        }
        return numbers;
    }

    /** The bytes of a buffer view. */
    ByteBuffer view(int index) {
        JsonNode v = json.at("/bufferViews/" + index);
        return bin.slice(v.get("byteOffset").asInt(0), v.get("byteLength").asInt())
                .order(ByteOrder.LITTLE_ENDIAN);
    }
}
