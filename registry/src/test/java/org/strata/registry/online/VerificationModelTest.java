package org.strata.registry.online;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.strata.registry.cases.Application;
import org.strata.registry.cases.Finding;
import org.strata.registry.party.IdType;
import org.strata.registry.party.Party;
import org.strata.registry.port.RegisterFixtures;
import org.strata.registry.register.PartyRole;
import org.strata.registry.register.RegisteredParty;
import org.strata.registry.register.RegistrationType;
import org.strata.registry.register.Restriction;
import org.strata.registry.register.UnitState;
import org.strata.registry.right.Share;
import org.strata.registry.unit.UnitCode;

/**
 * The verification model of zero-document registration as a table: each standard case as filed correctly, then
 * with one fact changed, and the checks that fail — any failure sends the case to an officer.
 */
class VerificationModelTest {
    private static final UnitCode UNIT = UnitCode.parse("330106003005GB00004F00010001");
    private static final UnitCode OTHER = UnitCode.parse("330106003005GB00004F00010002");
    private static final Party OWNER = RegisterFixtures.person("陈静", 1);
    private static final Party BUYER = RegisterFixtures.person("周涛", 2);
    private static final Party STRANGER = RegisterFixtures.person("李强", 3);
    private static final Party BANK = RegisterFixtures.bank();
    private static final Party OTHER_BANK = new Party("另一银行", IdType.USCC, "91350100M000100Y43");

