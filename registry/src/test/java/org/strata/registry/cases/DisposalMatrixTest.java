package org.strata.registry.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.strata.registry.port.RegisterFixtures.application;
import static org.strata.registry.port.RegisterFixtures.as;
import static org.strata.registry.port.RegisterFixtures.bank;
import static org.strata.registry.port.RegisterFixtures.court;
import static org.strata.registry.port.RegisterFixtures.details;
import static org.strata.registry.port.RegisterFixtures.parties;
import static org.strata.registry.port.RegisterFixtures.person;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.strata.registry.cases.rules.DisposalMatrix;
import org.strata.registry.cases.rules.RuleBook;
import org.strata.registry.party.Party;
import org.strata.registry.register.Events;
import org.strata.registry.register.PartyRole;
import org.strata.registry.register.RegisterEvent;
import org.strata.registry.register.RegistrationType;
import org.strata.registry.register.UnitStateFolder;
import org.strata.registry.unit.UnitCode;

/**
 * The disposal table ({@code disposal-cases.txt}): for each restriction in force and each registration type, an
 * application goes through the whole rule book, and the findings naming the restriction's event are what the
 * law says: none, a blocker or a warning with its code. Every cell of the matrix is covered by a row, and every
 * row's cell names its legal source.
 */
class DisposalMatrixTest {
    private static final UnitCode UNIT = UnitCode.parse("330106003005GB00004F00010001");
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final String ORDER = "(2026)浙0106执100号";
    private static final String WAITING_ORDER = "(2026)浙0106执200号";

    private static final java.util.Set<String> MATRIX_CODES = DisposalMatrix.standard().cells().stream()
            .map(DisposalMatrix.Cell::code)
            .filter(c -> !c.isEmpty())
            .collect(java.util.stream.Collectors.toSet());

    private final Party alice = person("Alice", 1);
    private final Party bob = person("Bob", 2);
    private final Party dave = person("Dave", 4);
    private final Party erin = person("Erin", 5);
    private final Events events = new Events(UNIT);
    private RegisterEvent first;
    private int day;

