package org.strata.registry.online;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.strata.registry.cases.Application;
import org.strata.registry.cases.Finding;
import org.strata.registry.party.IdNumbers;
import org.strata.registry.register.PartyRole;
import org.strata.registry.register.RegisteredParty;
import org.strata.registry.register.Restriction;
import org.strata.registry.register.UnitState;

/**
 * The verification model of zero-document registration: for a {@link StandardCase} it compares the application with
 * the register (the parties are who the register names) and with the shared record it cites (the loan or the filed
 * contract exists, concerns this unit and these people, and states the same amount). Every check is kept in the
 * verdict, so the timeline alone explains the decision.
 */
public final class VerificationModel {
    /** The subject the model acts as in a case's timeline. */
    public static final String SUBJECT = "verification-model";

    private final SharedRecords shared;

    /** The model over the shared records. */
    public VerificationModel(SharedRecords shared) {
        this.shared = shared;
    }

    /**
     * The verdict on a standard case.
     *
     * @param kind which standard case it is
     * @param checks every check made, in order
     * @param findings the rules' findings and a warning for each failed check: empty means record with no officer
     */
    public record Verdict(StandardCase kind, List<VerificationCheck> checks, List<Finding> findings) {
        /** Copies the lists. */
        public Verdict {
            checks = List.copyOf(checks);
            findings = List.copyOf(findings);
        }

        /** Whether the model may record the case itself. */
        public boolean passes() {
            return findings.isEmpty();
        }
    }

    /** Checks a standard case; {@code ruleFindings} are the register rules' findings on it. */
    public Verdict verify(StandardCase kind, Application a, UnitState state, List<Finding> ruleFindings) {
        List<VerificationCheck> checks =
                switch (kind) {
                    case MORTGAGE -> mortgage(a, state);
                    case MORTGAGE_CANCELLATION -> cancellation(a, state);
                    case ADVANCE_NOTICE -> advanceNotice(a, state);
                    case ADVANCE_NOTICE_CONVERSION -> conversion(a, state);
                };
        List<Finding> findings = new ArrayList<>(ruleFindings);
        for (VerificationCheck c : checks) {
            if (!c.passed()) {
                findings.add(Finding.warning(c.code(), a.unitCode(), Optional.empty(), c.message()));
            }
        }
        return new Verdict(kind, checks, findings);
    }

    private List<VerificationCheck> mortgage(Application a, UnitState state) {
        List<VerificationCheck> checks = new ArrayList<>();
        checks.add(holdersMatch(ids(a.partiesIn(PartyRole.MORTGAGOR)), state, "mortgagors"));
        Optional<SharedRecord> loan = record(SharedRecord.Source.LOAN, a.detail("loanContract"), a, checks);
        loan.ifPresent(l -> {
            checks.add(same("loan-lender", l.ids("lender"), ids(a.partiesIn(PartyRole.MORTGAGEE)), "lender"));
            checks.add(same("loan-borrowers", l.ids("borrowers"), ids(a.partiesIn(PartyRole.MORTGAGOR)), "borrowers"));
            checks.add(sameAmount(l.field("amount"), a.detail("amount")));
        });
        return checks;
    }

    private List<VerificationCheck> cancellation(Application a, UnitState state) {
        String ends = a.detail("ends").orElse("");
        Optional<Restriction> mortgage =
                state.mortgages().stream().filter(m -> m.eventId().equals(ends)).findFirst();
        if (mortgage.isEmpty()) {
            return List.of(VerificationCheck.fail(
                    "mortgage-in-force", "no mortgage " + ends + " is in force on unit " + a.unitCode()));
        }
        List<String> registered = mortgage.get().parties().stream()
                .filter(p -> p.role() == PartyRole.MORTGAGEE)
                .map(p -> p.party().idNumber())
                .sorted()
                .toList();
        return List.of(
                VerificationCheck.pass("mortgage-in-force", "mortgage " + ends + " is in force"),
                same("mortgagee-registered", registered, ids(a.partiesIn(PartyRole.MORTGAGEE)), "mortgagee"));
    }

    private List<VerificationCheck> advanceNotice(Application a, UnitState state) {
        List<VerificationCheck> checks = new ArrayList<>();
        record(SharedRecord.Source.CONTRACT_FILING, a.detail("contract"), a, checks)
                .ifPresent(c -> {
                    checks.add(same("contract-buyers", c.ids("buyers"), ids(a.partiesIn(PartyRole.HOLDER)), "buyers"));
                    checks.add(holdersMatch(c.ids("sellers"), state, "contract's sellers"));
                });
        return checks;
    }

