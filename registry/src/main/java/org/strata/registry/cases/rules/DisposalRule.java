package org.strata.registry.cases.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.strata.registry.cases.Application;
import org.strata.registry.cases.Finding;
import org.strata.registry.cases.rules.DisposalMatrix.Cell;
import org.strata.registry.cases.rules.DisposalMatrix.RestrictionKind;
import org.strata.registry.register.PartyRole;
import org.strata.registry.register.RegisterEvent;
import org.strata.registry.register.RegisteredParty;
import org.strata.registry.register.Restriction;
import org.strata.registry.register.UnitState;

/**
 * Applies the {@link DisposalMatrix} to every restriction in force on the unit: a blocked cell is a blocker unless
 * the seizing court orders the registration ({@code details.courtOrder} names the seizure's order); a consent
 * cell is a blocker unless the restriction's holder consents ({@code details.consents} lists its event id, or
 * the mortgagee applies), a transfer to an advance notice's own holders being what the notice protects; a warn
 * cell is a warning.
 */
public final class DisposalRule implements Rule {
    private final DisposalMatrix matrix;

    /** The rule over the standard matrix. */
    public DisposalRule() {
        this(DisposalMatrix.standard());
    }

    /** The rule over a matrix. */
    public DisposalRule(DisposalMatrix matrix) {
        this.matrix = matrix;
    }

    /** The matrix the rule applies. */
    public DisposalMatrix matrix() {
        return matrix;
    }

    @Override
    public String code() {
        return "disposal-matrix";
    }

    @Override
    public String explanation() {
        return "While a seizure, an advance notice, a mortgage, an objection, a residence right, an easement or a"
                + " mortgage's agreement not to transfer is in force, each registration type is allowed, blocked (seizure: unless"
                + " the seizing court orders it), allowed only with the consent of the restriction's holder (advance"
                + " notice: CC art. 221; mortgage before cancelling the right: Interim Regulation art. 14; residence"
                + " right and easement before cancelling the right: Implementing Rules art. 28; no-transfer agreement before a transfer: CC art. 406), or"
                + " recorded with a warning (objection: CC art. 220), as the disposal matrix says cell by cell, each"
                + " with its source (see disposalMatrix).";
    }

    @Override
    public List<Finding> check(Application a, UnitState state, List<RegisterEvent> history) {
        if (a.type() == org.strata.registry.register.RegistrationType.CANCELLATION
                && a.detail("ends").isPresent()) {
            return List.of(); // ends a notice, objection or easement: not the right's cancellation
        }
        List<Finding> findings = new ArrayList<>();
        for (RestrictionKind kind : RestrictionKind.values()) {
            Cell cell = matrix.cell(kind, a.type());
            for (Restriction r : kind.inForce(state)) {
                finding(a, cell, r).ifPresent(findings::add);
            }
        }
        return findings;
    }

    private static Optional<Finding> finding(Application a, Cell cell, Restriction r) {
        String what = "a " + a.type().wireName() + " while " + describe(cell.restriction(), r) + " is in force";
        return switch (cell.decision()) {
            case ALLOWED -> Optional.empty();
            case WARN -> Optional.of(Finding.warning(
                    cell.code(),
                    a.unitCode(),
                    Optional.of(r.eventId()),
                    what + " is recorded at the acquirer's own risk"
                            + r.lapsesAt().map(t -> " (it lapses at " + t + ")").orElse("") + " — " + cell.source()));
            case BLOCKED -> courtOrders(a, r)
                    ? Optional.empty()
                    : Optional.of(Finding.blocker(
                            cell.code(),
                            a.unitCode(),
                            Optional.of(r.eventId()),
                            what + " may not be recorded until it is released, unless the seizing court orders it"
                                    + " (details.courtOrder) — " + cell.source()));
            case CONSENT -> consented(a, cell.restriction(), r)
                    ? Optional.empty()
                    : Optional.of(Finding.blocker(
                            cell.code(),
                            a.unitCode(),
                            Optional.of(r.eventId()),
                            what + " needs the consent of its holder (list " + r.eventId() + " in details.consents) — "
                                    + cell.source()));
        };
    }

    private static String describe(RestrictionKind kind, Restriction r) {
        String order = Optional.ofNullable(r.details().get("courtOrder"))
                .map(o -> " (court order " + o + ")")
                .orElse("");
        return kind.wireName() + " " + r.eventId() + order;
    }

    private static boolean courtOrders(Application a, Restriction seizure) {
        String ordered = seizure.details().get("courtOrder");
        return ordered != null && a.detail("courtOrder").map(ordered::equals).orElse(false);
    }

    private static boolean consented(Application a, RestrictionKind kind, Restriction r) {
        Set<String> consents = a.consents();
        if (consents.contains(r.eventId())) {
            return true;
        }
        if (kind == RestrictionKind.ADVANCE_NOTICE) {
            // the registration the notice protects: the transfer (or mortgage) to the notice's own holders
            Set<String> noticeHolders = RegisteredParty.idNumbers(holdersOf(r, PartyRole.HOLDER));
            Set<String> acquiring = RegisteredParty.idNumbers(
                    a.partiesIn(r.subtype() >= 3 ? PartyRole.MORTGAGEE : PartyRole.TRANSFEREE));
            return !acquiring.isEmpty() && acquiring.equals(noticeHolders);
        }
        if (kind == RestrictionKind.MORTGAGE) {
            Set<String> mortgagees = RegisteredParty.idNumbers(holdersOf(r, PartyRole.MORTGAGEE));
            return !mortgagees.isEmpty()
                    && RegisteredParty.idNumbers(a.partiesIn(PartyRole.MORTGAGEE))
                            .containsAll(mortgagees);
        }
        return false;
    }

    private static List<RegisteredParty> holdersOf(Restriction r, PartyRole role) {
        return r.parties().stream().filter(p -> p.role() == role).toList();
    }
}
