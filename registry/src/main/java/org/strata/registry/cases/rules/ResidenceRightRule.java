package org.strata.registry.cases.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.strata.registry.cadastre.BuildingUse;
import org.strata.registry.cases.Application;
import org.strata.registry.cases.Finding;
import org.strata.registry.register.PartyRole;
import org.strata.registry.register.RegisterEvent;
import org.strata.registry.register.RegisteredParty;
import org.strata.registry.register.RegistrationType;
import org.strata.registry.register.UnitState;

/**
 * A residence right (居住权, Civil Code arts. 366-371) is granted on a dwelling — a residential building unit — by
 * all of its holders, to a resident who is not one of them; it is free of charge unless a charge is agreed
 * (details.charge), and, being the resident's own, is neither transferred nor inherited: it ends by cancellation
 * or at the end of its term.
 */
public final class ResidenceRightRule implements Rule {
    @Override
    public String code() {
        return "residence-right";
    }

    @Override
    public String explanation() {
        return "A residence right (居住权) is created on a dwelling (a residential building unit) by registration, granted"
                + " by all of the dwelling's holders to a resident who is not a holder (Civil Code arts. 366, 368);"
                + " it is free unless a charge is agreed (details.charge, art. 368), cannot be transferred or"
                + " inherited (art. 369) and ends at its term or by cancellation (art. 370).";
    }

    @Override
    public List<Finding> check(Application a, UnitState state, List<RegisterEvent> history) {
        if (a.type() != RegistrationType.RESIDENCE_RIGHT || !state.registered()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        if (a.unitCode().isLandUnit() || !isDwelling(state.naturalStatus().get("use"))) {
            findings.add(Finding.blocker(
                    code(),
                    a.unitCode(),
                    state.ownershipEventId(),
                    "unit " + a.unitCode() + " is not a dwelling; a residence right is created on a residential"
                            + " building unit, a use of class 10 住宅 (Civil Code art. 366)"));
        }
        Set<String> holders = RegisteredParty.idNumbers(state.holders());
        if (!RegisteredParty.idNumbers(a.partiesIn(PartyRole.GRANTOR)).equals(holders)) {
            findings.add(Finding.blocker(
                    code(),
                    a.unitCode(),
                    state.ownershipEventId(),
                    "a residence right is granted by all of the dwelling's holders ("
                            + TransferorsAreHoldersRule.describe(state.holders()) + "), named as grantors"));
        }
        if (a.partiesIn(PartyRole.RESIDENT).stream()
                .anyMatch(r -> holders.contains(r.party().idNumber()))) {
            findings.add(Finding.blocker(
                    code(),
                    a.unitCode(),
                    state.ownershipEventId(),
                    "a holder lives in her own dwelling by ownership; a residence right is for another person"));
        }
        return findings;
    }

    private static boolean isDwelling(String use) {
        try {
            return use != null && BuildingUse.parse(use).isDwelling();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