    private List<VerificationCheck> conversion(Application a, UnitState state) {
        List<VerificationCheck> checks = new ArrayList<>();
        String contract = a.detail("contract").orElse("");
        Optional<Restriction> notice = state.advanceNotices().stream()
                .filter(n -> contract.equals(n.details().get("contract")))
                .findFirst();
        checks.add(VerificationCheck.of(
                "advance-notice-in-force",
                notice.isPresent(),
                notice.map(n -> "advance notice " + n.eventId() + " of contract " + contract + " is in force")
                        .orElse("no advance notice of contract " + contract + " is in force on unit " + a.unitCode())));
        notice.ifPresent(n -> checks.add(same(
                "notice-holders",
                n.parties().stream()
                        .filter(p -> p.role() == PartyRole.HOLDER)
                        .map(p -> p.party().idNumber())
                        .sorted()
                        .toList(),
                ids(a.partiesIn(PartyRole.TRANSFEREE)),
                "transferees")));
        checks.add(holdersMatch(ids(a.partiesIn(PartyRole.TRANSFEROR)), state, "transferors"));
        record(SharedRecord.Source.CONTRACT_FILING, a.detail("contract"), a, checks)
                .ifPresent(c -> checks.add(
                        same("contract-buyers", c.ids("buyers"), ids(a.partiesIn(PartyRole.TRANSFEREE)), "buyers")));
        return checks;
    }

    private Optional<SharedRecord> record(
            SharedRecord.Source source, Optional<String> reference, Application a, List<VerificationCheck> checks) {
        String what = source == SharedRecord.Source.LOAN ? "loan contract" : "filed sale contract";
        if (reference.isEmpty()) {
            checks.add(VerificationCheck.fail(
                    source.wireName() + "-record",
                    "the application cites no " + what + " (details."
                            + (source == SharedRecord.Source.LOAN ? "loanContract" : "contract") + ")"));
            return Optional.empty();
        }
        Optional<SharedRecord> found = shared.find(source, reference.get());
        checks.add(VerificationCheck.of(
                source.wireName() + "-record",
                found.isPresent(),
                found.isPresent()
                        ? what + " " + reference.get() + " is on record"
                        : "no " + what + " " + reference.get() + " is on record"));
        found.ifPresent(r -> checks.add(VerificationCheck.of(
                source.wireName() + "-unit",
                r.unitCode().equals(a.unitCode()),
                what + " " + r.reference() + " concerns unit " + r.unitCode()
                        + (r.unitCode().equals(a.unitCode()) ? "" : ", not " + a.unitCode()))));
        return found.filter(r -> r.unitCode().equals(a.unitCode()));
    }

    private static VerificationCheck holdersMatch(List<String> named, UnitState state, String who) {
        List<String> holders =
                state.holders().stream().map(h -> h.party().idNumber()).sorted().toList();
        return same("identity-register", holders, named, who + " and the register's holders");
    }

    private static VerificationCheck same(String code, List<String> expected, List<String> given, String what) {
        boolean equal = !expected.isEmpty() && expected.equals(given);
        return VerificationCheck.of(
                code,
                equal,
                equal
                        ? "the " + what + " agree (" + given.size() + ")"
                        : "the " + what + " differ: on record " + masked(expected) + ", applied " + masked(given));
    }

    private static VerificationCheck sameAmount(Optional<String> recorded, Optional<String> applied) {
        boolean equal = recorded.isPresent()
                && applied.isPresent()
                && amount(recorded.get())
                        .map(r -> amount(applied.get())
                                .map(p -> r.compareTo(p) == 0)
                                .orElse(false))
                        .orElse(false);
        return VerificationCheck.of(
                "loan-amount",
                equal,
                equal
                        ? "the amount agrees with the loan contract"
                        : "the loan contract's amount (" + recorded.orElse("none") + ") differs from the applied one ("
                                + applied.orElse("none") + ")");
    }

    private static Optional<BigDecimal> amount(String text) {
        try {
            return Optional.of(new BigDecimal(text.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static List<String> ids(List<RegisteredParty> parties) {
        return parties.stream().map(p -> p.party().idNumber()).sorted().toList();
    }

    private static List<String> masked(List<String> ids) {
        return ids.stream().map(IdNumbers::masked).toList();
    }
}
