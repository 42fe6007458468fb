package org.strata.registry.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.strata.registry.cases.rules.ChangeKeepsHoldersRule;
import org.strata.registry.party.IdType;
import org.strata.registry.party.Party;

/** Whether a new identity document belongs to the same holder (change) or to another person (transfer). */
class IdentityChangeTest {
    @ParameterizedTest(name = "{0} {1} -> {2} {3}: same={4}")
    @CsvSource({
        // a new resident ID after moving from 东城 to 西湖: same birth date and sex
        "张丽, 11010519491231002X, 张丽, 330106194912310027, true",
        // another birth date: another person
        "张丽, 11010519491231002X, 张丽, 330106198001010013, false",
        // another name
        "张丽, 11010519491231002X, 李强, 330106194912310027, false",
        // the sex digit of another parity (…003, odd, against …002, even)
        "张丽, 11010519491231002X, 张丽, 110105194912310038, false"
    })
    void aNewDocumentBelongsToTheSameHolderOnlyWhenItCanBe(
            String name, String id, String newName, String newId, boolean same) {
        Optional<String> why = ChangeKeepsHoldersRule.samePerson(
                new Party(name, IdType.RESIDENT_ID, id), new Party(newName, IdType.RESIDENT_ID, newId));
        assertEquals(same, why.isEmpty(), why.orElse("same"));
    }
}
