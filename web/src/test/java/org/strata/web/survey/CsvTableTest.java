package org.strata.web.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.strata.registry.survey.PartData;

/** Survey area tables as surveyors' tools write them: RFC 4180 quoting, CRLF, a BOM; a broken table is refused. */
class CsvTableTest {
    @Test
    void quotedFieldsLineEndsAndTheByteOrderMarkAreRead() {
        PartData.Table t = CsvTable.read("\uFEFFunit,room,note\r\n"
                + "330106003005GB00901F00010001,101,\"a, b\"\r\n"
                + "330106003005GB00901F00010002,102,\"say \"\"hi\"\"\"\n"
                + "330106003005GB00901F00010003,103,\"two\nlines\"\n");
        assertEquals(List.of("unit", "room", "note"), t.header());
        assertEquals(3, t.rows().size());
        assertEquals(
                Map.of("unit", "330106003005GB00901F00010001", "room", "101", "note", "a, b"),
                t.rows().get(0));
        assertEquals("say \"hi\"", t.rows().get(1).get("note"));
        assertEquals("two\nlines", t.rows().get(2).get("note"));
    }

    @Test
    void aBrokenTableIsRefusedNamingWhy() {
        IllegalArgumentException count =
                assertThrows(IllegalArgumentException.class, () -> CsvTable.read("a,b\n1,2,3\n"));
        assertEquals("row 1 has 3 fields, the header 2", count.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CsvTable.read("a,b\n\"1,2\n"));
        assertThrows(IllegalArgumentException.class, () -> CsvTable.read(""));
    }
}
