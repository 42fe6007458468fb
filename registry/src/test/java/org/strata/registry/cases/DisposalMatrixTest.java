package org.strata.registry.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.strata.registry.cases.rules.DisposalMatrix;
import org.strata.registry.cases.rules.RuleBook;
import org.strata.registry.port.DisposalCases;
import org.strata.registry.port.DisposalCases.Row;
import org.strata.registry.register.Events;
import org.strata.registry.register.RegisterEvent;
import org.strata.registry.register.RegistrationType;
import org.strata.registry.register.UnitStateFolder;
import org.strata.registry.unit.UnitCode;

/**
 * The disposal table ({@code disposal-cases.txt}) against the rule book: for each restriction in force and each
 * registration type, an application goes through every rule, and the findings naming the restriction's event are
 * what the law says: none, a blocker or a warning with its code. Every cell of the matrix is covered by a row, and
 * every cell names its legal source. {@code DisposalContract} runs the same table through recording on each store.
 */
class DisposalMatrixTest {
    private static final UnitCode UNIT = UnitCode.parse("330106003005GB00004F00010001");
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private final Events events = new Events(UNIT);
    private int day;

    static Stream<Row> rows() {
        return DisposalCases.rows();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void theRuleBookDecidesAsTheLawSays(Row row) {
        RegisterEvent first = add(DisposalCases.first(UNIT));
        RegisterEvent restriction = null;
        for (Application a : DisposalCases.restriction(row.restriction(), UNIT)) {
            restriction = add(a);
        }
        Application a = ApplicationChecks.check(
                DisposalCases.applicationOf(row, UNIT, first.id(), restriction.id(), restriction.details()));
        List<RegisterEvent> history = events.all();
        List<Finding> findings = new RuleBook()
                .check(a, UnitStateFolder.current(UNIT, history, T0.plus(Duration.ofDays(day + 1))), history);
        assertEquals(row.expected(), DisposalCases.outcome(findings, restriction.id()), findings.toString());
    }

    @Test
    void everyCellHasARowAndASource() {
        Set<String> covered = new HashSet<>();
        rows().forEach(r -> covered.add(r.restriction() + "|" + r.type()));
        for (DisposalMatrix.Cell cell : DisposalMatrix.standard().cells()) {
            assertTrue(
                    covered.contains(
                            cell.restriction().wireName() + "|" + cell.type().wireName()),
                    cell.restriction().wireName() + " × " + cell.type().wireName() + " has no row");
            assertTrue(cell.source().matches(".*(art|arts)\\. \\d+.*"), "no article: " + cell);
        }
        assertEquals(
                DisposalMatrix.RestrictionKind.values().length * RegistrationType.values().length,
                DisposalMatrix.standard().cells().size());
    }

    @Test
    void aMatrixWithAPairMissingOrTwiceIsRefused() throws Exception {
        java.lang.reflect.Method parse = DisposalMatrix.class.getDeclaredMethod("parse", List.class);
        parse.setAccessible(true);
        Exception missing = assertThrows(
                java.lang.reflect.InvocationTargetException.class,
                () -> parse.invoke(null, List.of("seizure | transfer | blocked | seized | SPC-S art. 24")));
        assertTrue(
                missing.getCause().getMessage().contains("has no row"),
                missing.getCause().getMessage());
    }

    /** Adds the event an application would record, on the next day. */
    private RegisterEvent add(Application a) {
        TreeMap<String, String> details = new TreeMap<>(a.details());
        int subtype = Integer.parseInt(details.getOrDefault("subtype", "0"));
        details.remove("subtype");
        return events.add(a.type(), subtype, T0.plus(Duration.ofDays(++day)), a.parties(), details, null, null);
    }
}
