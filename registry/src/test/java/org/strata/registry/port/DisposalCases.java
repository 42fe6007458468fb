package org.strata.registry.port;

import static org.strata.registry.port.RegisterFixtures.application;
import static org.strata.registry.port.RegisterFixtures.as;
import static org.strata.registry.port.RegisterFixtures.bank;
import static org.strata.registry.port.RegisterFixtures.court;
import static org.strata.registry.port.RegisterFixtures.details;
import static org.strata.registry.port.RegisterFixtures.parties;
import static org.strata.registry.port.RegisterFixtures.person;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.strata.registry.cases.Application;
import org.strata.registry.cases.Finding;
import org.strata.registry.cases.rules.DisposalMatrix;
import org.strata.registry.party.Party;
import org.strata.registry.register.PartyRole;
import org.strata.registry.register.RegisteredParty;
import org.strata.registry.register.RegistrationType;
import org.strata.registry.unit.UnitCode;

/**
 * The disposal table ({@code disposal-cases.txt}) and the applications it is made of: a unit held by Alice, the
 * restriction put on it, and an application of each type in each variant. Shared by the rule book's test and the
 * test of recording on both stores.
 */
public final class DisposalCases {
    /** The seizing court's order. */
    public static final String ORDER = "(2026)浙0106执100号";
    /** The order of a seizure waiting in line. */
    public static final String WAITING_ORDER = "(2026)浙0106执200号";

    /** The codes the disposal matrix gives its findings. */
    public static final Set<String> MATRIX_CODES = DisposalMatrix.standard().cells().stream()
            .map(DisposalMatrix.Cell::code)
            .filter(c -> !c.isEmpty())
            .collect(Collectors.toSet());

    private static final Party ALICE = person("Alice", 1);
    private static final Party BOB = person("Bob", 2);
    private static final Party DAVE = person("Dave", 4);
    private static final Party ERIN = person("Erin", 5);
    private static final Party FRANK = person("Frank", 6);

    /**
     * One row of the table.
     *
     * @param restriction the restriction in force
     * @param type the registration applied for
     * @param variant plain, court, consent, to-holder or mortgagee
     * @param expected allowed, blocked:code or warn:code
     */
    public record Row(String restriction, String type, String variant, String expected) {
        @Override
        public String toString() {
            return restriction + " × " + type + " (" + variant + ") -> " + expected;
        }
    }

    private DisposalCases() {}