    @ParameterizedTest(name = "{0}, {1} → {2}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            mortgage              | as filed              | —
            mortgage              | amount differs        | loan-amount
            mortgage              | loan unknown          | loan-record
            mortgage              | no loan cited         | loan-record
            mortgage              | loan of another unit  | loan-unit
            mortgage              | borrower differs      | loan-borrowers
            mortgage              | another mortgagee     | loan-lender
            mortgage              | mortgagor not holder  | identity-register,loan-borrowers
            mortgage-cancellation | as filed              | —
            mortgage-cancellation | ends unknown          | mortgage-in-force
            mortgage-cancellation | another mortgagee     | mortgagee-registered
            advance-notice        | as filed              | —
            advance-notice        | buyer differs         | contract-buyers
            advance-notice        | seller not holder     | identity-register
            advance-notice        | contract unknown      | contract-filing-record
            conversion            | as filed              | —
            conversion            | no notice in force    | advance-notice-in-force
            conversion            | buyer differs         | notice-holders,contract-buyers
            """)
    void eachCheckFailsOnTheFactItCompares(String kind, String variation, String expected) {
        Map<String, SharedRecord> records = new HashMap<>();
        put(
                records,
                new SharedRecord(
                        SharedRecord.Source.LOAN,
                        "JK-1",
                        UNIT,
                        Map.of("lender", BANK.idNumber(), "borrowers", OWNER.idNumber(), "amount", "800000.00")));
        put(
                records,
                new SharedRecord(
                        SharedRecord.Source.LOAN,
                        "JK-OTHER",
                        OTHER,
                        Map.of("lender", BANK.idNumber(), "borrowers", OWNER.idNumber(), "amount", "800000.00")));
        put(
                records,
                new SharedRecord(
                        SharedRecord.Source.LOAN,
                        "JK-B",
                        UNIT,
                        Map.of("lender", BANK.idNumber(), "borrowers", BUYER.idNumber(), "amount", "800000.00")));
        put(
                records,
                new SharedRecord(
                        SharedRecord.Source.CONTRACT_FILING,
                        "WQ-1",
                        UNIT,
                        Map.of("sellers", OWNER.idNumber(), "buyers", BUYER.idNumber())));
        SharedRecords shared = new SharedRecords() {
            @Override
            public Optional<SharedRecord> find(SharedRecord.Source source, String reference) {
                return Optional.ofNullable(records.get(source + "/" + reference));
            }

            @Override
            public void put(SharedRecord record) {
                VerificationModelTest.put(records, record);
            }
        };
        Case c = build(kind, variation);
        VerificationModel.Verdict verdict =
                new VerificationModel(shared).verify(c.kind, c.application, c.state, List.of());
        String failed =
                String.join(",", verdict.findings().stream().map(Finding::code).toList());
        assertEquals(expected, failed.isEmpty() ? "—" : failed, verdict.checks().toString());
        assertEquals(failed.isEmpty(), verdict.passes());
    }

    private record Case(StandardCase kind, Application application, UnitState state) {}

    private static Case build(String kind, String variation) {
        Map<String, String> details = new TreeMap<>();
        List<RegisteredParty> parties = new ArrayList<>();
        List<Restriction> mortgages = new ArrayList<>();
        List<Restriction> notices = new ArrayList<>();
        Party holder =
                variation.equals("mortgagor not holder") || variation.equals("seller not holder") ? STRANGER : OWNER;
        switch (kind) {
            case "mortgage" -> {
                parties.add(RegisterFixtures.as(PartyRole.MORTGAGOR, OWNER, null));
                parties.add(RegisterFixtures.as(
                        PartyRole.MORTGAGEE, variation.equals("another mortgagee") ? OTHER_BANK : BANK, null));
                if (variation.equals("mortgagor not holder")) {
                    parties.set(0, RegisterFixtures.as(PartyRole.MORTGAGOR, STRANGER, null));
                    holder = OWNER;
                }
                details.put("amount", variation.equals("amount differs") ? "900000" : "800000");
                switch (variation) {
                    case "loan unknown" -> details.put("loanContract", "JK-404");
                    case "no loan cited" -> {}
                    case "loan of another unit" -> details.put("loanContract", "JK-OTHER");
                    case "borrower differs" -> details.put("loanContract", "JK-B");
                    default -> details.put("loanContract", "JK-1");
                }
            }
            case "mortgage-cancellation" -> {
                parties.add(RegisterFixtures.as(PartyRole.MORTGAGEE, BANK, null));
                mortgages.add(restriction(
                        RegistrationType.MORTGAGE,
                        "330106-00000100",
                        variation.equals("another mortgagee") ? OTHER_BANK : BANK,
                        PartyRole.MORTGAGEE,
                        Map.of()));
                details.put("ends", variation.equals("ends unknown") ? "330106-00000999" : "330106-00000100");
            }
            case "advance-notice" -> {
                parties.add(RegisterFixtures.as(
                        PartyRole.HOLDER, variation.equals("buyer differs") ? STRANGER : BUYER, "1"));
                details.put("contract", variation.equals("contract unknown") ? "WQ-404" : "WQ-1");
            }
            default -> {
                parties.add(RegisterFixtures.as(PartyRole.TRANSFEROR, OWNER, "1"));
                parties.add(RegisterFixtures.as(
                        PartyRole.TRANSFEREE, variation.equals("buyer differs") ? STRANGER : BUYER, "1"));
                details.put("contract", "WQ-1");
                if (!variation.equals("no notice in force")) {
                    notices.add(restriction(
                            RegistrationType.ADVANCE_NOTICE,
                            "330106-00000200",
                            BUYER,
                            PartyRole.HOLDER,
                            Map.of("contract", "WQ-1")));
                }
            }
        }
        RegistrationType type =
                switch (kind) {
                    case "mortgage" -> RegistrationType.MORTGAGE;
                    case "mortgage-cancellation" -> RegistrationType.MORTGAGE_CANCELLATION;
                    case "advance-notice" -> RegistrationType.ADVANCE_NOTICE;
                    default -> RegistrationType.TRANSFER;
                };
        StandardCase standard =
                switch (kind) {
                    case "mortgage" -> StandardCase.MORTGAGE;
                    case "mortgage-cancellation" -> StandardCase.MORTGAGE_CANCELLATION;
                    case "advance-notice" -> StandardCase.ADVANCE_NOTICE;
                    default -> StandardCase.ADVANCE_NOTICE_CONVERSION;
                };
        UnitState state = new UnitState(
                UNIT,
                true,
                false,
                new TreeMap<>(),
                Optional.of("330106-00000001"),
                List.of(new RegisteredParty(PartyRole.HOLDER, holder, Optional.of(Share.WHOLE))),
                mortgages,
                Optional.empty(),
                List.of(),
                notices,
                List.of(),
                List.of(),
                List.of(),
                1);
        return new Case(standard, RegisterFixtures.application(type, UNIT, parties, details), state);
    }

    private static Restriction restriction(
            RegistrationType type, String event, Party party, PartyRole role, Map<String, String> details) {
        return new Restriction(
                type,
                event,
                1,
                List.of(new RegisteredParty(role, party, Optional.empty())),
                new TreeMap<>(details),
                Instant.parse("2026-01-01T00:00:00Z"),
                1,
                Optional.empty());
    }

    private static void put(Map<String, SharedRecord> records, SharedRecord record) {
        records.put(record.source() + "/" + record.reference(), record);
    }
}
