package org.strata.registry.party;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Check characters of resident ID numbers (GB 11643) and unified social credit codes (GB 32100). */
class IdNumbersTest {
    @Test
    void theStandardsWorkedExampleHasCheckCharacterX() {
        assertEquals('X', IdNumbers.residentIdCheckCharacter("11010519491231002"));
        assertTrue(IdNumbers.isValidResidentId("11010519491231002X"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"110105194912310021", "11010519491231002x", "1101051949123100", "A1010519491231002X", ""})
    void malformedResidentIdsAreRejected(String number) {
        assertFalse(IdNumbers.isValidResidentId(number));
    }

    @Test
    void socialCreditCodesAreCheckedOverTheirCharacterSet() {
        assertTrue(IdNumbers.isValidUscc("91350100M000100Y43"));
        assertFalse(IdNumbers.isValidUscc("91350100M000100Y44"));
        assertFalse(IdNumbers.isValidUscc("91350100M000100I43"), "I is not in the GB 32100 character set");
    }

    @Test
    void partiesWithABadNumberCannotBeMade() {
        assertThrows(
                IllegalArgumentException.class, () -> new Party("Alice", IdType.RESIDENT_ID, "110105194912310021"));
        assertEquals(IdType.USCC, IdType.ofWireName("uscc"));
    }
}
