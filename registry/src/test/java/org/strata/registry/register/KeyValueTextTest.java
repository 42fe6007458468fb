package org.strata.registry.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class KeyValueTextTest {
    @Property(tries = 1000)
    void anyNamesAndValuesReadBackExactly(@ForAll("fields") @Size(max = 12) Map<String, String> fields) {
        KeyValueText text = new KeyValueText();
        fields.forEach(text::put);
        assertEquals(fields, KeyValueText.parse(text.toString()));
    }

    @Property(tries = 1000)
    void oneValueReadsAsTheWholeTextReadsIt(
            @ForAll("fields") @Size(max = 12) Map<String, String> fields,
            @ForAll("fields") Map<String, String> others) {
        KeyValueText text = new KeyValueText();
        fields.forEach(text::put);
        Map<String, String> parsed = KeyValueText.parse(text.toString());
        for (String name : fields.keySet()) {
            assertEquals(
                    parsed.get(name), KeyValueText.value(text.toString(), name).orElseThrow(), name);
        }
        for (String name : others.keySet()) {
            assertEquals(
                    java.util.Optional.ofNullable(parsed.get(name)), KeyValueText.value(text.toString(), name), name);
        }
    }

    @Provide
    Arbitrary<Map<String, String>> fields() {
        Arbitrary<String> hostile =
                Arbitraries.strings().withChars("=\\\n\r.ab1 状").ofMaxLength(12).injectDuplicates(0.2);
        Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(40);
        return Arbitraries.maps(
                        Arbitraries.oneOf(hostile, any).filter(s -> !s.isEmpty()), Arbitraries.oneOf(hostile, any))
                .ofMaxSize(12)
                .map(LinkedHashMap::new);
    }

    @Test
    void aNameHoldingLinesCannotAddFields() {
        String forged = "x\nstatus=APPROVED\nstep.1.step=approved";
        String text = new KeyValueText()
                .put("status", "SUBMITTED")
                .put("detail." + forged, "1")
                .toString();
        Map<String, String> read = KeyValueText.parse(text);
        assertEquals("SUBMITTED", read.get("status"));
        assertEquals("1", read.get("detail." + forged));
        assertEquals(2, read.size());
    }

    @Test
    void aNameGivenTwiceIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> KeyValueText.parse("status=A\nstatus=B\n"));
    }

    @Test
    void textWrittenBeforeNamesWereEscapedReadsTheSame() {
        assertEquals(Map.of("detail.amount", "1=2", "a", "x\ny"), KeyValueText.parse("detail.amount=1=2\na=x\\ny\n"));
    }
}
