package org.strata.registry.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** Unit codes of GB/T 37346: the cases in unit-codes.csv, and the readings of a valid code. */
class UnitCodeTest {
    @ParameterizedTest(name = "{0}: {1} ({2})")
    @CsvFileSource(resources = "unit-codes.csv", delimiter = '|')
    void parsesOrNamesTheFailingPart(String code, String expected, String why) {
        if (expected.equals("valid")) {
            assertEquals(code, UnitCode.parse(code).toString(), why);
            assertTrue(UnitCode.isValid(code));
        } else {
            InvalidUnitCodeException e = assertThrows(InvalidUnitCodeException.class, () -> UnitCode.parse(code), why);
            assertEquals(expected, e.part(), e.getMessage());
            assertTrue(e.getMessage().contains(code), "the message quotes the code: " + e.getMessage());
            assertFalse(UnitCode.isValid(code));
        }
    }

    @Test
    void theRightLetterGivesTheLayer() {
        assertEquals(
                SpatialLayer.SURFACE,
                UnitCode.parse("330106003005GB00004W00000000").layer());
        assertEquals(
                SpatialLayer.ABOVE_GROUND,
                UnitCode.parse("330106003005GS00004W00000000").layer());
        assertEquals(
                SpatialLayer.UNDERGROUND,
                UnitCode.parse("330106003005GX00004W00000000").layer());
        assertEquals(
                SpatialLayer.NOT_LAYERED,
                UnitCode.parse("330106003005JC00004W00000000").layer());
    }

    @Test
    void theFirstNineteenCharactersAreTheParcelCode() {
        UnitCode code = UnitCode.parse("330106003005GB00004F00010203");
        ParcelCode parcel = code.parcel();
        assertEquals("330106003005GB00004", parcel.toString());
        assertEquals("330106", parcel.county());
        assertEquals(3, parcel.zone());
        assertEquals(5, parcel.subZone());
        assertEquals(OwnershipLetter.G, parcel.ownership());
        assertEquals(ParcelRightLetter.B, parcel.rightLetter());
        assertEquals(4, parcel.sequence());
        assertEquals(FixtureLetter.F, code.fixture());
        assertEquals(parcel, ParcelCode.parse("330106003005GB00004"));
        assertEquals("330106003005GB00004W00000000", UnitCode.landOf(parcel).toString());
        assertEquals(code, UnitCode.buildingUnit(parcel, 1, 203));
    }

    @Test
    void partsBuiltInCodeAreCheckedToo() {
        assertThrows(
                InvalidUnitCodeException.class,
                () -> new ParcelCode("330106", 1000, 1, OwnershipLetter.G, ParcelRightLetter.B, 1));
        assertThrows(
                IllegalArgumentException.class,
                () -> UnitCode.buildingUnit(ParcelCode.parse("330106003005GB00004"), 0, 1));
        assertThrows(InvalidUnitCodeException.class, () -> UnitCode.parse(null));
    }
}
