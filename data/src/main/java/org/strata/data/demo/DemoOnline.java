package org.strata.data.demo;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.strata.registry.cases.RegisterStore;
import org.strata.registry.online.SharedRecord;
import org.strata.registry.online.SharedRecords;
import org.strata.registry.party.IdNumbers;
import org.strata.registry.party.IdType;
import org.strata.registry.party.Party;
import org.strata.registry.register.RegisteredParty;
import org.strata.registry.register.UnitStateFolder;
import org.strata.registry.unit.UnitCode;

/**
 * The demo of online registration: a bank, a buyer, the demo project's builder, and the records the housing
 * department and the bank share about the demo owner's flat — a loan contract the flat secures and a filed sale
 * contract of the flat to the buyer — so a mortgage, an advance notice and its conversion can be filed and recorded
 * with no officer.
 */
public final class DemoOnline {
    /** The demo bank (mortgagee), with a valid unified social credit code. */
    public static final Party BANK = new Party("杭州测试银行 (demo)", IdType.USCC, uscc("91330100MA27XL0E2"));
    /** The demo buyer, a citizen with a valid resident identity card number. */
    public static final Party BUYER = new Party("周涛 (demo)", IdType.RESIDENT_ID, residentId("33010619920815003"));
    /** The demo project's builder (the developer account). */
    public static final Party DEVELOPER = new Party(
            DemoProject.project().builderName(),
            IdType.USCC,
            DemoProject.project().builderId());
    /** The loan contract the demo owner's flat secures. */
    public static final String LOAN = "JK-330106-2026-0001";
    /** The filed sale contract of the demo owner's flat to the buyer. */
    public static final String CONTRACT = "WQ-330106-2026-0001";
    /** The loan's amount, yuan. */
    public static final String LOAN_AMOUNT = "800000.00";

    private DemoOnline() {}

    /** The demo owner's flat held alone, if the register holds it. */
    public static Optional<UnitCode> ownersFlat(RegisterStore register) {
        for (UnitCode unit : register.unitsNaming(DemoData.DEMO_OWNER_ID_NUMBER)) {
            List<RegisteredParty> holders = UnitStateFolder.current(
                            unit, register.eventsOf(unit), Instant.parse("9999-12-31T00:00:00Z"))
                    .holders();
            if (holders.size() == 1 && holders.get(0).party().idNumber().equals(DemoData.DEMO_OWNER_ID_NUMBER)) {
                return Optional.of(unit);
            }
        }
        return Optional.empty();
    }

    /** Writes the shared records when they are absent and the owner's flat is registered. */
    public static boolean loadIfAbsent(SharedRecords shared, RegisterStore register) {
        if (shared.find(SharedRecord.Source.LOAN, LOAN).isPresent()) {
            return false;
        }
        Optional<UnitCode> flat = ownersFlat(register);
        if (flat.isEmpty()) {
            return false;
        }
        shared.put(new SharedRecord(
                SharedRecord.Source.LOAN,
                LOAN,
                flat.get(),
                Map.of(
                        "lender",
                        BANK.idNumber(),
                        "borrowers",
                        DemoData.DEMO_OWNER_ID_NUMBER,
                        "amount",
                        LOAN_AMOUNT,
                        "term",
                        "2026-12-01/2046-11-30")));
        shared.put(new SharedRecord(
                SharedRecord.Source.CONTRACT_FILING,
                CONTRACT,
                flat.get(),
                Map.of(
                        "sellers",
                        DemoData.DEMO_OWNER_ID_NUMBER,
                        "buyers",
                        BUYER.idNumber(),
                        "price",
                        "2600000.00",
                        "filedOn",
                        "2026-11-20")));
        return true;
    }

    private static String uscc(String first17) {
        return first17 + IdNumbers.usccCheckCharacter(first17);
    }

    private static String residentId(String first17) {
        return first17 + IdNumbers.residentIdCheckCharacter(first17);
    }
}
