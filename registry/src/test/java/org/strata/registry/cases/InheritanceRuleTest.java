package org.strata.registry.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.strata.registry.port.RegisterFixtures.application;
import static org.strata.registry.port.RegisterFixtures.as;
import static org.strata.registry.port.RegisterFixtures.parties;
import static org.strata.registry.port.RegisterFixtures.person;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.strata.registry.cases.rules.InheritanceRule;
import org.strata.registry.register.PartyRole;
import org.strata.registry.register.RegistrationType;
import org.strata.registry.register.UnitStateFolder;
import org.strata.registry.unit.UnitCode;

/**
 * Transfers by succession (Civil Code arts. 1121, 1127; Hangzhou plan items 82-84), as a table: the details given,
 * and what the rule finds — a commitment marks the case for later verification, second-order heirs state that there
 * is no first-order heir, malformed values are refused.
 */
class InheritanceRuleTest {
    private static final UnitCode UNIT = UnitCode.parse("330106003005GB00004F00010001");

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            succession=statutory                                                   | —
            succession=bequest;deathEvidence=commitment                            | verify-later
            succession=statutory;deathEvidence=commitment;kinshipEvidence=commitment | verify-later
            succession=statutory;kinshipEvidence=certificate;heirOrder=1           | —
            succession=statutory;heirOrder=2                                       | second-order-heirs
            succession=statutory;heirOrder=2;firstOrderHeirs=none                  | —
            succession=bequest;heirOrder=2                                         | —
            succession=statutory;heirOrder=2;kinshipEvidence=commitment            | verify-later,second-order-heirs
            succession=gift                                                        | refused: invalid-detail
            succession=statutory;deathEvidence=oath                                | refused: invalid-detail
            succession=statutory;heirOrder=3                                       | refused: invalid-detail
            heirOrder=2                                                            | —
            """)
    void successionsAreCheckedByTheirDetails(String given, String expected) {
        Map<String, String> details = new TreeMap<>();
        Arrays.stream(given.split(";")).map(kv -> kv.split("=")).forEach(kv -> details.put(kv[0], kv[1]));
        Application a = application(
                RegistrationType.TRANSFER,
                UNIT,
                parties(
                        as(PartyRole.TRANSFEROR, person("Alice", 1), "1"),
                        as(PartyRole.TRANSFEREE, person("Bob", 2), "1")),
                details);
        String found;
        try {
            Application checked = ApplicationChecks.check(a);
            List<String> codes = new InheritanceRule()
                    .check(checked, UnitStateFolder.current(UNIT, List.of(), Instant.EPOCH), List.of()).stream()
                            .map(Finding::code)
                            .toList();
            found = codes.isEmpty() ? "—" : String.join(",", codes);
        } catch (CaseException e) {
            found = "refused: " + e.code();
        }
        assertEquals(expected, found, given);
    }
}