    /** Every row of the table. */
    public static Stream<Row> rows() {
        try (InputStream in =
                DisposalCases.class.getResourceAsStream("/org/strata/registry/cases/disposal-cases.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                            .lines()
                            .filter(l -> !l.isBlank() && !l.startsWith("#"))
                            .map(l -> l.split("\\|"))
                            .map(f -> new Row(f[0].strip(), f[1].strip(), f[2].strip(), f[3].strip()))
                            .toList()
                            .stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first registration to Alice. */
    public static Application first(UnitCode unit) {
        return application(RegistrationType.FIRST, unit, parties(as(PartyRole.HOLDER, ALICE, "1")), details());
    }

    /** The registrations that put the restriction on the unit, in order; the last is the restriction tested. */
    public static List<Application> restriction(String restriction, UnitCode unit) {
        Application seizure = application(
                RegistrationType.SEIZURE,
                unit,
                parties(as(PartyRole.COURT, court(), null)),
                details("courtOrder", ORDER, "subtype", "1"));
        return switch (restriction) {
            case "seizure" -> List.of(seizure);
            case "waiting-seizure" -> List.of(
                    seizure,
                    application(
                            RegistrationType.SEIZURE,
                            unit,
                            parties(as(PartyRole.COURT, court(), null)),
                            details("courtOrder", WAITING_ORDER, "subtype", "2")));
            case "advance-notice" -> List.of(application(
                    RegistrationType.ADVANCE_NOTICE,
                    unit,
                    parties(as(PartyRole.HOLDER, BOB, "1")),
                    details("subtype", "1")));
            case "mortgage" -> List.of(application(
                    RegistrationType.MORTGAGE,
                    unit,
                    parties(as(PartyRole.MORTGAGOR, ALICE, null), as(PartyRole.MORTGAGEE, bank(), null)),
                    details("subtype", "1", "amount", "1000000", "term", "2026-01-01/2036-01-01")));
            case "objection" -> List.of(application(
                    RegistrationType.OBJECTION,
                    unit,
                    parties(as(PartyRole.APPLICANT, ERIN, null)),
                    details("reason", "claims the unit")));
            case "no-transfer-agreement" -> List.of(application(
                    RegistrationType.MORTGAGE,
                    unit,
                    parties(as(PartyRole.MORTGAGOR, ALICE, null), as(PartyRole.MORTGAGEE, bank(), null)),
                    details(
                            "subtype",
                            "1",
                            "amount",
                            "1000000",
                            "term",
                            "2026-01-01/2036-01-01",
                            "noTransfer",
                            "true")));
            case "residence-right" -> List.of(application(
                    RegistrationType.RESIDENCE_RIGHT,
                    unit,
                    parties(as(PartyRole.GRANTOR, ALICE, null), as(PartyRole.RESIDENT, FRANK, null)),
                    details()));
            case "easement" -> List.of(application(
                    RegistrationType.EASEMENT,
                    unit,
                    parties(as(PartyRole.HOLDER, FRANK, "1")),
                    details("reason", "right of way to the river")));
            default -> throw new IllegalArgumentException(restriction);
        };
    }

    /**
     * The application of a row.
     *
     * @param firstEvent the first registration's event id
     * @param restrictionEvent the restriction's event id
     * @param restrictionDetails the restriction's details
     */
    public static Application applicationOf(
            Row row,
            UnitCode unit,
            String firstEvent,
            String restrictionEvent,
            Map<String, String> restrictionDetails) {
        return RegisterFixtures.application(
                RegistrationType.ofWireName(row.type()).orElseThrow(),
                unit,
                partiesOf(row.type(), row.variant()),
                detailsOf(row, firstEvent, restrictionEvent, restrictionDetails));
    }

    /** The outcome the table states: the findings naming the restriction's event that the matrix gives. */
    public static String outcome(List<Finding> findings, String restrictionEvent) {
        return findings.stream()
                .filter(f -> f.eventId().filter(restrictionEvent::equals).isPresent())
                .filter(f -> MATRIX_CODES.contains(f.code()))
                .map(f -> (f.blocks() ? "blocked:" : "warn:") + f.code())
                .distinct()
                .reduce((x, y) -> x + "," + y)
                .orElse("allowed");
    }

    private static List<RegisteredParty> partiesOf(String type, String variant) {
        Party acquirer = variant.equals("to-holder") ? BOB : DAVE;
        List<RegisteredParty> base =
                switch (type) {
                    case "first", "change" -> parties(as(PartyRole.HOLDER, ALICE, "1"));
                    case "transfer" -> parties(
                            as(PartyRole.TRANSFEROR, ALICE, "1"), as(PartyRole.TRANSFEREE, acquirer, "1"));
                    case "cancellation", "correction" -> parties(as(PartyRole.APPLICANT, ALICE, null));
                    case "objection", "objection-lawsuit" -> parties(as(PartyRole.APPLICANT, ERIN, null));
                    case "advance-notice", "easement" -> parties(as(PartyRole.HOLDER, DAVE, "1"));
                    case "seizure", "seizure-release" -> parties(as(PartyRole.COURT, court(), null));
                    case "mortgage" -> parties(
                            as(PartyRole.MORTGAGOR, ALICE, null), as(PartyRole.MORTGAGEE, bank(), null));
                    case "mortgage-cancellation", "mortgage-fixing" -> parties(as(PartyRole.MORTGAGEE, bank(), null));
                    case "mortgage-change" -> parties(
                            as(PartyRole.MORTGAGOR, ALICE, null), as(PartyRole.MORTGAGEE, bank(), null));
                    case "residence-right" -> parties(
                            as(PartyRole.GRANTOR, ALICE, null), as(PartyRole.RESIDENT, ERIN, null));
                    case "residence-right-cancellation" -> parties(as(PartyRole.APPLICANT, ALICE, null));
                    default -> throw new IllegalArgumentException(type);
                };
        if (variant.equals("mortgagee")) {
            return Stream.concat(base.stream(), Stream.of(as(PartyRole.MORTGAGEE, bank(), null)))
                    .toList();
        }
        return base;
    }

    private static Map<String, String> detailsOf(
            Row row, String firstEvent, String restrictionEvent, Map<String, String> restrictionDetails) {
        Map<String, String> d = new HashMap<>(
                switch (row.type()) {
                    case "change" -> details("use", "0701");
                    case "cancellation", "objection" -> details("reason", "given up");
                    case "correction" -> details("corrects", firstEvent, "statedArea", "120", "reason", "survey error");
                    case "advance-notice" -> details("subtype", "1");
                    case "mortgage-change" -> details("mortgage", restrictionEvent, "term", "2026-01-01/2040-01-01");
                    case "mortgage-fixing" -> details("mortgage", restrictionEvent, "fixedAmount", "1000");
                    case "objection-lawsuit" -> details(
                            "objection", restrictionEvent, "courtNotice", "(2026)浙0106民初1号受理通知书");
                    case "seizure" -> details("courtOrder", "(2026)浙0106执300号", "subtype", "2");
                    case "seizure-release", "mortgage-cancellation", "residence-right-cancellation" -> details(
                            "ends", restrictionEvent);
                    case "mortgage" -> details("amount", "500000", "term", "2026-01-01/2031-01-01");
                    default -> details();
                });
        if (row.variant().equals("court")) {
            d.put("courtOrder", restrictionDetails.getOrDefault("courtOrder", "(2026)浙0106执999号"));
        }
        if (row.variant().equals("consent")) {
            d.put("consents", restrictionEvent);
        }
        return d;
    }
}