    static Stream<Arguments> rows() throws IOException {
        try (InputStream in = DisposalMatrixTest.class.getResourceAsStream("disposal-cases.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                            .lines()
                            .filter(l -> !l.isBlank() && !l.startsWith("#"))
                            .map(l -> l.split("\\|"))
                            .map(f -> Arguments.of(f[0].strip(), f[1].strip(), f[2].strip(), f[3].strip()))
                            .toList()
                            .stream();
        }
    }

    @ParameterizedTest(name = "{0} × {1} ({2}) -> {3}")
    @MethodSource("rows")
    void theRuleBookDecidesAsTheLawSays(String restriction, String type, String variant, String expected) {
        first = add(RegistrationType.FIRST, 0, parties(as(PartyRole.HOLDER, alice, "1")), details(), null);
        RegisterEvent r = restrict(restriction);
        Application a = ApplicationChecks.check(application(
                RegistrationType.ofWireName(type).orElseThrow(),
                UNIT,
                partiesOf(type, variant),
                detailsOf(type, variant, r)));
        List<RegisterEvent> history = events.all();
        List<Finding> findings = new RuleBook()
                .check(a, UnitStateFolder.current(UNIT, history, T0.plus(Duration.ofDays(day + 1))), history).stream()
                        .filter(f -> f.eventId().filter(r.id()::equals).isPresent())
                        .filter(f -> MATRIX_CODES.contains(f.code()))
                        .toList();
        String actual = findings.isEmpty()
                ? "allowed"
                : findings.stream()
                        .map(f -> (f.blocks() ? "blocked:" : "warn:") + f.code())
                        .distinct()
                        .reduce((x, y) -> x + "," + y)
                        .orElseThrow();
        assertEquals(expected, actual, findings.toString());
    }

    @org.junit.jupiter.api.Test
    void everyCellHasARowAndASource() throws IOException {
        Map<String, Boolean> covered = new HashMap<>();
        rows().forEach(a -> covered.put(a.get()[0] + "|" + a.get()[1], true));
        for (DisposalMatrix.Cell cell : DisposalMatrix.standard().cells()) {
            assertTrue(
                    covered.containsKey(
                            cell.restriction().wireName() + "|" + cell.type().wireName()),
                    cell.restriction().wireName() + " × " + cell.type().wireName() + " has no row");
            assertTrue(cell.source().matches(".*(art|arts)\\. \\d+.*"), "no article: " + cell);
        }
        assertEquals(
                DisposalMatrix.RestrictionKind.values().length * RegistrationType.values().length,
                DisposalMatrix.standard().cells().size());
    }

    @org.junit.jupiter.api.Test
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

    private RegisterEvent add(
            RegistrationType type,
            int subtype,
            List<org.strata.registry.register.RegisteredParty> parties,
            Map<String, String> d,
            String ends) {
        return events.add(type, subtype, T0.plus(Duration.ofDays(++day)), parties, d, ends, null);
    }

    private RegisterEvent restrict(String restriction) {
        return switch (restriction) {
            case "seizure" -> add(
                    RegistrationType.SEIZURE,
                    1,
                    parties(as(PartyRole.COURT, court(), null)),
                    details("courtOrder", ORDER),
                    null);
            case "waiting-seizure" -> {
                add(
                        RegistrationType.SEIZURE,
                        1,
                        parties(as(PartyRole.COURT, court(), null)),
                        details("courtOrder", ORDER),
                        null);
                yield add(
                        RegistrationType.SEIZURE,
                        2,
                        parties(as(PartyRole.COURT, court(), null)),
                        details("courtOrder", WAITING_ORDER),
                        null);
            }
            case "advance-notice" -> add(
                    RegistrationType.ADVANCE_NOTICE, 1, parties(as(PartyRole.HOLDER, bob, "1")), details(), null);
            case "mortgage" -> add(
                    RegistrationType.MORTGAGE,
                    1,
                    parties(as(PartyRole.MORTGAGOR, alice, null), as(PartyRole.MORTGAGEE, bank(), null)),
                    details("amount", "1000000", "term", "2026-01-01/2036-01-01"),
                    null);
            case "objection" -> add(
                    RegistrationType.OBJECTION,
                    0,
                    parties(as(PartyRole.APPLICANT, erin, null)),
                    details("reason", "claims the unit"),
                    null);
            default -> throw new IllegalArgumentException(restriction);
        };
    }

    private List<org.strata.registry.register.RegisteredParty> partiesOf(String type, String variant) {
        Party acquirer = variant.equals("to-holder") ? bob : dave;
        List<org.strata.registry.register.RegisteredParty> base =
                switch (type) {
                    case "first", "change" -> parties(as(PartyRole.HOLDER, alice, "1"));
                    case "transfer" -> parties(
                            as(PartyRole.TRANSFEROR, alice, "1"), as(PartyRole.TRANSFEREE, acquirer, "1"));
                    case "cancellation", "correction" -> parties(as(PartyRole.APPLICANT, alice, null));
                    case "objection" -> parties(as(PartyRole.APPLICANT, erin, null));
                    case "advance-notice", "easement" -> parties(as(PartyRole.HOLDER, dave, "1"));
                    case "seizure", "seizure-release" -> parties(as(PartyRole.COURT, court(), null));
                    case "mortgage" -> parties(
                            as(PartyRole.MORTGAGOR, alice, null), as(PartyRole.MORTGAGEE, bank(), null));
                    case "mortgage-cancellation" -> parties(as(PartyRole.MORTGAGEE, bank(), null));
                    default -> throw new IllegalArgumentException(type);
                };
        if (variant.equals("mortgagee")) {
            return Stream.concat(base.stream(), Stream.of(as(PartyRole.MORTGAGEE, bank(), null)))
                    .toList();
        }
        return base;
    }

    private Map<String, String> detailsOf(String type, String variant, RegisterEvent restriction) {
        Map<String, String> d = new HashMap<>(
                switch (type) {
                    case "change" -> details("use", "0701");
                    case "cancellation", "objection" -> details("reason", "given up");
                    case "correction" -> details("corrects", first.id(), "statedArea", "120", "reason", "survey error");
                    case "advance-notice" -> details("subtype", "1");
                    case "seizure" -> details("courtOrder", "(2026)浙0106执300号", "subtype", "2");
                    case "seizure-release", "mortgage-cancellation" -> details("ends", restriction.id());
                    case "mortgage" -> details("amount", "500000", "term", "2026-01-01/2031-01-01");
                    default -> details();
                });
        if (variant.equals("court")) {
            d.put("courtOrder", restriction.details().getOrDefault("courtOrder", "(2026)浙0106执999号"));
        }
        if (variant.equals("consent")) {
            d.put("consents", restriction.id());
        }
        return d;
    }
}
